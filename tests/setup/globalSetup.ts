import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFerretDb } from '@server/db/ferretdb';
import { buildTestClient, runNeedsClient } from './buildClient';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

/**
 * One real FerretDB for the whole node test run, on a free port with a temporary data
 * folder; each test file uses its own database name (see `tests/setup/db.ts`).
 * With MONGODB_URI set, the tests use that server instead. When the run has browser tests,
 * the client is built here, once, before any test file starts (one build per run: parallel
 * files never empty the folder another one serves from).
 */
export default async function setup(project: TestProject) {
  if (runNeedsClient()) await buildTestClient();
  if (process.env.MONGODB_URI) {
    project.provide('mongoUri', process.env.MONGODB_URI);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'prosumer-test-'));
  const db = await startFerretDb({ dataDir });
  project.provide('mongoUri', db.uri);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
