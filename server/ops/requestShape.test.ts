import type { AddressInfo } from 'node:net';
import express, { Router, type Request } from 'express';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { installLocale } from '@server/middleware/locale';
import { recordRoutes, registry, requestMetrics } from './metrics';

// The app's per-request values (route label, locale, start time) live outside the request
// object: V8 makes every property added to an Express request cost microseconds, and the rule
// checks are meant to stay close to a bare endpoint.
let base: string;
let plainBase: string;
const servers: { close(): void }[] = [];
let seen: { keys: string[]; symbols: number; locale: string } | undefined;
let bare: { keys: string[]; symbols: number } | undefined;
const shape = (req: Request) => ({ keys: Object.keys(req), symbols: Object.getOwnPropertySymbols(req).length });

beforeAll(async () => {
  const plain = express();
  plain.use(
    '/shape-test/things',
    Router().get('/:id', (req, res) => void ((bare = shape(req)), res.end())),
  );
  const app = express();
  recordRoutes(app.request);
  installLocale(app.request);
  app.use(requestMetrics);
  const things = Router();
  things.get('/:id', (req, res) => void ((seen = { ...shape(req), locale: req.locale }), res.end()));
  app.use('/shape-test/things', things);
  const listen = async (a: express.Express) => {
    const server = a.listen(0, '127.0.0.1');
    servers.push(server);
    await new Promise<void>((ok) => server.once('listening', ok));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  base = await listen(app);
  plainBase = await listen(plain);
});
afterAll(() => servers.forEach((s) => s.close()));

test('route label and locale come without a property added to the request', async () => {
  await fetch(`${base}/shape-test/things/7`, { headers: { 'accept-language': 'en-GB,en;q=0.9,de;q=0.5' } });
  await fetch(`${plainBase}/shape-test/things/7`);
  expect(seen?.locale).toBe('en');
  // The same own properties as a plain Express app's request (which Express and its router add).
  expect(seen?.keys.filter((k) => !bare?.keys.includes(k))).toEqual([]);
  expect(seen?.symbols).toBe(bare?.symbols);
  // Finished answers are counted under the nested route's whole pattern.
  await new Promise((ok) => setTimeout(ok, 20));
  const counted = await registry.getSingleMetricAsString('prosumer_http_requests_total');
  expect(counted).toMatch(/method="GET",route="\/shape-test\/things\/:id",status="200"\} 1/);
});
