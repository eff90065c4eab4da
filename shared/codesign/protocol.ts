/**
 * Wire types of sharing (invite links, collaborators) and of a design's live channel.
 * A client sends operations with its client id and a mutation id counting up from 1; the
 * room answers each exactly once (commit, reject or duplicate), in the order it applied them.
 * A commit goes to everyone at once, before it is durable; `saved` then says that every commit
 * up to a version is durable (the acknowledgement: what it covers survives any crash). A
 * duplicate is sent only once what it answers is durable.
 */
import type { DesignDraft } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import type { RepairChange } from '@shared/rules/repair';
import type { DesignOp } from './operations';

export type MemberRole = 'editor' | 'viewer';
export type DesignRole = 'owner' | MemberRole;

/** Default lifetimes of invite links, in days (editor links like Spotify's: a week). */
export const INVITE_DAYS: Record<MemberRole, number> = { editor: 7, viewer: 30 };

/** POST /api/designs/:id/invites → 201; the token is shown only now (it is stored hashed). */
export interface InviteCreated {
  token: string;
  url: string;
  role: MemberRole;
  expiresAt: string;
}
/** GET /api/designs/:id/invites: the live links; `id` also revokes one. */
export interface InviteLink {
  id: string;
  role: MemberRole;
  expiresAt: string;
  createdAt: string;
}
export interface InviteAccepted {
  designId: string;
  role: DesignRole;
}
export interface Collaborator {
  id: string;
  displayName: string;
  role: DesignRole;
  online: boolean;
  /** True for the caller. */
  you?: boolean;
}

/** Who someone is in a room, stamped by the server. */
export interface Person {
  id: string;
  /** As the server names the person in the language of their own connection. */
  name: string;
  role: DesignRole;
  /**
   * A guest without a name ("Gast Nw41"): the tag ('' for a guest owner), so that each viewer
   * reads "Gast"/"Guest" in their own language (client/components/codesign/personName.ts).
   */
  guestTag?: string;
}
/** One person in the room and where they are: an option id, `text:<field>`, `name`, or nothing. */
export interface Presence extends Person {
  focus: string | null;
}

/** Largest message a client may send, in bytes. */
export const LIVE_MESSAGE_MAX = 16 * 1024;
export const CLIENT_ID = /^[A-Za-z0-9_-]{8,40}$/;

export type ClientMessage =
  { type: 'op'; clientId: string; mutationId: number; op: DesignOp } | { type: 'presence'; focus: string | null };

/** The state everyone converges on. `mutationIds`: per client id of yours, the last one it includes. */
export interface LiveSnapshot {
  type: 'snapshot';
  version: number;
  draft: DesignDraft;
  you: Person;
  mutationIds: Record<string, number>;
  presence: Presence[];
}
export interface LiveCommit {
  type: 'commit';
  version: number;
  draft: DesignDraft;
  op: DesignOp;
  by: Person;
  clientId: string;
  mutationId: number;
}
export interface LiveReject {
  type: 'reject';
  clientId: string;
  mutationId: number;
  reasons: Violation[];
  /** The smallest change that would make room for the refused edit (may be empty). */
  repair: RepairChange[];
  /** The last edit of someone else, the likely reason ("Anna has just added 50 g cornflakes"). */
  after?: { by: Person; op: DesignOp };
}
/** Every commit up to `version` is durable: the acknowledgement of the operations in them. */
export interface LiveSaved {
  type: 'saved';
  version: number;
}
/** An operation resent after it had been answered: nothing changed. */
export interface LiveDuplicate {
  type: 'duplicate';
  clientId: string;
  mutationId: number;
}
export interface LivePresence {
  type: 'presence';
  presence: Presence[];
}
export interface LiveError {
  type: 'error';
  code: LiveErrorCode;
  message: string;
}
export type LiveErrorCode =
  'bad_message' | 'message_too_large' | 'rate_limited' | 'forbidden' | 'not_editable' | 'server_error';

export type ServerMessage =
  LiveSnapshot | LiveCommit | LiveSaved | LiveReject | LiveDuplicate | LivePresence | LiveError;

/** WebSocket close codes of the live channel. */
export const LIVE_CLOSE = { removed: 4403, gone: 4404, moved: 4409 } as const;
