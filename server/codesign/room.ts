import type { Catalog, DesignDraft, Locale } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import { applyOperation, type DesignOp } from '@shared/codesign/operations';
import { brokenFor } from '@shared/codesign/completable';
import type { LiveCommit, Person, Presence, ServerMessage } from '@shared/codesign/protocol';
import { repair } from '@shared/rules/repair';
import { Outbox, type Outgoing } from './outbox';

/** One open connection in a room; `person` is stamped by the server at the upgrade. */
export interface Peer {
  connId: string;
  person: Person;
  locale: Locale;
  focus: string | null;
  send(msg: ServerMessage): void;
}

/** The room's document: the draft, a commit counter and the last mutation id per client. */
export interface RoomState {
  draft: DesignDraft;
  version: number;
  mutations: Map<string, number>;
  /**
   * Which read of the storage this state grew from (set by the storage, kept by every state
   * derived from it): a write of a state from before the storage's last `load` is refused as a
   * conflict, because it would put old content under the newer revision.
   */
  base?: number;
}

/** Where a room keeps its state; `write` resolves once it is durable, `load` reads it afresh. */
export interface RoomStorage {
  write(state: RoomState): Promise<void>;
  load(): Promise<{ state: RoomState; editable: boolean }>;
  /** The room closes: whatever the storage keeps aside (a log) is folded in. */
  close?(): Promise<void>;
}

/** Screens the texts an operation writes (the text filter); blocked fields come back as violations. */
export type TextScreen = (op: DesignOp, locale: Locale) => Violation[];

interface Submitted {
  connId: string;
  person: Person;
  locale: Locale;
  clientId: string;
  mutationId: number;
  op: DesignOp;
}

/** Client ids are keyed by person, so nobody can spend someone else's mutation ids. */
const mutationKey = (person: Person, clientId: string) => `${person.id}/${clientId}`;
const MUTATIONS_KEPT = 200;

export const cloneState = (s: RoomState): RoomState => ({ ...s, mutations: new Map(s.mutations) });

/**
 * The authority for one shared design (Figma's one process per document). Operations are
 * applied one by one in arrival order to the current state and committed only when the
 * design stays completable; each is answered once.
 *
 * WHY a commit goes out before it is durable (as in Figma): the database write was most of
 * the time from an edit to the others' screens (a group commit of 1,000 clients' entries,
 * 10-30 ms, after the one before it). The acknowledgement is `saved`, sent once the state
 * holding the commit is durable (see Outbox): a commit that a crash loses was never saved,
 * so its author's client sends it again to the next room, and everyone's screen goes back to
 * what is stored with the snapshot they get on reconnecting. Each connection gets the room's
 * messages in the room's order: one that joined during a write, or that waits for a duplicate
 * (sent only once durable), gets what follows once that write is durable.
 */
export class Room {
  readonly peers = new Map<string, Peer>();
  private state: RoomState;
  private readonly outbox: Outbox;
  private sinceDurable: Submitted[] = [];
  private lastCommit: LiveCommit | null = null;
  /** The number of the room's last message, and of the last one delivered after a durable write. */
  private seq = 0;
  private delivered = 0;
  /** Per connection: the number of the last message it has had (or that was not for it). */
  private readonly upTo = new Map<string, number>();

  constructor(
    readonly catalog: Catalog,
    initial: RoomState,
    private editable: boolean,
    private readonly storage: RoomStorage,
    private readonly screen: TextScreen = () => [],
  ) {
    this.state = cloneState(initial);
    this.outbox = new Outbox(storage, initial, {
      current: () => ({ state: cloneState(this.state), count: this.sinceDurable.length }),
      durable: (count) => (this.sinceDurable = this.sinceDurable.slice(count)),
      deliver: (out) => this.deliver(out),
      reset: (fresh) => this.reset(fresh.state, fresh.editable),
    });
  }

  join(peer: Peer): void {
    this.peers.set(peer.connId, peer);
    this.upTo.set(peer.connId, this.delivered);
    peer.send(this.snapshotFor(peer, this.outbox.durable));
    this.sendPresence();
  }

  leave(connId: string): void {
    this.upTo.delete(connId);
    if (this.peers.delete(connId)) this.sendPresence();
  }

  focus(connId: string, focus: string | null): void {
    const peer = this.peers.get(connId);
    if (!peer || peer.focus === focus) return;
    peer.focus = focus;
    this.sendPresence();
  }

  /** The people here now, one entry per connection. */
  presence(): Presence[] {
    return [...this.peers.values()].map((p) => ({ ...p.person, focus: p.focus }));
  }

  /** Applies one operation of `connId`'s person (the caller checked the message's shape and the role). */
  submit(connId: string, clientId: string, mutationId: number, op: DesignOp): void {
    const peer = this.peers.get(connId);
    if (!peer) return;
    this.process({ connId, person: peer.person, locale: peer.locale, clientId, mutationId, op });
    this.outbox.schedule();
  }

  /** Resolves once everything answered so far is durable and delivered. */
  settled(): Promise<void> {
    return this.outbox.settled();
  }

  /** Nobody is here any more: everything answered is durable, and the storage tidies up. */
  async close(): Promise<void> {
    await this.outbox.settled();
    await this.storage.close?.();
  }

