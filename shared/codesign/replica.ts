import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { applyOperation, type DesignOp } from './operations';
import type { ClientMessage, LiveReject, ServerMessage } from './protocol';

export interface PendingOp {
  mutationId: number;
  op: DesignOp;
}

/**
 * A client's copy of a shared design (Replicache's model): the last state the server sent
 * plus the operations of this client it has not answered yet. What the person sees is the
 * server's state with the pending operations replayed on top, so their own edits show at
 * once and others' edits slide in underneath; an operation the server refused disappears.
 */
export class Replica {
  base: DesignDraft;
  version = 0;
  pending: PendingOp[] = [];
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

  /**
   * Takes in a server message. Returns the rejection when it refused one of ours (to tell the
   * person why), `snapshot: true` when pending operations should be sent again.
   */
  receive(msg: ServerMessage): { rejected?: LiveReject; snapshot?: boolean } {
    switch (msg.type) {
      case 'snapshot':
        this.settle(msg.draft, msg.version);
        this.drop(msg.mutationIds[this.clientId] ?? 0);
        // After a reload without pending operations, count on from what the server has seen.
        this.nextId = Math.max(this.nextId, (msg.mutationIds[this.clientId] ?? 0) + 1);
        return { snapshot: true };
      case 'commit':
        this.settle(msg.draft, msg.version);
        if (msg.clientId === this.clientId) this.drop(msg.mutationId);
        return {};
      case 'reject':
        if (msg.clientId !== this.clientId) return {};
        this.drop(msg.mutationId);
        return { rejected: msg };
      case 'duplicate':
        if (msg.clientId === this.clientId) this.drop(msg.mutationId);
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
