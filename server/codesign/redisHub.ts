import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Locale } from '@shared/catalog/types';
import {
  LIVE_CLOSE,
  type ClientMessage,
  type Person,
  type Presence,
  type ServerMessage,
} from '@shared/codesign/protocol';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import type { LiveConnection } from './hub';
import { LocalHub } from './localHub';
import type { Room } from './room';
import type { SocketDeps } from './socket';

const LEASE_MS = 10_000;
const RENEW_MS = 3_000;

type Inbound =
  | { kind: 'join'; node: string; connId: string; person: Person; locale: Locale }
  | { kind: 'leave'; connId: string }
  | { kind: 'msg'; connId: string; msg: ClientMessage };
/** The owner's messages to connections elsewhere: each message once, with the connections it is for, in order. */
type Outbound = { out: { to: string[]; msg: ServerMessage }[] } | { rejoin: true };

/** Renews the lease only while this node still holds it (a compare-and-set in Redis). */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * Rooms across app processes (Figma's one worker per document): the process holding a
 * room's lease in Redis (SET NX PX, renewed) owns it, applies every operation and alone writes
 * the design; the others forward their connections' messages to it and deliver its answers,
 * both over Redis pub/sub. When the owner dies its lease runs out, another process with
 * people in the room takes it over, reads the design afresh and asks everyone to rejoin;
 * clients then resend whatever was not acknowledged.
 */
export class RedisHub extends LocalHub {
  private readonly node = randomBytes(6).toString('base64url');
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly owned = new Map<string, NodeJS.Timeout>();
  private readonly local = new Map<string, Map<string, LiveConnection>>();
  private readonly seen = new Map<string, Presence[]>();
  /** Per room, what the owner sends elsewhere in this turn of the event loop (one publish). */
  private readonly remote = new Map<string, { to: string[]; msg: ServerMessage }[]>();
  private readonly watch: NodeJS.Timeout;

  constructor(
    catalogs: CatalogStore,
    socketDeps: Omit<SocketDeps, 'hub'>,
    logger: Logger,
    url: string,
    private readonly prefix: string,
  ) {
    super(catalogs, socketDeps, logger);
    this.pub = new Redis(url, { maxRetriesPerRequest: 2 });
    this.sub = new Redis(url, { maxRetriesPerRequest: 2 });
    this.sub.on('message', (channel: string, raw: string) => this.onMessage(channel, raw));
    void this.sub.subscribe(this.key('codesign:kick'), this.key('codesign:changed'));
    // Takes over rooms whose owner went away while people here are still in them.
    this.watch = setInterval(() => void this.claimOrphans(), RENEW_MS);
    this.watch.unref();
  }

  private key = (k: string) => `${this.prefix}${k}`;
  private lease = (id: string) => this.key(`room:${id}:owner`);
  private inbox = (id: string) => this.key(`room:${id}:in`);
  private outbox = (id: string) => this.key(`room:${id}:out`);

  /** This node owns the room afterwards, or another one does (then `false`). */
  private async claim(designId: string): Promise<boolean> {
    if (this.owned.has(designId)) return true;
    const got = await this.pub.set(this.lease(designId), this.node, 'PX', LEASE_MS, 'NX');
    if (got !== 'OK') return false;
    const renew = setInterval(async () => {
      const kept = await this.pub.eval(RENEW, 1, this.lease(designId), this.node, LEASE_MS).catch(() => 0);
      if (!kept) this.release(designId);
    }, RENEW_MS);
    renew.unref();
    // A room left from an earlier lease is stale; from here on, a join on this process (which
    // now sees the room as owned) and this claim share the ONE room opened below.
    this.rooms.delete(designId);
    this.owned.set(designId, renew);
    const room = await this.room(designId);
    await this.sub.subscribe(this.inbox(designId));
    // Everyone connected elsewhere joins the new owner; their clients resend what is pending.
    await this.pub.publish(this.outbox(designId), JSON.stringify({ rejoin: true } satisfies Outbound));
    for (const conn of this.local.get(designId)?.values() ?? []) room.join(conn);
    return true;
  }

  private release(designId: string): void {
    clearInterval(this.owned.get(designId));
    this.owned.delete(designId);
    this.rooms.delete(designId);
    void this.sub.unsubscribe(this.inbox(designId));
  }

  private async claimOrphans(): Promise<void> {
    for (const [designId, conns] of this.local) {
      if (!conns.size || this.owned.has(designId)) continue;
      await this.claim(designId).catch((err: Error) => this.logger.warn({ err, designId }, 'room claim failed'));
    }
  }

  override async join(conn: LiveConnection): Promise<void> {
    const conns = this.local.get(conn.designId) ?? new Map<string, LiveConnection>();
    this.local.set(conn.designId, conns);
    conns.set(conn.connId, conn);
    if (this.owned.has(conn.designId)) return (await this.room(conn.designId)).join(conn);
    await this.sub.subscribe(this.outbox(conn.designId));
    if (await this.claim(conn.designId)) return;
    this.forward(conn.designId, {
      kind: 'join',
      node: this.node,
      connId: conn.connId,
      person: conn.person,
      locale: conn.locale,
    });
  }

  override leave(conn: LiveConnection): void {
    const conns = this.local.get(conn.designId);
    conns?.delete(conn.connId);
    if (this.owned.has(conn.designId)) super.leave(conn);
    else this.forward(conn.designId, { kind: 'leave', connId: conn.connId });
    if (conns && !conns.size && !this.owned.has(conn.designId)) {
      this.local.delete(conn.designId);
      void this.sub.unsubscribe(this.outbox(conn.designId));
    }
  }

  override message(conn: LiveConnection, msg: ClientMessage): void {
    if (this.owned.has(conn.designId)) super.message(conn, msg);
    else this.forward(conn.designId, { kind: 'msg', connId: conn.connId, msg });
  }

  private forward(designId: string, m: Inbound): void {
    void this.pub.publish(this.inbox(designId), JSON.stringify(m));
  }

  override async online(designId: string): Promise<Set<string>> {
    if (this.owned.has(designId)) return super.online(designId);
    const ids = new Set((this.seen.get(designId) ?? []).map((p) => p.id));
    for (const c of this.local.get(designId)?.values() ?? []) ids.add(c.person.id);
    return ids;
  }

  override async kick(designId: string, personId: string): Promise<void> {
    await this.pub.publish(this.key('codesign:kick'), JSON.stringify({ designId, personId }));
  }

  override async changed(designId: string): Promise<void> {
    await this.pub.publish(this.key('codesign:changed'), JSON.stringify({ designId }));
  }

  private onMessage(channel: string, raw: string): void {
    const data = JSON.parse(raw);
    if (channel === this.key('codesign:kick')) {
      for (const c of this.local.get(data.designId)?.values() ?? [])
        if (data.personId === '*' || c.person.id === data.personId)
          c.close(LIVE_CLOSE.removed, 'removed from the design');
      if (this.owned.has(data.designId)) void super.kick(data.designId, data.personId);
      return;
    }
    if (channel === this.key('codesign:changed')) {
      if (this.owned.has(data.designId)) void super.changed(data.designId);
      return;
    }
    const [, designId, dir] = /room:([^:]+):(in|out)$/.exec(channel) ?? [];
    if (dir === 'in' && this.owned.has(designId))
      void this.room(designId).then((room) => this.fromOther(designId, room, data));
    if (dir === 'out') this.toLocal(designId, data as Outbound);
  }

  /** The owner: a connection on another process joins, leaves or sends. */
  private fromOther(designId: string, room: Room, m: Inbound): void {
    if (m.kind === 'join') {
      const send = (msg: ServerMessage) => this.sendRemote(designId, m.connId, msg);
      room.join({ connId: m.connId, person: m.person, locale: m.locale, focus: null, send });
    } else if (m.kind === 'leave') room.leave(m.connId);
    else if (m.msg.type === 'op') room.submit(m.connId, m.msg.clientId, m.msg.mutationId, m.msg.op);
    else room.focus(m.connId, m.msg.focus);
  }

  /**
   * WHY gathered: a room sends one message to each of its peers in turn; a publish (and a JSON
   * text, parsed again by the receiving process) per peer was most of what two processes cost
   * more than one. Now one publish per room and turn, each message in it once.
   */
  private sendRemote(designId: string, connId: string, msg: ServerMessage): void {
    let queue = this.remote.get(designId);
    if (!queue) {
      this.remote.set(designId, (queue = []));
      queueMicrotask(() => {
        this.remote.delete(designId);
        void this.pub.publish(this.outbox(designId), JSON.stringify({ out: queue! } satisfies Outbound));
      });
    }
    const last = queue.at(-1);
    if (last?.msg === msg) last.to.push(connId);
    else queue.push({ to: [connId], msg });
  }

  /** Another process owns the room: deliver its answers to our connections. */
  private toLocal(designId: string, m: Outbound): void {
    const conns = this.local.get(designId);
    if (!conns || this.owned.has(designId)) return;
    if ('rejoin' in m) {
      for (const c of conns.values())
        this.forward(designId, { kind: 'join', node: this.node, connId: c.connId, person: c.person, locale: c.locale });
      return;
    }
    for (const { to, msg } of m.out) {
      if (msg.type === 'presence' || msg.type === 'snapshot') this.seen.set(designId, msg.presence);
      for (const connId of to) conns.get(connId)?.send(msg);
    }
  }

  override async close(): Promise<void> {
    clearInterval(this.watch);
    await super.close();
    for (const id of [...this.owned.keys()]) {
      this.release(id);
      await this.pub.del(this.lease(id)).catch(() => undefined);
    }
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
