import type { Server } from 'node:http';

/** Something with live connections that must be told to close when the process stops. */
export type ShutdownHook = () => Promise<void> | void;

const hooks = new Map<string, ShutdownHook>();
let draining = false;

/**
 * Registers what to close on SIGTERM besides HTTP, e.g. the co-design WebSocket server:
 * `onShutdown('codesign', () => rooms.closeAll(1001))`. The hook should tell its clients to
 * reconnect (they then reach a live process) and resolve once they are gone. One per name.
 */
export function onShutdown(name: string, hook: ShutdownHook): () => void {
  hooks.set(name, hook);
  return () => {
    if (hooks.get(name) === hook) hooks.delete(name);
  };
}

/** True from the moment draining starts: readiness then fails, so the load balancer moves on. */
export const isDraining = () => draining;

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms).unref());

/**
 * Drains `server`: stops accepting connections, lets requests in flight finish (closing each
 * keep-alive connection as soon as it is idle), runs the registered hooks for live connections,
 * and after `graceMs` cuts whatever is still open. Resolves when all of it is closed.
 */
export async function drain(server: Server, graceMs: number): Promise<{ forced: boolean }> {
  draining = true;
  const closed = new Promise<void>((ok) => server.close(() => ok()));
  const deadline = Date.now() + graceMs;
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  const hooksDone = Promise.allSettled([...hooks.values()].map(async (hook) => hook()));
  const all = Promise.all([closed, hooksDone]).then(() => false);
  const forced = await Promise.race([all, pause(Math.max(0, deadline - Date.now())).then(() => true)]);
  clearInterval(sweep);
  if (forced) {
    server.closeAllConnections();
    await closed;
  }
  return { forced };
}

/** For tests: a fresh process state after a drain. */
export function resetShutdownState(): void {
  draining = false;
  hooks.clear();
}
