import { diffCatalogs, type CatalogDiff } from '@shared/merch/diffCatalogs';
import type { CatalogVersionRow } from '@shared/merch';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { CATALOG_ID, loadDraft } from '@server/catalogs/drafts';
import { notFound } from '@server/errors';
import { CatalogVersionModel, type CatalogVersionDoc } from '@server/models/CatalogVersion';
import { UserModel } from '@server/models/User';
import { trusted } from '@server/db/trusted';

const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);

/** Every published version of a catalog, newest first: who, when, the note and its counts. */
export async function listVersions(catalogId: string): Promise<CatalogVersionRow[]> {
  if (!CATALOG_ID.test(catalogId)) throw notFound(`Catalog ${catalogId}`);
  const docs = await CatalogVersionModel.find({ catalogId }).sort({ version: -1 }).lean<CatalogVersionDoc[]>();
  if (!docs.length) throw notFound(`Catalog ${catalogId}`);
  const ids = [...new Set(docs.map((d) => d.publishedBy).filter((id): id is string => typeof id === 'string'))];
  const users = ids.length
    ? await UserModel.find({ _id: trusted({ $in: ids }) }, { displayName: 1 }).lean<
        { _id: unknown; displayName: string }[]
      >()
    : [];
  const names = new Map(users.map((u) => [String(u._id), u.displayName]));
  return docs.map((d) => ({
    version: d.version,
    publishedAt: new Date(d.publishedAt).toISOString(),
    publishedBy: d.publishedBy ? { id: d.publishedBy, displayName: names.get(d.publishedBy) ?? '?' } : null,
    note: d.note ?? '',
    counts: { groups: count(d.body.groups), options: count(d.body.options), rules: count(d.body.rules) },
  }));
}

/** The draft against the newest published version (nothing published: everything is added). */
export async function draftDiff(
  catalogs: CatalogStore,
  catalogId: string,
): Promise<CatalogDiff & { revision: number }> {
  const doc = await loadDraft(catalogId);
  const published = await catalogs.get(catalogId);
  return { revision: doc.revision, ...diffCatalogs(published?.catalog ?? null, doc.body) };
}
