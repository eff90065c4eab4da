import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { applyOperation, type DesignOp } from './operations';
import type { ClientMessage, LiveReject, ServerMessage } from './protocol';

export interface PendingOp {
  mutationId: number;
  op: DesignOp;
}
/** An own operation the server committed (it is in the base) at `version`, not yet durable. */
interface UnsavedOp extends PendingOp {
  version: number;
}

/**
 * A client's copy of a shared design (Replicache's model): the last state the server sent
 * plus the operations of this client it has not answered yet. What the person sees is the
 * server's state with the pending operations replayed on top, so their own edits show at
 * once and others' edits slide in underneath; an operation the server refused disappears.
 * A committed operation stays `unsaved` until the server says it is durable (`saved`): it is
 * sent again after a reconnect or a reload until then.
 */
export class Replica {
  base: DesignDraft;
  version = 0;
  pending: PendingOp[] = [];
  unsaved: UnsavedOp[] = [];
  private nextId: number;

  constructor(
    readonly catalog: Catalog,
    readonly clientId: string,
    base: DesignDraft,
    pending: PendingOp[] = [],
  ) {
    this.base = base;
    this.pending = [...pending];
    this.nextId = pending.reduce((max, p) => Math.max(max, p.mutationId), 0) + 1;
  }

  private cached: { base: DesignDraft; pending: PendingOp[]; view: DesignDraft } | null = null;

  /** The design as this person sees it now (computed again only after a change). */
  view(): DesignDraft {
    const c = this.cached;
    if (c && c.base === this.base && c.pending === this.pending) return c.view;
    const view = this.pending.reduce((d, p) => applyOperation(this.catalog, d, p.op), this.base);
    this.cached = { base: this.base, pending: this.pending, view };
    return view;
  }

  /** A new own operation: pending at once; the message to send. */
  apply(op: DesignOp): ClientMessage {
    const mutationId = this.nextId++;
    const before = this.cached?.base === this.base && this.cached.pending === this.pending ? this.cached.view : null;
    this.pending = [...this.pending, { mutationId, op }];
    // The view so far plus this one operation: no replay of the whole queue.
    if (before)
      this.cached = { base: this.base, pending: this.pending, view: applyOperation(this.catalog, before, op) };
    return this.message({ mutationId, op });
  }

  /** Every pending operation again, in order (after a reconnect; the server ignores repeats). */
  resend(): ClientMessage[] {
    return this.pending.map((p) => this.message(p));
  }

  /** What is not durable yet, in order: kept across a reload and sent again. */
  notSaved(): PendingOp[] {
    return [...this.unsaved.map(({ mutationId, op }) => ({ mutationId, op })), ...this.pending];
  }

  /**
   * Takes in a server message. Returns the rejection when it refused one of ours (to tell the
   * person why), `snapshot: true` when pending operations should be sent again.
   */
  receive(msg: ServerMessage): { rejected?: LiveReject; snapshot?: boolean } {
    switch (msg.type) {
      case 'snapshot': {
        const stored = msg.mutationIds[this.clientId] ?? 0;
        this.settle(msg.draft, msg.version);
        // Committed but not in this state (the room started again from what is stored): not
        // in the base any more, so pending again, to be sent again.
        this.pending = this.notSaved();
        this.unsaved = [];
        this.drop(stored);
        // After a reload without pending operations, count on from what the server has seen.
        this.nextId = Math.max(this.nextId, stored + 1);
        return { snapshot: true };
      }
      case 'commit':
        this.settle(msg.draft, msg.version);
        if (msg.clientId === this.clientId) {
          const mine = this.pending.find((p) => p.mutationId === msg.mutationId);
          this.drop(msg.mutationId);
          if (mine) this.unsaved = [...this.unsaved, { ...mine, version: msg.version }];
        }
        return {};
      case 'saved':
        if (this.unsaved.some((u) => u.version <= msg.version))
          this.unsaved = this.unsaved.filter((u) => u.version > msg.version);
        return {};
      case 'reject': {
        if (msg.clientId !== this.clientId) return {};
        // A room that started again from what is stored decides its unsaved operations again:
        // one refused already is not news (told once, and the first telling said who was first).
        const mine = this.pending.some((p) => p.mutationId === msg.mutationId);
        this.drop(msg.mutationId);
        return mine ? { rejected: msg } : {};
      }
      case 'duplicate':
        // Sent once what it answers is durable.
        if (msg.clientId !== this.clientId) return {};
        this.drop(msg.mutationId);
        if (this.unsaved.some((u) => u.mutationId <= msg.mutationId))
          this.unsaved = this.unsaved.filter((u) => u.mutationId > msg.mutationId);
        return {};
      default:
        return {};
    }
  }

  private settle(draft: DesignDraft, version: number): void {
    this.base = draft;
    this.version = version;
  }

  /** Operations up to `mutationId` are answered (the server answers them in order). */
  private drop(mutationId: number): void {
    if (this.pending.some((p) => p.mutationId <= mutationId))
      this.pending = this.pending.filter((p) => p.mutationId > mutationId);
  }

  private message(p: PendingOp): ClientMessage {
    return { type: 'op', clientId: this.clientId, mutationId: p.mutationId, op: p.op };
  }
}
