import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiInput } from './apiInput';

let base: string;
let close: () => void;
beforeAll(async () => {
  const app = express();
  const ok: RequestHandler = (_req, _res, next) => next();
  const rejects: RequestHandler = async () => {
    throw new Error('the store is down');
  };
  const throws: RequestHandler = () => {
    throw new Error('thrown');
  };
  app.get('/rejects', apiInput(ok, rejects, ok), (_req, res) => res.send('unreachable'));
  app.get('/throws', apiInput(ok, throws), (_req, res) => res.send('unreachable'));
  app.get(
    '/passes',
    apiInput(ok, async (_req, _res, next) => next(), ok),
    (_req, res) => res.send('done'),
  );
  const onError: ErrorRequestHandler = (err: Error, _req, res, _next) => res.status(500).send(err.message);
  app.use(onError);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ok2) => server.once('listening', ok2));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const get = async (path: string) => {
  // Without the promise handling the request would hang: the abort turns that into a failure.
  const res = await fetch(base + path, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, text: await res.text() };
};

test('an async step that rejects reaches the error handler', async () => {
  expect(await get('/rejects')).toEqual({ status: 500, text: 'the store is down' });
});

test('a step that throws reaches the error handler; an async step that calls next passes', async () => {
  expect(await get('/throws')).toEqual({ status: 500, text: 'thrown' });
  expect(await get('/passes')).toEqual({ status: 200, text: 'done' });
});
