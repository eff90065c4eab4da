import { DesignModel, type DesignDoc } from '@server/models/Design';
import { trusted } from '@server/db/trusted';

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
    await DesignModel.updateOne(
      { _id: d._id },
      { $set: { publishedAt: d.publishedAt ?? approved ?? d.updatedAt, votes: d.votes ?? 0 } },
      { timestamps: false },
    );
  }
  return docs.length;
}
