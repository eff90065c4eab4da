import type { UpdateQuery } from 'mongoose';
import { conditionalWrite } from '@server/db/conditionalWrite';
import { trusted } from '@server/db/trusted';
import { conflict, notFound, type HttpProblem } from '@server/errors';
import { PUBLIC_ID } from '@server/models/ids';
import { UserModel, type UserDoc } from '@server/models/User';

/** What to write, decided on the user as just read; throw a problem to refuse instead. */
export interface UserChange {
  update: UpdateQuery<UserDoc>;
  /** The state the change expects besides the revision (e.g. `suspendedAt: null`). */
  filter?: Record<string, unknown>;
}

const ATTEMPTS = 8;
const raced = new WeakSet<HttpProblem>();
const racedProblem = () => {
  const p = conflict('The user was changed at the same moment by someone else; try again.');
  raced.add(p);
  return p;
};
const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * WHY: a role grant on one app process and a suspension on another used to lose one of the two
 * on FerretDB (it writes whole documents back without re-checking the filter). Every change of
 * a user therefore goes through the per-revision permit (server/db/conditionalWrite.ts), and a
 * writer that came second reads the user again and decides again (`plan` may then refuse: the
 * user became staff, or was suspended already), so both answers stay true afterwards.
 */
export async function updateUser(id: string, plan: (user: UserDoc) => UserChange | null): Promise<UserDoc> {
  if (!PUBLIC_ID.test(id)) throw notFound(`User ${id}`);
  for (let attempt = 1; ; attempt++) {
    const user = await UserModel.findById(id).lean<UserDoc | null>();
    if (!user) throw notFound(`User ${id}`);
    const change = plan(user);
    if (!change) return user;
    try {
      return await conditionalWrite<UserDoc>({
        model: UserModel,
        doc: { _id: user._id, revision: user.revision ?? 0 },
        key: `user:${user._id}`,
        update: change.update,
        filter: change.filter,
        onTaken: racedProblem,
      });
    } catch (err) {
      if (!raced.has(err as HttpProblem) || attempt >= ATTEMPTS) throw err;
      await pause(10 * attempt + Math.random() * 20);
    }
  }
}

/** Gives users made before revisions existed `revision: 0` (a no-op once done). */
export async function backfillUserRevisions(): Promise<void> {
  await UserModel.updateMany(
    { revision: trusted({ $exists: false }) },
    { $set: { revision: 0 } },
    { timestamps: false },
  );
}
