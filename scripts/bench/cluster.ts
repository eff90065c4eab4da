import mongoose from 'mongoose';
import type { Catalog } from '@shared/catalog/types';
import { startCluster, type Cluster } from '@scripts/cluster/launch';
import { mixedOps, runMix, Session, type Answer } from './clusterWorkload';
import { runLive } from './clusterLive';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SESSIONS = 24;
/** Co-design rooms running beside the HTTP mix (3 clients each, 2 operations a second per client). */
const LIVE_ROOMS = Number(process.env.BENCH_LIVE_ROOMS ?? 20);
const ADMIN = { email: 'bench-admin@prosumer.test', password: 'bench admin password' };
const off = '0';

async function ok(res: Promise<Answer>, what: string): Promise<Answer> {
  const r = await res;
  if (r.status >= 300) throw new Error(`${what} answered ${r.status}: ${JSON.stringify(r.json)}`);
  return r;
}

const register = async (base: string, name: string) => {
  const s = new Session();
  const body = { email: `${name}.${Date.now()}@example.org`, password: 'bench password 123', displayName: name };
  const id = ((await ok(s.send(base, 'POST', '/api/auth/register', body), 'register')).json as { id: string }).id;
  return { s, id };
};

/** Signed-up sessions, and public designs (saved, submitted, approved) to vote on. */
async function prepare(base: string) {
  const sessions = (await Promise.all(Array.from({ length: SESSIONS }, (_, i) => register(base, `bench${i}`)))).map(
    (r) => r.s,
  );
  const admin = new Session();
  await ok(admin.send(base, 'POST', '/api/auth/login', ADMIN), 'admin login');
  const catalog = (await ok(new Session().send(base, 'GET', '/api/catalogs/muesli'), 'catalog')).json as Catalog;
  const owner = (await register(base, 'owner')).s;
  const mod = await register(base, 'mod');
  await ok(admin.send(base, 'PATCH', `/api/admin/users/${mod.id}`, { roles: ['moderator'] }), 'grant');
  const save = mixedOps(catalog, []).find((o) => o.name === 'save')!;
  const publicIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const id = ((await ok(save.run(owner, base, i), 'save')).json as { id: string }).id;
    await ok(owner.send(base, 'POST', `/api/designs/${id}/submit`), 'submit');
    await ok(mod.s.send(base, 'POST', `/api/moderation/designs/${id}/approve`), 'approve');
    publicIds.push(id);
  }
  return { sessions, catalog, publicIds };
}

/** Saves under load while one process is SIGKILLed; then every acknowledged save is looked up. */
async function killTest(cluster: Cluster, sessions: Session[], catalog: Catalog) {
  const acked = new Set<string>();
  const save = mixedOps(catalog, []).filter((o) => o.name === 'save');
  const victim = cluster.apps[1]!;
  const kill = setTimeout(() => victim.child.kill('SIGKILL'), (SECONDS * 1000) / 2);
  const figures = await runMix({
    // The clients learn of the death only by failing: until then they still aim at all three.
    targets: () => cluster.urls,
    sessions,
    ops: save,
    seconds: SECONDS,
    retries: 3,
    onAck: (_op, json) => acked.add((json as { id: string }).id),
  });
  clearTimeout(kill);
  await mongoose.connect(cluster.mongoUri);
  const found = await mongoose.connection
    .db!.collection('designs')
    .find({ _id: { $in: [...acked] as never[] } }, { projection: { _id: 1 } })
    .toArray();
  await mongoose.disconnect();
  return { ...figures, acknowledged: acked.size, lost: acked.size - found.length };
}

/** `npm run bench -- cluster`: the mix against 1 and 3 app processes, then the kill test. */
export async function benchCluster() {
  const cluster = await startCluster({
    processes: 3,
    basePort: 3860,
    database: `prosumer_bench_${process.pid}`,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      REDIS_PREFIX: `bench${process.pid}:`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_REGISTER: off,
      RATE_LIMIT_LOGIN: off,
      RATE_LIMIT_WRITE: off,
      RATE_LIMIT_CHECK: off,
      RATE_LIMIT_GUIDANCE: off,
    },
  });
  try {
    const { sessions, catalog, publicIds } = await prepare(cluster.urls[0]!);
    const ops = mixedOps(catalog, publicIds);
    const base = cluster.urls[0]!;
    const mixOn = (targets: () => string[]) =>
      runLive({
        base,
        catalog,
        rooms: LIVE_ROOMS,
        seconds: SECONDS,
        targets,
        during: () => runMix({ targets, sessions, ops, seconds: SECONDS }),
      });
    const one = await mixOn(() => cluster.urls.slice(0, 1));
    const three = await mixOn(() => cluster.urls);
    // The kill: saves over HTTP and co-design rooms (some owned by the victim) at once.
    const kill = await runLive({
      base,
      catalog,
      rooms: LIVE_ROOMS,
      seconds: SECONDS,
      targets: () => cluster.urls,
      during: () => killTest(cluster, sessions, catalog),
    });
    return {
      name:
        `cluster: mixed workload (guidance, validate, gallery, saves, votes) from ${SESSIONS} sessions ` +
        `and ${LIVE_ROOMS} co-design rooms × 3 clients, ${SECONDS} s each`,
      figures: {
        '1 process: HTTP': one.during!,
        '1 process: co-design': one.live,
        '3 processes: HTTP': three.during!,
        '3 processes: co-design': three.live,
        'HTTP throughput 3 / 1': Number((three.during!.perSecond / Math.max(1, one.during!.perSecond)).toFixed(2)),
        'saves while one of 3 is SIGKILLed': kill.during!,
        'co-design while one of 3 is SIGKILLed': kill.live,
      },
    };
  } finally {
    await cluster.stop();
  }
}
