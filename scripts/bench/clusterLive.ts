/**
 * The co-design part of the cluster benchmark: rooms whose clients (tabs of the room owner's
 * session, each with its own client id) are spread over the app processes and send
 * operations over the live channel. A client whose connection drops (its process was killed)
 * reconnects to the next process and resends what is pending, as the browser does; an
 * operation unanswered for a while is resent too (a resend is answered as a duplicate).
 *
 * Each client sets the quantity of an option only it touches, so what it was last told is
 * stored can be checked afterwards against the design as the API returns it.
 */
import WebSocket from 'ws';
import type { Catalog } from '@shared/catalog/types';
import type { ServerMessage } from '@shared/codesign/protocol';
import { rate, Session } from './clusterWorkload';

const CLIENTS_PER_ROOM = 3;
const OP_EVERY_MS = 500;
const RESEND_AFTER_MS = 3000;

interface Pending {
  mutationId: number;
  quantity: number;
  sentAt: number;
  /** The version it was committed at (not yet saved). */
  version?: number;
}

class LiveClient {
  private ws: WebSocket | null = null;
  private mutationId = 0;
  private pending: Pending | null = null;
  private running = true;
  /** What the room may hold for this client's option: one value once acknowledged, two while a duplicate leaves it open. */
  expected: number[] = [];
  latencies: number[] = [];
  acks = 0;
  rejects = 0;
  reconnects = 0;

  constructor(
    private readonly cookie: string,
    private readonly designId: string,
    private readonly optionId: string,
    private readonly clientId: string,
    private readonly targets: () => string[],
    private target: number,
  ) {}

  start(): Promise<void> {
    return new Promise((ok) => this.connect(ok));
  }

  private connect(opened?: () => void): void {
    const targets = this.targets();
    const base = targets[this.target % targets.length]!;
    const ws = new WebSocket(`${base.replace('http', 'ws')}/api/designs/${this.designId}/live`, {
      headers: { cookie: this.cookie, origin: base },
    });
    this.ws = ws;
    ws.on('open', () => opened?.());
    ws.on('message', (raw) => this.receive(JSON.parse(raw.toString()) as ServerMessage));
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (!this.running) return;
      this.reconnects++;
      this.target++;
      setTimeout(() => this.connect(opened), 100);
    });
  }

  private receive(m: ServerMessage): void {
    const p = this.pending;
    if (!p) return;
    if (m.type === 'snapshot') {
      // After a reconnect: either the pending operation is already in the state, or it goes again.
      if ((m.mutationIds[this.clientId] ?? 0) >= p.mutationId) this.acked(p.quantity, p);
      else {
        p.version = undefined; // a commit not saved may be gone with the room
        this.send(p);
      }
    } else if (m.type === 'commit' && m.clientId === this.clientId && m.mutationId === p.mutationId) {
      // Committed; acknowledged once saved (durable).
      p.version = m.version;
    } else if (m.type === 'saved' && p.version !== undefined && m.version >= p.version) {
      this.acked(p.quantity, p);
    } else if (m.type === 'reject' && m.clientId === this.clientId && m.mutationId === p.mutationId) {
      this.rejects++;
      this.pending = null;
    } else if (m.type === 'duplicate' && m.clientId === this.clientId && m.mutationId === p.mutationId) {
      // Answered before (the answer was lost with a connection): committed or refused.
      this.expected = [...new Set([...this.expected, p.quantity])];
      this.pending = null;
    }
  }

  private acked(quantity: number, p: Pending): void {
    this.acks++;
    this.latencies.push(performance.now() - p.sentAt);
    this.expected = [quantity];
    this.pending = null;
  }

  private send(p: Pending): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    p.sentAt = p.sentAt || performance.now();
    const op = { kind: 'setQuantity', optionId: this.optionId, quantity: p.quantity };
    this.ws.send(JSON.stringify({ type: 'op', clientId: this.clientId, mutationId: p.mutationId, op }));
  }

  /** Resends an operation that has waited too long; else, with `next`, sends a new one. */
  tick(next = true): void {
    const now = performance.now();
    if (this.pending) {
      if (now - this.pending.sentAt > RESEND_AFTER_MS) this.send(this.pending);
      return;
    }
    if (!next) return;
    const last = this.expected.length === 1 ? this.expected[0]! : 1;
    this.pending = { mutationId: ++this.mutationId, quantity: last === 1 ? 2 : 1, sentAt: now };
    this.send(this.pending);
  }

  get settled(): boolean {
    return this.pending === null;
  }

  stop(): void {
    this.running = false;
    this.ws?.terminate();
  }

  /** The stored quantity matches what this client was told (or one of two after a duplicate). */
  holds(stored: number): boolean {
    return this.expected.length === 0 || this.expected.includes(stored);
  }
  get option(): string {
    return this.optionId;
  }
}

