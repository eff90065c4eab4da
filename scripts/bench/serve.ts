/**
 * The benchmark's server process: the real app and, beside it on the same database, the
 * baselines (a bare Express JSON endpoint and a plain mongoose insert). Prints one JSON line
 * with the ports, then serves until killed.
 */
import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@server/app';
import { loadCatalogFiles } from '@server/catalogs/loadCatalogFiles';
import { loadConfig } from '@server/config';
import { connectDatabase } from '@server/db/connect';
import { DesignModel } from '@server/models/Design';
import { createLogger, createServices } from '@server/services';

const dataDir = mkdtempSync(join(tmpdir(), 'prosumer-bench-'));
const huge = String(1e9);
const env = {
  NODE_ENV: 'test',
  DATA_DIR: dataDir,
  SESSION_SECRET: 'bench',
  RATE_LIMIT_WRITE: huge,
  RATE_LIMIT_CHECK: huge,
  RATE_LIMIT_GUIDANCE: huge,
  RATE_LIMIT_LOGIN: huge,
  RATE_LIMIT_REGISTER: huge,
  // The design index's background refresh reads every design the rounds saved: a job, not a
  // request's cost, that would land in whichever round happens to run then.
  // (A day: timers longer than 2^31 ms fire at once.)
  SUGGESTIONS_REFRESH_SECONDS: '86400',
  SUGGESTIONS_REBUILD_SECONDS: '86400',
};
const config = loadConfig(env);
const db = await connectDatabase({ mongoUri: process.env.MONGODB_URI, dataDir, autoIndex: true });
const services = await createServices(config, loadCatalogFiles(), createLogger(config));
const app = createApp({ ...services, clientDir: '/nonexistent' });

/**
 * What POST …/validate answers for the bench's draft (the same bytes): the bare endpoint sends an
 * answer as large as the app's, serialised by `res.json` as a minimal Express app would.
 */
const VALIDATE_ANSWER = {
  valid: true,
  errors: [],
  totals: {
    priceCents: 509,
    weightGrams: 180,
    nutritionPer100g: {
      energyKj: 1791,
      energyKcal: 428,
      fat: 20.5,
      saturates: 4.3,
      carbohydrate: 44.5,
      sugars: 17.8,
      fibre: 10.1,
      protein: 11.5,
      salt: 0,
    },
    allergens: ['gluten', 'soybeans', 'nuts', 'sulphites'],
    commonTags: ['vegan'],
    units: 6,
  },
};

const bare = express();
bare.post('/bare/json', express.json(), (req, res) => {
  res.json({ ...VALIDATE_ANSWER, valid: Array.isArray(req.body?.selections) });
});
// The same document the app stores, inserted without any checking, and answered as a minimal
// Express app answers a created document (mongoose's toJSON, as the app answers the stored design).
bare.post('/bare/insert', express.json(), async (req, res) => {
  const doc = await DesignModel.create({
    ...req.body,
    catalogVersion: 1,
    totals: { priceCents: 0, weightGrams: 0, allergens: [], commonTags: [], units: 0 },
    ownerGuestId: 'bench',
  });
  res.status(201).json(doc);
});

// The process's CPU time so far (user + system, µs): the CPU-per-request bench takes deltas.
bare.get('/bare/cpu', (_req, res) => {
  const { user, system } = process.cpuUsage();
  res.json({ user, system });
});

const servers: Server[] = [];
const listen = (a: express.Express) =>
  new Promise<number>((ok) => {
    const s = a.listen(0, '127.0.0.1', () => ok((s.address() as AddressInfo).port));
    servers.push(s);
  });
const ports = { app: await listen(app), bare: await listen(bare) };
console.log(JSON.stringify(ports));
process.on('SIGTERM', async () => {
  // Requests cut off by the shutdown may still reject; they no longer matter.
  process.on('unhandledRejection', () => undefined);
  for (const s of servers) s.closeAllConnections();
  // Stop the database without closing the driver: in-flight operations would report the close.
  await db.embedded?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
