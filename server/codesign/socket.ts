import { randomBytes } from 'node:crypto';
import { ServerResponse, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { LIVE_MESSAGE_MAX, type LiveErrorCode, type ServerMessage } from '@shared/codesign/protocol';
import { pickLocale } from '@server/middleware/locale';
import { sameSite } from '@server/middleware/originCheck';
import { PUBLIC_ID } from '@server/models/ids';
import type { LiveConnection, LiveHub } from './hub';
import { authorise } from './authorise';
import { parseMessage } from './messageSchema';

export interface SocketDeps {
  hub: LiveHub;
  session: RequestHandler;
  allowedOrigins: readonly string[];
  logger: Logger;
}

const PATH = /^\/api\/designs\/([^/?]+)\/live(?:\?.*)?$/;
/** Per connection: a burst of 40 messages, then 20 a second (typing sends one per key). */
const BURST = 40;
const PER_SECOND = 20;

/**
 * A room sends one message object to every peer: it is serialised once (the commit carries the
 * whole draft; per peer it was a tenth of the server's CPU under load).
 */
const serialised = new WeakMap<ServerMessage, Buffer>();
function wire(msg: ServerMessage): Buffer {
  let bytes = serialised.get(msg);
  if (bytes === undefined) serialised.set(msg, (bytes = Buffer.from(JSON.stringify(msg))));
  return bytes;
}

/**
 * Sends a text frame; the frames a connection gets in one turn of the event loop (a write's
 * answers, presence) leave in ONE write to the socket: under load a third of the server's time
 * went into a system call per frame.
 */
function sendText(ws: WebSocket, msg: ServerMessage): void {
  const socket = (ws as unknown as { _socket?: Duplex })._socket;
  if (socket && !socket.writableCorked) {
    socket.cork();
    process.nextTick(() => socket.uncork());
  }
  ws.send(wire(msg), { binary: false });
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Loads the request's session with the app's own session middleware (same cookie, same store). */
function loadSession(session: RequestHandler, req: IncomingMessage): Promise<void> {
  return new Promise((ok, fail) => {
    const res = new ServerResponse(req);
    session(req as never, res as never, (err?: unknown) => (err ? fail(err) : ok()));
  });
}

/**
 * The live channel `/api/designs/:id/live` on the app's HTTP server: origin-checked like
 * unsafe requests, authenticated by the session cookie, then every frame checked for size,
 * rate, shape and the sender's role before it reaches the room. Junk gets an error message
 * and changes nothing.
 */
export function serveLive(server: Server, deps: SocketDeps): { clients(): number; close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * LIVE_MESSAGE_MAX });
  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const match = PATH.exec(req.url ?? '');
    if (!match) return refuse(socket, 404, 'Not Found');
    if (!sameSite(req.headers.origin, req.headers.host, deps.allowedOrigins)) return refuse(socket, 403, 'Forbidden');
    try {
      await loadSession(deps.session, req);
      const session = (req as IncomingMessage & { session?: { userId?: string; guestId?: string } }).session;
      const designId = decodeURIComponent(match[1]);
      if (!PUBLIC_ID.test(designId)) return refuse(socket, 404, 'Not Found');
      // The UI's language (?lang=), which may differ from the browser's Accept-Language.
      const lang = new URL(req.url ?? '/', 'http://live').searchParams.get('lang');
      const locale = lang === 'de' || lang === 'en' ? lang : pickLocale(req.headers['accept-language']);
      const access = await authorise(
        designId,
        { userId: session?.userId, guestId: session?.guestId, roles: [] },
        locale,
      );
      if (access === 'unauthorized') return refuse(socket, 401, 'Unauthorized');
      if (access === 'forbidden') return refuse(socket, 403, 'Forbidden');
      wss.handleUpgrade(req, socket, head, (ws) => void open(ws, designId, access.person, locale));
    } catch (err) {
      deps.logger.warn({ err }, 'live upgrade failed');
      refuse(socket, 500, 'Internal Server Error');
    }
  };
  const open = async (ws: WebSocket, designId: string, person: LiveConnection['person'], locale: 'de' | 'en') => {
    const conn: LiveConnection = {
      connId: randomBytes(9).toString('base64url'),
      designId,
      person,
      locale,
      focus: null,
      send: (msg: ServerMessage) => ws.readyState === ws.OPEN && sendText(ws, msg),
      close: (code, reason) => ws.close(code, reason),
    };
    const error = (code: LiveErrorCode, message: string) => conn.send({ type: 'error', code, message });
    let tokens = BURST;
    let at = Date.now();
    const queued: RawData[] = [];
    let joined = false;
    const handle = (data: RawData) => {
      const now = Date.now();
      tokens = Math.min(BURST, tokens + ((now - at) / 1000) * PER_SECOND);
      at = now;
      if (tokens < 1) return error('rate_limited', 'Too many messages; slow down.');
      tokens -= 1;
      const raw = data.toString();
      if (Buffer.byteLength(raw) > LIVE_MESSAGE_MAX)
        return error('message_too_large', `A message may have at most ${LIVE_MESSAGE_MAX} bytes.`);
      const msg = parseMessage(raw);
      if (!msg) return error('bad_message', 'This is not a message of the live channel.');
      // The role as it is now (a removal closes the connection at once, see LiveHub.kick).
      if (msg.type === 'op' && conn.person.role === 'viewer') return error('forbidden', 'Viewers cannot edit.');
      deps.hub.message(conn, msg);
    };
    ws.on('message', (data) => (joined ? handle(data) : queued.push(data)));
    ws.on('close', () => deps.hub.leave(conn));
    ws.on('error', () => ws.terminate());
    try {
      await deps.hub.join(conn);
      joined = true;
      queued.splice(0).forEach(handle);
    } catch (err) {
      deps.logger.warn({ err, designId }, 'joining a room failed');
      ws.close(1011, 'room unavailable');
    }
  };
  const listener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void onUpgrade(req, socket, head);
  server.on('upgrade', listener);
  return {
    clients: () => wss.clients.size,
    close() {
      server.off('upgrade', listener);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
