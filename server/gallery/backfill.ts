import { DesignModel, type DesignDoc } from '@server/models/Design';
import { trusted } from '@server/db/trusted';
import { setDesignFields } from '@server/designs/writeDesign';

/**
 * Gives public designs approved before the gallery existed the fields its keyset order needs:
 * `publishedAt` (their last approval in the history, else their last change) and `votes: 0`.
 * Runs at start; a no-op once done. One update per design (no pipeline updates on FerretDB).
 */
export async function backfillGalleryFields(): Promise<number> {
  const missing = trusted({ $exists: false });
  const docs = await DesignModel.find(
    { status: 'public', $or: [{ publishedAt: null }, { publishedAt: missing }, { votes: missing }] },
    { publishedAt: 1, votes: 1, updatedAt: 1, history: 1 },
  ).lean<Pick<DesignDoc, '_id' | 'publishedAt' | 'votes' | 'updatedAt' | 'history'>[]>();
  for (const d of docs) {
    const approved = [...(d.history ?? [])].reverse().find((h) => h.action === 'approve')?.at;
    // Under the design's permit: another app process may already serve and change it.
    await setDesignFields(d._id, async () => ({
      publishedAt: d.publishedAt ?? approved ?? d.updatedAt,
      votes: d.votes ?? 0,
    }));
  }
  return docs.length;
}