export interface LiveFigures {
  rooms: number;
  clients: number;
  acknowledged: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  refused: number;
  reconnects: number;
  /** Clients whose option in the stored design is not what they were last told was stored. */
  lost: number;
  /** Clients still waiting for an answer 25 s after the load ended. */
  unsettled: number;
}

/** Three options of different groups that each take a quantity of 1 or 2 side by side, and a filler that keeps the bag heavy enough to save. */
function optionsFor(catalog: Catalog): { toggled: string[]; filler: string } {
  const inStock = (group: string) => catalog.options.filter((o) => o.groupId === group && o.inStock);
  const [base, filler] = inStock('base');
  return { toggled: [base!.id, inStock('fruits')[0]!.id, inStock('nuts-seeds')[0]!.id], filler: filler!.id };
}

/**
 * `rooms` shared designs, their clients spread over `targets()`, for `seconds`; `during` runs
 * meanwhile (the HTTP mix, a kill). Then every client's option is read back through the API.
 */
export async function runLive<T>(opts: {
  base: string;
  catalog: Catalog;
  rooms: number;
  seconds: number;
  targets: () => string[];
  during?: () => Promise<T>;
}): Promise<{ live: LiveFigures; during: T | undefined }> {
  const owner = new Session();
  const options = optionsFor(opts.catalog);
  const ids: string[] = [];
  for (let r = 0; r < opts.rooms; r++) {
    const res = await owner.send(opts.base, 'POST', '/api/designs', {
      catalogId: opts.catalog.id,
      name: `Live ${r}`,
      selections: [
        ...options.toggled.map((optionId) => ({ optionId, quantity: 1 })),
        { optionId: options.filler, quantity: 3 },
      ],
    });
    if (res.status !== 201)
      throw new Error(`creating a shared design answered ${res.status}: ${JSON.stringify(res.json)}`);
    const id = (res.json as { id: string }).id;
    // An invite makes it a shared design (live rooms are for those).
    await owner.send(opts.base, 'POST', `/api/designs/${id}/invites`, { role: 'editor' });
    ids.push(id);
  }
  const cookie = owner.cookieHeader();
  const clients = ids.flatMap((id, r) =>
    options.toggled
      .slice(0, CLIENTS_PER_ROOM)
      .map(
        (optionId, c) =>
          new LiveClient(
            cookie,
            id,
            optionId,
            `bench-${r}-${c}-${process.pid}`,
            opts.targets,
            r * CLIENTS_PER_ROOM + c,
          ),
      ),
  );
  await Promise.all(clients.map((c) => c.start()));
  const started = performance.now();
  const timer = setInterval(() => clients.forEach((c) => c.tick()), OP_EVERY_MS);
  const during = await Promise.all([opts.during?.(), new Promise((ok) => setTimeout(ok, opts.seconds * 1000))]).then(
    ([d]) => d,
  );
  clearInterval(timer);
  const elapsed = (performance.now() - started) / 1000;
  // Let what is pending be answered (resent where needed) before anything is compared.
  for (let i = 0; i < 100 && !clients.every((c) => c.settled); i++) {
    clients.forEach((c) => c.tick(false));
    await new Promise((ok) => setTimeout(ok, 250));
  }
  clients.forEach((c) => c.stop());
  let lost = 0;
  let unsettled = 0;
  for (const [r, id] of ids.entries()) {
    const design = (await owner.send(opts.base, 'GET', `/api/designs/${id}`)).json as {
      selections: { optionId: string; quantity: number }[];
    };
    for (const c of clients.slice(r * CLIENTS_PER_ROOM, (r + 1) * CLIENTS_PER_ROOM)) {
      const stored = design.selections.find((s) => s.optionId === c.option)?.quantity ?? 0;
      if (!c.settled) unsettled++;
      else if (!c.holds(stored)) {
        lost++;
        if (process.env.BENCH_DEBUG) console.error('mismatch', id, c.option, stored, c.expected);
      }
    }
  }
  const latencies = clients.flatMap((c) => c.latencies);
  const acknowledged = clients.reduce((s, c) => s + c.acks, 0);
  return {
    live: {
      rooms: opts.rooms,
      clients: clients.length,
      acknowledged,
      ...rate(latencies, acknowledged, elapsed),
      refused: clients.reduce((s, c) => s + c.rejects, 0),
      reconnects: clients.reduce((s, c) => s + c.reconnects, 0),
      lost,
      unsettled,
    },
    during,
  };
}
