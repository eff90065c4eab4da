import type { Catalog, Locale, LocalizedText } from '@shared/catalog/types';
import { previewLayers } from '@shared/preview/layers';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { draftOf } from '@server/designs/draftOf';
import { PUBLIC_ID } from '@server/models/ids';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { UserModel } from '@server/models/User';
import { isPubliclyVisible } from '@server/moderation/stateMachine';
import { cardSvg } from './cardSvg';
import { previewSvg } from './previewSvg';
import { cardHash } from './renderPng';

/** A public design's share card: the tags' texts and the SVG the PNG is rendered from. */
export interface DesignCard {
  id: string;
  title: string;
  description: string;
  alt: string;
  svg: string;
  hash: string;
}

const WORDS = {
  de: { by: 'von', untitled: 'Ohne Namen', made: 'zusammengestellt aus', alt: 'Vorschau von' },
  en: { by: 'by', untitled: 'Untitled', made: 'made of', alt: 'Preview of' },
} as const;

const stars = (d: DesignDoc, locale: Locale) =>
  d.reviewCount && d.ratingAverage
    ? ` · ★ ${d.ratingAverage.toFixed(1).replace('.', locale === 'de' ? ',' : '.')} (${d.reviewCount})`
    : '';

/**
 * The card of a PUBLICLY visible design, else null: a private, pending, hidden or taken-down
 * design gives strangers nothing (no name, no image), exactly as if it did not exist.
 */
export async function designCard(catalogs: CatalogStore, id: string, locale: Locale): Promise<DesignCard | null> {
  const doc = PUBLIC_ID.test(id) ? await DesignModel.findById(id).lean<DesignDoc | null>() : null;
  if (!doc || !isPubliclyVisible(doc)) return null;
  const prepared = await catalogs.get(doc.catalogId, doc.catalogVersion);
  if (!prepared) return null;
  const catalog: Catalog = prepared.catalog;
  const text = (t: LocalizedText | undefined) => (t ? t[locale] || t.de : '');
  const w = WORDS[locale];
  const author = doc.ownerUserId
    ? ((await UserModel.findById(doc.ownerUserId, { displayName: 1 }).lean<{ displayName: string } | null>())
        ?.displayName ?? '')
    : '';
  const draft = draftOf(doc);
  const parts = previewLayers(catalog, draft).map((l) => text(l.option.name));
  const title = doc.name || w.untitled;
  const kind = text(catalog.name);
  const svg = cardSvg({
    preview: previewSvg(catalog, draft, text),
    kicker: kind,
    title,
    parts,
    footer: `♥ ${doc.votes ?? 0}${stars(doc, locale)}${author ? ` · ${w.by} ${author}` : ''}`,
  });
  return {
    id: doc._id,
    title,
    description: `${kind}${author ? ` ${w.by} ${author}` : ''}, ${w.made} ${parts.slice(0, 6).join(', ')}.`,
    alt: `${w.alt} ${title}: ${parts.slice(0, 6).join(', ')}`,
    svg,
    hash: cardHash(svg),
  };
}
