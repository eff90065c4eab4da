import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The local PostgreSQL (user postgres, trust auth) that FerretDB's postgresql handler uses. */
export const POSTGRES = process.env.CLUSTER_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';

async function psql(sql: string): Promise<string> {
  const url = new URL(POSTGRES);
  try {
    const { stdout } = await run('psql', [
      '-h',
      url.hostname,
      '-p',
      url.port || '5432',
      '-U',
      url.username || 'postgres',
      '-d',
      'postgres',
      '-v',
      'ON_ERROR_STOP=1',
      '-tAc',
      sql,
    ]);
    return stdout.trim();
  } catch (err) {
    const e = err as { code?: string; stderr?: string; message: string };
    if (e.code === 'ENOENT') throw new Error('psql is not installed: apt-get install postgresql-client.');
    throw new Error(`PostgreSQL at ${url.host} refused "${sql}": ${(e.stderr ?? e.message).trim()}`);
  }
}

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates an empty PostgreSQL database `name` (dropping one of that name first); its URL. */
export async function freshPostgresDatabase(name: string): Promise<string> {
  if (!NAME.test(name)) throw new Error(`Use a lower-case PostgreSQL database name, not ${JSON.stringify(name)}.`);
  await psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await psql(`CREATE DATABASE ${name}`);
  return `${POSTGRES}/${name}`;
}

/** Creates database `name` unless it exists (its data is kept); its URL. */
export async function ensurePostgresDatabase(name: string): Promise<string> {
  if (!NAME.test(name)) throw new Error(`Use a lower-case PostgreSQL database name, not ${JSON.stringify(name)}.`);
  if (!(await psql(`SELECT 1 FROM pg_database WHERE datname = '${name}'`))) await psql(`CREATE DATABASE ${name}`);
  return `${POSTGRES}/${name}`;
}

/** Drops the database again (best effort: a test run must not fail on cleaning up). */
export const dropPostgresDatabase = (name: string) =>
  NAME.test(name) ? psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined) : Promise.resolve();
