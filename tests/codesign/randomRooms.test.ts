/**
 * Convergence and validity under random interleavings, in the style of Yjs's applyRandomTests:
 * 5 clients on one room, messages delivered in random order between connections (each
 * connection keeps its own order, like a socket), 2 % disconnects that lose what was in flight,
 * writes that take a random while, and now and then a crash of the room (a new one starts from
 * what is stored; a write on its way is lost). After every operation the server's state is
 * completable; no crash loses an operation the server said was saved; after each run every
 * client shows exactly the server's state and has nothing unsaved.
 * The room logic runs in-process, without sockets or a database, so 200 × 500 stays fast.
 */
import { describe, expect, it } from 'vitest';
import muesli from '@catalogs/muesli.json';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { brokenFor } from '@shared/codesign/completable';
import { inverseOperation, type DesignOp } from '@shared/codesign/operations';
import type { ClientMessage, ServerMessage } from '@shared/codesign/protocol';
import { Replica } from '@shared/codesign/replica';
import { cloneState, Room, type RoomState } from '@server/codesign/room';
import { prng, randomCatalog } from '@tests/rules/randomCatalog';

const MUESLI = muesli as unknown as Catalog;
const SEEDS = Number(process.env.CODESIGN_SEEDS ?? 200);
const OPS = 500;
const USERS = 5;

interface User {
  replica: Replica;
  conn: string | null;
  up: ClientMessage[];
  down: ServerMessage[];
  undo: DesignOp[];
}

/** Most seeds get a small random catalog (every rule kind); every tenth the real muesli. */
function catalogFor(seed: number): Catalog | null {
  if (seed % 10 === 0) return MUESLI;
  const { catalog } = randomCatalog(seed, 8);
  // A catalog whose empty design is already a dead end has nothing to converge on.
  return brokenFor(catalog, { catalogId: catalog.id, selections: [] }, 'de').length ? null : catalog;
}

