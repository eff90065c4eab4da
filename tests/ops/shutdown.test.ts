import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { drain, isDraining, onShutdown, resetShutdownState } from '@server/ops/shutdown';

afterEach(resetShutdownState);

/** A server whose answers take `ms`, the way a slow database write would. */
async function slowServer(ms: number): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    setTimeout(() => res.end('done'), ms);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a request in flight finishes, new connections are refused, and the hooks close live connections', async () => {
  const { server, url } = await slowServer(300);
  const closedRooms: string[] = [];
  onShutdown('codesign', async () => {
    closedRooms.push('all');
  });
  const inFlight = fetch(url).then((r) => r.text());
  await new Promise((r) => setTimeout(r, 50));
  const drained = drain(server, 5000);
  expect(isDraining()).toBe(true);
  await expect(inFlight).resolves.toBe('done');
  await expect(fetch(url)).rejects.toThrow();
  await expect(drained).resolves.toEqual({ forced: false });
  expect(closedRooms).toEqual(['all']);
});

test('after the grace period what is still open is cut', async () => {
  const { server, url } = await slowServer(60_000);
  const stuck = fetch(url).catch((e: Error) => e);
  await new Promise((r) => setTimeout(r, 50));
  await expect(drain(server, 200)).resolves.toEqual({ forced: true });
  expect(await stuck).toBeInstanceOf(Error);
});

test('an unregistered hook is not run', async () => {
  const { server } = await slowServer(1);
  let ran = false;
  const off = onShutdown('x', () => {
    ran = true;
  });
  off();
  await drain(server, 1000);
  expect(ran).toBe(false);
});
