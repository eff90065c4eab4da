import type { ServerMessage } from '@shared/codesign/protocol';
import type { RoomState, RoomStorage } from './room';

/**
 * A message to one connection (`to`) or to everyone in the room, numbered by the room in the
 * order it was made (`seq`): every connection gets the room's messages in that order.
 */
export interface Outgoing {
  to?: string;
  msg: ServerMessage;
  seq: number;
  /** A commit's: the connection whose operation it is (it hears when the commit is saved). */
  from?: string;
}

interface OutboxHooks {
  /** The room's state now, and how many operations since the last durable write it holds. */
  current(): { state: RoomState; count: number };
  /** The first `count` operations are durable. */
  durable(count: number): void;
  deliver(out: Outgoing[]): void;
  /** The stored design changed under the room: answers not yet sent are void. */
  reset(fresh: { state: RoomState; editable: boolean }): void;
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const isConflict = (err: unknown) => (err as { status?: number }).status === 409;

/**
 * Holds a room's answers until the state containing them is written: one write at a time,
 * covering every operation applied so far (a batch under load), then every answer it covers
 * goes out in order. A conflicting write (someone saved the design another way) reloads the
 * stored design and lets the room apply its operations again; any other failure is retried.
 */
export class Outbox {
  private queue: Outgoing[] = [];
  private running: Promise<void> | null = null;
  durable: RoomState;
  private writtenVersion: string;

  constructor(
    private readonly storage: RoomStorage,
    initial: RoomState,
    private readonly hooks: OutboxHooks,
  ) {
    this.durable = initial;
    this.writtenVersion = fingerprint(initial);
  }

  /** `state` is what is stored now (read afresh); answers not yet sent are void. */
  adopt(state: RoomState): void {
    this.queue = [];
    this.durable = state;
    this.writtenVersion = fingerprint(state);
  }

  push(out: Outgoing): void {
    this.queue.push(out);
  }

  schedule(): void {
    if (this.running) return;
    this.running = this.run().finally(() => {
      this.running = null;
      // Something pushed after the loop's last look but before this ran: go again.
      if (this.queue.length) this.schedule();
    });
  }

  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    for (let failures = 0; this.queue.length;) {
      const { state, count } = this.hooks.current();
      const out = this.queue.splice(0);
      const print = fingerprint(state);
      try {
        if (print !== this.writtenVersion) await this.storage.write(state);
      } catch (err) {
        this.queue.unshift(...out);
        if (isConflict(err)) {
          const fresh = await this.storage.load().catch(() => null);
          if (fresh) {
            this.adopt(fresh.state);
            this.hooks.reset(fresh);
            continue;
          }
        }
        await pause(Math.min(2000, 50 * 2 ** failures++));
        continue;
      }
      failures = 0;
      this.durable = state;
      this.writtenVersion = print;
      this.hooks.durable(count);
      this.hooks.deliver(out);
    }
  }
}

/** What a write must carry: the draft's version and every client's last mutation id. */
const fingerprint = (s: RoomState) => `${s.version}|${[...s.mutations].join(';')}`;