  /** The design was changed another way (a PATCH): everyone starts again from what is stored. */
  async refresh(): Promise<void> {
    await this.outbox.settled();
    const fresh = await this.storage.load();
    this.outbox.adopt(fresh.state);
    this.reset(fresh.state, fresh.editable);
    this.outbox.schedule();
  }

  /** The connections of one person (`*`: everyone, the design was deleted). */
  peersOf(personId: string): Peer[] {
    return [...this.peers.values()].filter((p) => personId === '*' || p.person.id === personId);
  }

  /** The state as committed so far (durable or about to be). */
  current(): RoomState {
    return this.state;
  }

  private process(s: Submitted): void {
    const key = mutationKey(s.person, s.clientId);
    const reply = (msg: ServerMessage) => this.post({ to: s.connId, msg }, true);
    if (s.mutationId <= (this.state.mutations.get(key) ?? 0))
      return this.post({ to: s.connId, msg: { type: 'duplicate', clientId: s.clientId, mutationId: s.mutationId } });
    this.remember(key, s.mutationId);
    this.sinceDurable.push(s);
    if (!this.editable) return reply({ type: 'error', code: 'not_editable', message: notEditable(s.locale) });
    const next = applyOperation(this.catalog, this.state.draft, s.op);
    const reasons = [...this.screen(s.op, s.locale), ...brokenFor(this.catalog, next, s.locale)];
    if (reasons.length) {
      const after = this.lastCommit && this.lastCommit.by.id !== s.person.id ? this.lastCommit : null;
      return reply({
        type: 'reject',
        clientId: s.clientId,
        mutationId: s.mutationId,
        reasons,
        repair: repair(this.catalog, next).changes,
        ...(after && { after: { by: after.by, op: after.op } }),
      });
    }
    this.state = { ...this.state, draft: next, version: this.state.version + 1 };
    const commit: LiveCommit = {
      type: 'commit',
      version: this.state.version,
      draft: next,
      op: s.op,
      by: s.person,
      clientId: s.clientId,
      mutationId: s.mutationId,
    };
    this.lastCommit = commit;
    this.post({ msg: commit, from: s.connId }, true);
  }

  /**
   * Queues a message for delivery once the state it belongs to is durable; an `early` one goes
   * at once to every connection it is for that has had all messages before it.
   */
  private post(out: Omit<Outgoing, 'seq'>, early = false): void {
    const seq = ++this.seq;
    for (const peer of this.peers.values()) {
      if (this.upTo.get(peer.connId) !== seq - 1) continue; // behind: gets it in order later
      const forPeer = out.to === undefined || out.to === peer.connId;
      if (forPeer && !early) continue; // waits for durability
      if (forPeer) peer.send(out.msg);
      this.upTo.set(peer.connId, seq);
    }
    this.outbox.push({ ...out, seq });
  }

  private remember(key: string, mutationId: number): void {
    const mutations = this.state.mutations;
    mutations.delete(key);
    mutations.set(key, mutationId);
    if (mutations.size > MUTATIONS_KEPT) mutations.delete(mutations.keys().next().value!);
  }

  /** The design changed under the room (a PATCH, a write conflict): start again from what is stored. */
  private reset(fresh: RoomState, editable: boolean): void {
    const redo = this.sinceDurable;
    this.state = cloneState(fresh);
    this.editable = editable;
    this.sinceDurable = [];
    this.lastCommit = null;
    // The messages not yet delivered are void (Outbox.adopt): everyone starts from the snapshot.
    this.delivered = this.seq;
    for (const peer of this.peers.values()) {
      this.upTo.set(peer.connId, this.seq);
      peer.send(this.snapshotFor(peer, fresh));
    }
    // Every operation not yet durable is an intention: apply it again to the fresh state.
    for (const s of redo) this.process(s);
  }

  /**
   * Durable now: each connection gets, in order, what it has not had yet, and the connections
   * whose commits these were hear that they are saved.
   */
  private deliver(out: Outgoing[]): void {
    const authors = new Set<string>();
    for (const { to, msg, seq, from } of out) {
      if (from) authors.add(from);
      for (const peer of this.peers.values()) {
        if ((this.upTo.get(peer.connId) ?? 0) >= seq) continue;
        if (to === undefined || to === peer.connId) peer.send(msg);
        this.upTo.set(peer.connId, seq);
      }
      this.delivered = seq;
    }
    if (!authors.size) return;
    const saved: ServerMessage = { type: 'saved', version: this.outbox.durable.version };
    for (const connId of authors) this.peers.get(connId)?.send(saved);
  }

  private snapshotFor(peer: Peer, s: RoomState): ServerMessage {
    return {
      type: 'snapshot',
      version: s.version,
      draft: s.draft,
      you: peer.person,
      mutationIds: Object.fromEntries(
        [...s.mutations].filter(([k]) => k.startsWith(`${peer.person.id}/`)).map(([k, v]) => [k.split('/')[1], v]),
      ),
      presence: this.presence(),
    };
  }

  private sendPresence(): void {
    const msg: ServerMessage = { type: 'presence', presence: this.presence() };
    for (const peer of this.peers.values()) peer.send(msg);
  }
}

const notEditable = (locale: Locale) =>
  locale === 'de'
    ? 'Dieses Design wird gerade geprüft oder ist veröffentlicht und kann nicht geändert werden.'
    : 'This design is under review or published and cannot be changed.';
