import { createHash, randomBytes } from 'node:crypto';
import {
  INVITE_DAYS,
  type InviteAccepted,
  type InviteCreated,
  type InviteLink,
  type MemberRole,
} from '@shared/codesign/protocol';
import { gone, notFound } from '@server/errors';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { newPublicId } from '@server/models/ids';
import { InviteModel, type InviteDoc } from '@server/models/Invite';
import { MembershipModel, type MembershipDoc } from '@server/models/Membership';
import type { DesignDoc } from '@server/models/Design';
import { isOwner, type Actor } from '@server/policies/designPolicy';
import { memberKey, membershipId } from './access';

const DAY_MS = 24 * 60 * 60 * 1000;
/** 128 random bits, URL-safe (22 characters). */
const TOKEN = /^[A-Za-z0-9_-]{22}$/;
const HASH = /^[0-9a-f]{64}$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new link for `role`; its token is returned once and stored only as a hash. */
export async function createInvite(
  doc: DesignDoc,
  role: MemberRole,
  by: string,
  origin: string,
): Promise<InviteCreated> {
  const token = randomBytes(16).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITE_DAYS[role] * DAY_MS);
  await InviteModel.create({ _id: hashToken(token), designId: doc._id, role, createdBy: by, expiresAt });
  return { token, url: `${origin}/invite/${token}`, role, expiresAt: expiresAt.toISOString() };
}

/** The links that still open the design, newest first. */
export async function listInvites(designId: string): Promise<InviteLink[]> {
  const docs = await InviteModel.find({ designId, revokedAt: null })
    .sort({ createdAt: -1 })
    .limit(100)
    .lean<InviteDoc[]>();
  return docs
    .filter((d) => d.expiresAt.getTime() > Date.now())
    .map((d) => ({
      id: d._id,
      role: d.role as MemberRole,
      expiresAt: d.expiresAt.toISOString(),
      createdAt: d.createdAt.toISOString(),
    }));
}

/** Revokes a link by its token or by its id (the hash the list shows); 404 when it is not this design's. */
export async function revokeInvite(designId: string, tokenOrId: string): Promise<void> {
  const id = HASH.test(tokenOrId) ? tokenOrId : TOKEN.test(tokenOrId) ? hashToken(tokenOrId) : null;
  const res = id
    ? await InviteModel.updateOne({ _id: id, designId, revokedAt: null }, { $set: { revokedAt: new Date() } })
    : null;
  if (!res?.matchedCount) throw notFound('Invite link');
}

/** The link of `token` while it is valid: made-up → 404, revoked or expired → 410. */
async function liveInvite(token: string): Promise<InviteDoc> {
  const doc = TOKEN.test(token) ? await InviteModel.findById(hashToken(token)).lean<InviteDoc | null>() : null;
  if (!doc) throw notFound('Invite link');
  if (doc.revokedAt) throw gone('This invite link was revoked; ask the design’s owner for a new one.');
  if (doc.expiresAt.getTime() <= Date.now())
    throw gone('This invite link has expired; ask the design’s owner for a new one.');
  return doc;
}

/**
 * Lets the caller in with the link's role: one unique-key insert. A member already in keeps
 * their row; a viewer opening an editor link becomes an editor (their viewer row is replaced).
 */
export async function acceptInvite(
  token: string,
  actor: Actor,
  loadDesign: (id: string) => Promise<DesignDoc>,
  displayName: string | null,
): Promise<InviteAccepted> {
  const invite = await liveInvite(token);
  const design = await loadDesign(invite.designId);
  if (isOwner(actor, design)) return { designId: design._id, role: 'owner' };
  const key = memberKey(actor)!;
  const _id = membershipId(design._id, key);
  const role = invite.role as MemberRole;
  if (role === 'editor') await MembershipModel.deleteOne({ _id, role: 'viewer' });
  try {
    await MembershipModel.create({
      _id,
      designId: design._id,
      publicId: newPublicId(),
      userId: actor.userId ?? null,
      guestId: actor.userId ? null : actor.guestId,
      role,
      displayName,
    });
    return { designId: design._id, role };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await MembershipModel.findById(_id).lean<MembershipDoc | null>();
    return { designId: design._id, role: (existing?.role as MemberRole) ?? role };
  }
}
