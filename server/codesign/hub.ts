import type { Server } from 'node:http';
import type { ClientMessage } from '@shared/codesign/protocol';
import type { Peer } from './room';

/** One open live connection, as the socket layer hands it to a hub. */
export interface LiveConnection extends Peer {
  designId: string;
  close(code: number, reason: string): void;
}

/**
 * Where rooms live: in this process (LocalHub) or, with REDIS_URL and several app processes,
 * one owner process per room (RedisHub). Routes and the socket layer only see this.
 */
export interface LiveHub {
  /** Serves the live channel on the app's own HTTP server. */
  attach(server: Server): void;
  join(conn: LiveConnection): Promise<void>;
  leave(conn: LiveConnection): void;
  /** A message already checked for shape and for the sender's role. */
  message(conn: LiveConnection, msg: ClientMessage): void;
  /** Ids of the people in the design's room now (`owner` or a member's public id). */
  online(designId: string): Promise<Set<string>>;
  /** Closes a removed person's connections at once (`*`: everyone's, the design is gone). */
  kick(designId: string, personId: string): Promise<void>;
  /** The design was saved another way (a PATCH): the room reloads it. */
  changed(designId: string): Promise<void>;
  close(): Promise<void>;
}
