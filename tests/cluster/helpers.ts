import { startCluster, type Cluster } from '@scripts/cluster/launch';
import { Client } from '@tests/setup/http';
import { ADMIN, PASSWORD, type Person } from '@tests/moderation-workflow/helpers';

export const PROCESSES = 3;
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Three app processes on one FerretDB-on-PostgreSQL and Redis, rate limits off, an admin account. */
export function startTestCluster(name: string, basePort: number): Promise<Cluster> {
  const database = `prosumer_${name}_${process.pid}`;
  return startCluster({
    processes: PROCESSES,
    basePort,
    database,
    redisUrl: REDIS,
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      REDIS_PREFIX: `${database}:`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_REGISTER: '0',
      RATE_LIMIT_LOGIN: '0',
      RATE_LIMIT_WRITE: '0',
      RATE_LIMIT_CHECK: '0',
      RATE_LIMIT_INVITE: '0',
    },
  });
}

let counter = 0;

/** A browser session signed up on process `first`; `client.at(url)` sends it to another one. */
export async function person(urls: string[], name: string, first = counter): Promise<Person> {
  const client = new Client(urls[first % urls.length]!);
  const email = `${name.toLowerCase()}.${Date.now().toString(36)}.${counter++}@example.org`;
  const res = await client.post('/api/auth/register', { email, password: PASSWORD, displayName: name });
  if (res.status !== 201) throw new Error(`register answered ${res.status}: ${res.text}`);
  return { client, id: res.json.id, email, name };
}

/** The admin, signed in, spread over the processes. */
export async function clusterAdmin(urls: string[], first = 0): Promise<Client> {
  const client = new Client(urls[first % urls.length]!);
  const res = await client.post('/api/auth/login', ADMIN);
  if (res.status !== 200) throw new Error(`admin login answered ${res.status}: ${res.text}`);
  return client;
}

/** A new person with `role` granted by the admin. */
export async function staff(urls: string[], name: string, role: 'moderator' | 'merchandiser', first?: number) {
  const p = await person(urls, name, first);
  const res = await (await clusterAdmin(urls)).patch(`/api/admin/users/${p.id}`, { roles: [role] });
  if (res.status !== 200) throw new Error(`granting ${role} answered ${res.status}: ${res.text}`);
  return p;
}

export const statuses = (results: { status: number }[]) => results.map((r) => r.status).sort();
