import WebSocket from 'ws';
import type { ClientMessage, ServerMessage } from '@shared/codesign/protocol';
import type { DesignDraft } from '@shared/catalog/types';
import type { Client } from '@tests/setup/http';

export interface LiveTestClient {
  ws: WebSocket;
  received: ServerMessage[];
  /** The next message of this type not yet taken (waits for it). */
  next<T extends ServerMessage['type']>(
    type: T,
    where?: (m: Extract<ServerMessage, { type: T }>) => boolean,
  ): Promise<Extract<ServerMessage, { type: T }>>;
  send(msg: ClientMessage | string): void;
  closed: Promise<number>;
}

/** Opens a design's live channel as `client`'s browser session would (its cookie, its origin). */
export function openLive(
  base: string,
  designId: string,
  client: Client | null,
  origin: string | null = base,
): Promise<LiveTestClient> {
  const headers: Record<string, string> = {};
  if (client) headers.cookie = client.cookieHeader();
  if (origin) headers.origin = origin;
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/designs/${designId}/live`, { headers });
  const received: ServerMessage[] = [];
  const taken = new Set<ServerMessage>();
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    received.push(JSON.parse(data.toString()));
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise<number>((ok) => ws.on('close', (code) => ok(code)));
  const live: LiveTestClient = {
    ws,
    received,
    closed,
    send: (msg) => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg)),
    next(type, where = () => true) {
      return new Promise((ok) => {
        const look = () => {
          const m = received.find((x) => !taken.has(x) && x.type === type && where(x as never));
          if (m) {
            taken.add(m);
            return ok(m as never);
          }
          waiters.push(look);
        };
        look();
      });
    },
  };
  return new Promise((ok, fail) => {
    ws.once('open', () => ok(live));
    ws.once('unexpected-response', (_req, res) => fail(new Error(`upgrade answered ${res.statusCode}`)));
    ws.once('error', fail);
  });
}

/** 4 × 75 g + 3 × 75 g = 525 g in a 575 g bag: room for exactly one 50 g portion of cornflakes. */
export const nearlyFull: DesignDraft = {
  catalogId: 'muesli',
  name: 'Zusammen',
  selections: [
    { optionId: 'haferflocken-kernig', quantity: 4 },
    { optionId: 'haferflocken-zart', quantity: 3 },
  ],
};
