import type { SessionUser } from '@shared/auth';
import { REPORTS_TO_HIDE } from '@shared/moderation';
import { conflict, forbidden, notFound } from '@server/errors';
import { ReportModel } from '@server/models/Report';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { applyStep } from './applyStep';
import { loadDesign } from '@server/designs/loadDesign';
import { isPubliclyVisible } from './stateMachine';
import { retryOnConflict } from '@server/designs/writeDesign';

/**
 * A shopper reports a public design. The report is its own document, one per user and design
 * (a unique index: a second one is 409), so reports are counted, never incremented (FerretDB
 * has no atomic $inc). Then the design follows, as workflow steps: the first open report puts
 * it in the queue; REPORTS_TO_HIDE open reports hide it from the public until a moderator
 * restores it (approve) or takes it down.
 */
export async function fileReport(designId: string, user: Pick<SessionUser, 'id'>, reason: string): Promise<void> {
  const doc = await loadDesign(designId);
  if (!isPubliclyVisible(doc) && !(doc.status === 'public' && doc.hidden)) throw notFound(`Design ${designId}`);
  if (doc.ownerUserId === user.id) throw forbidden('You cannot report your own design.');
  try {
    await ReportModel.create({ designId: doc._id, userId: user.id, reason });
  } catch (err) {
    throw isDuplicateKey(err) ? conflict('You have already reported this design; a moderator will look at it.') : err;
  }
  // Another report or a decision may change the design at the same moment: read again and retry.
  await retryOnConflict(() => followReports(designId));
}

async function followReports(designId: string): Promise<void> {
  const doc = await loadDesign(designId);
  if (doc.status !== 'public') return;
  if (!doc.queuedAt) {
    await applyStep(doc, { action: 'report', by: null, set: { queuedAt: new Date() } });
    return followReports(designId);
  }
  const open = await ReportModel.countDocuments({ designId, resolvedAt: null });
  if (open >= REPORTS_TO_HIDE && !doc.hidden)
    await applyStep(doc, { action: 'hide', by: null, reason: `${open} reports`, set: { hidden: true, priority: 1 } });
}
