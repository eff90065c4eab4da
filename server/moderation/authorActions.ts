import type { SessionUser } from '@shared/auth';
import type { Locale } from '@shared/catalog/types';
import type { DesignStatus } from '@shared/api';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { checkDraft } from '@server/designs/checkDraft';
import { draftOf } from '@server/designs/draftOf';
import { assertAllowed, screenTexts } from '@server/designs/screenTexts';
import { conflict, invalidDesign } from '@server/errors';
import type { DesignDoc } from '@server/models/Design';
import { applyStep, historyEntry, pushHistory } from './applyStep';
import { EDITABLE_STATES } from './stateMachine';

type Author = Pick<SessionUser, 'id' | 'displayName'>;

/**
 * private → pending. The design is checked again (rules and texts, as the term data may have
 * changed since it was saved); the fresh findings go with it into the queue and, when there
 * are any, put it first there.
 */
export async function submitDesign(
  doc: DesignDoc,
  author: Author,
  catalogs: CatalogStore,
  locale: Locale,
): Promise<DesignDoc> {
  if (doc.status === 'rejected')
    throw conflict('This design was rejected: change it and submit it again, or appeal the decision.');
  const draft = draftOf(doc);
  const { catalog, violations } = await checkDraft(catalogs, draft, locale);
  if (violations.length) throw invalidDesign(violations);
  const findings = screenTexts(draft, locale, catalog.textPolicy);
  const set = { findings, queuedAt: new Date(), priority: findings.length ? 1 : 0 };
  return applyStep(doc, { action: 'submit', by: author, set });
}

/** rejected → pending, once per design; the appeal goes to a different moderator (see `assertMayDecide`). */
export async function appealRejection(
  doc: DesignDoc,
  author: Author,
  message: string,
  locale: Locale,
): Promise<DesignDoc> {
  if (doc.appealUsed) throw conflict('This design was already appealed once; change it and submit it again instead.');
  assertAllowed([['/message', message]], locale);
  const set = {
    appeal: { message, at: new Date() },
    appealUsed: true,
    appealPending: true,
    queuedAt: new Date(),
    priority: doc.findings?.length ? 1 : 0,
  };
  return applyStep(doc, { action: 'appeal', by: author, reason: message, set });
}

/**
 * The parts a PATCH of the owner adds to its conditional update: the expected status in the
 * filter, and for a rejected design the way back to private (the author revises, then submits
 * again). A pending, public or taken-down design is not edited in place: 409.
 */
export function reviseUpdate(doc: DesignDoc, author: Author | null) {
  const status = doc.status as DesignStatus;
  if (!EDITABLE_STATES.includes(status))
    throw conflict(`This design is ${status} and cannot be changed now; duplicate it to make a new version.`);
  if (status !== 'rejected') return { filter: { status }, set: {}, push: undefined };
  const push = pushHistory(historyEntry({ action: 'revise', by: author }, 'rejected', 'private'));
  return { filter: { status }, set: { status: 'private' }, push };
}
