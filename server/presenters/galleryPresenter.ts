import type { GalleryItem, Totals } from '@shared/api';
import { draftOf } from '@server/designs/draftOf';
import type { DesignDoc } from '@server/models/Design';

/** When a design went public; designs approved before `publishedAt` existed use their last change. */
export const publishedAtOf = (d: Pick<DesignDoc, 'publishedAt' | 'updatedAt'>): Date => d.publishedAt ?? d.updatedAt;

/** A public design as the gallery shows it: no owner ids, no moderation, the author's display name. */
export function presentGalleryItem(d: DesignDoc, authorName: string, votedByMe: boolean, mine: boolean): GalleryItem {
  const { catalogId, catalogVersion, name, selections, texts } = draftOf(d);
  return {
    id: d._id,
    catalogId,
    catalogVersion,
    name,
    selections,
    texts,
    totals: d.totals as unknown as Totals,
    votes: d.votes ?? 0,
    votedByMe,
    mine,
    authorName,
    publishedAt: publishedAtOf(d).toISOString(),
    ratingAverage: d.reviewCount ? (d.ratingAverage ?? null) : null,
    reviewCount: d.reviewCount ?? 0,
  };
}
