import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '@server/app';
import { loadCatalogFiles } from '@server/catalogs/loadCatalogFiles';
import { loadConfig } from '@server/config';
import { createLogger, createServices } from '@server/services';
import { connectTestDb } from '@tests/setup/db';
import { Client } from '@tests/setup/http';
import { PASSWORD, sessionCookieOf, uniqueEmail } from './helpers';

/** Everything the app logs, at the most talkative level, through the real createLogger. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});

let server: Server;
let base: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  const dropDb = await connectTestDb();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'trace',
    DATA_DIR: resolve(import.meta.dirname, '../../data/test'),
    SESSION_SECRET: 'test-secret',
    ADMIN_EMAIL: 'logadmin@example.org',
    ADMIN_PASSWORD: 'admin secret 12345',
  });
  const services = await createServices(config, loadCatalogFiles(), createLogger(config, sink));
  server = createApp({ ...services, clientDir: '/nonexistent' }).listen(0, '127.0.0.1');
  await new Promise<void>((ok) => server.once('listening', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = async () => {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    await services.rateLimits.close();
    await dropDb();
  };
});
afterAll(() => stop());

test('logs never contain passwords, password hashes, cookies or tokens', async () => {
  const secret = 'Sup3r-Secret-Passphrase';
  const c = new Client(base);
  const email = uniqueEmail('logged');
  const reg = await c.post('/api/auth/register', { email, password: secret, displayName: 'Log' });
  expect(reg.status).toBe(201);
  const cookie = sessionCookieOf(reg)!.split('=')[1];
  await c.get('/api/auth/me', { authorization: 'Bearer secret-token-123' });
  await c.post('/api/auth/logout');
  await new Client(base).post('/api/auth/login', { email, password: 'Wrong-Passphrase-99' });
  await new Client(base).post('/api/auth/login', { email, password: secret });
  await new Client(base).post('/api/auth/login', { email: 'logadmin@example.org', password: 'admin secret 12345' });
  await new Client(base).post('/api/auth/register', {
    email: uniqueEmail(),
    password: PASSWORD,
    displayName: 'x',
    roles: ['admin'],
  });
  await new Promise((ok) => setTimeout(ok, 50));

  const log = lines.join('');
  expect(lines.length).toBeGreaterThan(5); // the requests were logged …
  expect(log).toContain('/api/auth/login');
  for (const leak of [
    secret,
    'Wrong-Passphrase-99',
    'admin secret 12345',
    PASSWORD,
    decodeURIComponent(cookie),
    cookie,
    'secret-token-123',
    '$argon2',
  ]) {
    expect(log, `log contains ${leak}`).not.toContain(leak);
  }
  expect(log).not.toMatch(/prosumer\.sid=/);
});

test('the logger redacts secrets even when code logs a whole request or body by mistake', () => {
  const out: string[] = [];
  const logger = createLogger(
    { logLevel: 'info' },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        out.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  logger.info(
    {
      password: 'LEAK-p1',
      passwordHash: 'LEAK-h1',
      body: { password: 'LEAK-p2' },
      token: 'LEAK-t1',
      headers: { cookie: 'LEAK-c1' },
    },
    'oops',
  );
  logger.info(
    {
      req: { headers: { cookie: 'LEAK-c2', authorization: 'Bearer LEAK-t2' }, body: { password: 'LEAK-p3' } },
      res: { headers: { 'set-cookie': 'LEAK-c3' } },
    },
    'oops',
  );
  const log = out.join('');
  expect(log).toContain('[Redacted]');
  expect(log).toContain('oops');
  expect(log).not.toContain('LEAK');
});
