import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { ClientMessage } from '@shared/codesign/protocol';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { screenFields } from '@server/designs/screenTexts';
import type { LiveConnection, LiveHub } from './hub';
import { Room, type TextScreen } from './room';
import { openRoomStorage } from './roomStorage';
import { serveLive, type SocketDeps } from './socket';
import { LIVE_CLOSE } from '@shared/codesign/protocol';
import { reportLive } from '@server/ops/metrics';

/** A room with nobody in it is kept this long, so a reload does not read the design again. */
const IDLE_MS = 30_000;

/** Every text an operation writes goes through the text filter, like the owner's own saves. */
export const screenOp: TextScreen = (op, locale) => {
  if (op.kind === 'setText') return screenFields([[`/texts/${op.fieldId}`, op.value]], locale).blocked;
  if (op.kind === 'setName') return screenFields([['/name', op.name.trim()]], locale).blocked;
  return [];
};

/** Rooms in this process: one app process owns them all. */
export class LocalHub implements LiveHub {
  protected readonly rooms = new Map<string, Promise<Room>>();
  private readonly idle = new Map<string, NodeJS.Timeout>();
  private servers: { clients(): number; close(): void }[] = [];
  private readonly unreport = reportLive(() => ({
    rooms: this.rooms.size,
    clients: this.servers.reduce((n, s) => n + s.clients(), 0),
  }));

  constructor(
    protected readonly catalogs: CatalogStore,
    protected readonly socketDeps: Omit<SocketDeps, 'hub'>,
    protected readonly logger: Logger,
  ) {}

  attach(server: Server): void {
    this.servers.push(serveLive(server, { ...this.socketDeps, hub: this }));
  }

  protected room(designId: string): Promise<Room> {
    let room = this.rooms.get(designId);
    if (!room) {
      room = openRoomStorage(designId, this.catalogs).then(
        ({ catalog, storage, state, editable }) => new Room(catalog, state, editable, storage, screenOp),
      );
      room.catch(() => this.rooms.delete(designId));
      this.rooms.set(designId, room);
    }
    return room;
  }

  async join(conn: LiveConnection): Promise<void> {
    clearTimeout(this.idle.get(conn.designId));
    (await this.room(conn.designId)).join(conn);
  }

  leave(conn: LiveConnection): void {
    void this.rooms.get(conn.designId)?.then((room) => {
      room.leave(conn.connId);
      if (room.peers.size === 0) this.dropLater(conn.designId, room);
    });
  }

  private dropLater(designId: string, room: Room): void {
    clearTimeout(this.idle.get(designId));
    const promise = this.rooms.get(designId);
    const timer = setTimeout(async () => {
      await room.settled();
      if (room.peers.size !== 0 || this.rooms.get(designId) !== promise) return;
      this.rooms.delete(designId);
      await room.close().catch((err: Error) => this.logger.warn({ err, designId }, 'room close failed'));
    }, IDLE_MS);
    timer.unref();
    this.idle.set(designId, timer);
  }

  message(conn: LiveConnection, msg: ClientMessage): void {
    void this.rooms.get(conn.designId)?.then((room) => {
      if (msg.type === 'op') room.submit(conn.connId, msg.clientId, msg.mutationId, msg.op);
      else room.focus(conn.connId, msg.focus);
    });
  }

  async online(designId: string): Promise<Set<string>> {
    const room = await this.rooms.get(designId)?.catch(() => null);
    return new Set(room ? room.presence().map((p) => p.id) : []);
  }

  async kick(designId: string, personId: string): Promise<void> {
    const room = await this.rooms.get(designId)?.catch(() => null);
    for (const peer of room?.peersOf(personId) ?? [])
      (peer as LiveConnection).close(LIVE_CLOSE.removed, 'removed from the design');
  }

  async changed(designId: string): Promise<void> {
    const room = await this.rooms.get(designId)?.catch(() => null);
    await room?.refresh().catch((err: Error) => this.logger.warn({ err, designId }, 'room refresh failed'));
  }

  async close(): Promise<void> {
    this.unreport();
    for (const s of this.servers) s.close();
    await Promise.all([...this.rooms.values()].map((r) => r.then((room) => room.close()).catch(() => undefined)));
  }
}
