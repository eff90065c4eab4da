import type { Violation } from '@shared/api';
import { changedPaths } from '@shared/merch/changedPaths';
import { staleDraftProblem } from '@server/errors';
import type { CatalogDraftDoc, DraftChange } from '@server/models/CatalogDraft';
import { UserModel } from '@server/models/User';
import { trusted } from '@server/db/trusted';

/** How many saves a draft remembers, to tell a merchandiser with an old revision what changed. */
export const MAX_CHANGES = 30;

/** The draft's change log with the save that turns `doc.body` into `body` appended. */
export function withChange(doc: CatalogDraftDoc, body: unknown, userId: string): DraftChange[] {
  const change: DraftChange = {
    revision: doc.revision + 1,
    by: userId,
    at: new Date(),
    paths: changedPaths(doc.body, body),
  };
  return [...(doc.changes ?? []).slice(-(MAX_CHANGES - 1)), change];
}

/**
 * 412 for a writer who read revision `expected` of `doc`: who saved since, when, and which
 * paths they changed (one error per save, oldest first), so the page can offer to reload or
 * to re-apply one's own edits on top.
 */
export async function staleDraft(doc: CatalogDraftDoc, expected: number | undefined): Promise<Error> {
  const since = (doc.changes ?? []).filter((c) => expected === undefined || c.revision > expected);
  const ids = [...new Set(since.map((c) => c.by).filter((id): id is string => typeof id === 'string'))];
  const users = ids.length
    ? await UserModel.find({ _id: trusted({ $in: ids }) }, { displayName: 1 }).lean<
        { _id: unknown; displayName: string }[]
      >()
    : [];
  const names = new Map(users.map((u) => [String(u._id), u.displayName]));
  const errors: Violation[] = since.map((c) => {
    const by = (c.by && names.get(c.by)) || '?';
    return {
      code: 'changed_by',
      message: `${by} saved revision ${c.revision}: ${c.paths.join(', ') || 'no visible change'}`,
      path: c.paths[0],
      params: { by, at: new Date(c.at).toISOString(), revision: c.revision, paths: c.paths.join(' ') },
    };
  });
  const last = errors.at(-1)?.params?.by;
  return staleDraftProblem(
    `${last ? `${last} saved` : 'Someone else saved'} this draft since you loaded it (now revision ${doc.revision}); reload it and apply your changes again.`,
    errors,
  );
}