async function run(seed: number, catalog: Catalog) {
  const r = prng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(list: readonly T[]) => list[int(list.length)];
  const empty: DesignDraft = { catalogId: catalog.id, catalogVersion: catalog.version, selections: [], texts: {} };
  const stored: RoomState[] = [{ draft: empty, version: 0, mutations: new Map() }];
  // Writes on their way, done one at a time by the run (`flush`); a crash ends a room, and a
  // write of it still on its way never becomes durable.
  let generation = 0;
  const inflight: (() => void)[] = [];
  const storage = (gen: number) => ({
    write: (s: RoomState) =>
      new Promise<void>((ok) =>
        inflight.push(() => {
          if (gen !== generation) return;
          stored.push(cloneState(s));
          ok();
        }),
      ),
    load: async () => ({ state: stored.at(-1)!, editable: true }),
  });
  const tick = () => new Promise((ok) => setImmediate(ok));
  const flush = async () => {
    inflight.shift()?.();
    await tick();
  };
  /** Every write done, until the room has nothing left to write. */
  const settle = async () => {
    for (await tick(); inflight.length; await tick()) inflight.shift()!();
  };
  let room = new Room(catalog, stored[0], true, storage(generation));
  // Per user, the last mutation id the server said is saved: no crash may lose it.
  const saved: number[] = Array.from({ length: USERS }, () => 0);
  const keptSaved = () =>
    users.forEach((u, i) =>
      expect(stored.at(-1)!.mutations.get(`p${i}/${u.replica.clientId}`) ?? 0, `seed ${seed}`).toBeGreaterThanOrEqual(
        saved[i],
      ),
    );
  const options = catalog.options.slice(0, 30);
  const bases = catalog.options.filter((o) => o.groupId === catalog.options[0].groupId);
  const field = catalog.textFields[0]?.id ?? 'dedication';
  let connCount = 0;
  const users: User[] = Array.from({ length: USERS }, (_, i) => ({
    replica: new Replica(catalog, `client-${i}-seed`, empty),
    conn: null,
    up: [],
    down: [],
    undo: [],
  }));

  const connect = (u: User, i: number) => {
    const connId = `c${connCount++}`;
    u.conn = connId;
    u.up = [];
    const person = { id: `p${i}`, name: `P${i}`, role: 'editor' as const };
    room.join({ connId, person, locale: 'de', focus: null, send: (m) => u.conn === connId && u.down.push(m) });
  };
  const disconnect = (u: User) => {
    room.leave(u.conn!);
    u.conn = null;
    u.up = [];
    u.down = [];
  };
  const receive = (u: User) => {
    const msg = u.down.shift()!;
    if (msg.type === 'saved') {
      const i = users.indexOf(u);
      for (const p of u.replica.unsaved) if (p.version <= msg.version) saved[i] = Math.max(saved[i], p.mutationId);
    }
    const { snapshot } = u.replica.receive(msg);
    if (snapshot) u.up.push(...u.replica.resend());
  };
  const send = (u: User) => {
    const m = u.up.shift()!;
    if (m.type === 'op') room.submit(u.conn!, m.clientId, m.mutationId, m.op);
  };
  const randomOp = (u: User): DesignOp => {
    const k = r();
    const o = pick(options);
    if (k < 0.45) return { kind: 'add', optionId: o.id };
    if (k < 0.6) return { kind: 'remove', optionId: o.id };
    if (k < 0.68) return { kind: 'setQuantity', optionId: o.id, quantity: int(4) * 50 };
    if (k < 0.73) return { kind: 'swap', optionId: pick(bases).id };
    if (k < 0.8) return { kind: 'setText', fieldId: field, value: 'Für Oma'.slice(0, int(8)) + '#'.repeat(int(2)) };
    if (k < 0.84) return { kind: 'setName', name: `Mix ${int(100)}` };
    if (k < 0.87) return { kind: 'setDiets', diets: r() < 0.5 ? [] : ['vegan'] };
    if (k < 0.875) return { kind: 'applyRepair' };
    return u.undo.pop() ?? { kind: 'add', optionId: o.id };
  };

  users.forEach(connect);
  let accepted = 0;
  let checked: DesignDraft | null = null;
  for (let ops = 0; ops < OPS;) {
    const i = int(USERS);
    const u = users[i];
    const k = r();
    if (k < 0.003) {
      // The room's process dies: a new room from what is stored; everyone reconnects.
      keptSaved();
      generation++;
      inflight.length = 0;
      for (const x of users) if (x.conn) disconnect(x);
      room = new Room(catalog, stored.at(-1)!, true, storage(generation));
      users.forEach(connect);
    } else if (k < 0.02) {
      if (u.conn) disconnect(u);
      else connect(u, i);
    } else if (k < 0.52) {
      const ready = users.filter((x) => x.conn && (x.up.length || x.down.length));
      const v = ready.length ? pick(ready) : null;
      if (v) (v.down.length && (r() < 0.5 || !v.up.length) ? receive : send)(v);
    } else if (k < 0.53) {
      await settle();
    } else {
      const op = randomOp(u);
      // Undo as the client does it; only the set operations need the state before.
      const before = op.kind === 'add' || op.kind === 'remove' ? u.replica.base : u.replica.view();
      const inverse = inverseOperation(catalog, before, op);
      if (inverse) u.undo.push(inverse);
      const msg = u.replica.apply(op);
      if (u.conn) u.up.push(msg);
      ops++;
    }
    if (r() < 0.1) await flush();
    const now = room.current().draft;
    if (now !== checked && brokenFor(catalog, now, 'de').length) throw new Error(`seed ${seed}: broken state`);
    checked = now;
  }
  // Reconnect everyone and deliver everything until nothing moves.
  users.forEach((u, i) => u.conn || connect(u, i));
  for (let rounds = 0; users.some((u) => u.up.length || u.down.length || u.replica.notSaved().length); rounds++) {
    if (rounds > 10_000) throw new Error(`seed ${seed}: no quiescence`);
    for (const u of users) while (u.up.length) send(u);
    await settle();
    for (const u of users) while (u.down.length) receive(u);
  }
  const server = room.current();
  for (const u of users) expect(u.replica.view(), `seed ${seed}`).toEqual(server.draft);
  expect(stored.at(-1)!.draft).toEqual(server.draft);
  keptSaved();
  accepted += server.version;
  return accepted;
}

describe('a room under random interleavings', () => {
  it(`converges and stays completable: ${SEEDS} seeds × ${OPS} operations × ${USERS} clients`, async () => {
    let commits = 0;
    let runs = 0;
    for (let seed = 1; runs < SEEDS; seed++) {
      const catalog = catalogFor(seed);
      if (!catalog) continue;
      commits += await run(seed, catalog);
      runs++;
    }
    // The runs must actually edit: thousands of commits, not a room refusing everything.
    expect(commits).toBeGreaterThan(SEEDS * 50);
  }, 400_000);
});
