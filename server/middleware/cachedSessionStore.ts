import session, { type SessionData, type Store } from 'express-session';

type Callback<T = void> = (err?: unknown, value?: T) => void;

/**
 * A write-through memory cache in front of the database session store, so a signed-in
 * request does not pay a database read for its session. Only correct when this process sees
 * every write to the sessions, i.e. with one app server: `createServices` uses it only
 * without REDIS_URL (several servers). Bounded; the oldest entries go first.
 */
export class CachedSessionStore extends session.Store {
  private cache = new Map<string, SessionData>();

  constructor(
    private readonly inner: Store,
    private readonly maxEntries = 10_000,
  ) {
    super();
  }

  override get(sid: string, cb: Callback<SessionData | null>): void {
    const hit = this.cache.get(sid);
    if (hit && !expired(hit)) return cb(undefined, structuredClone(hit));
    this.cache.delete(sid);
    this.inner.get(sid, (err, data) => {
      if (!err && data) this.remember(sid, data);
      cb(err, data ?? null);
    });
  }

  // Not cached on write: what the database store returns on read carries its own bookkeeping
  // (connect-mongo's lastModified, which keeps `touch` from writing on every request).
  override set(sid: string, data: SessionData, cb?: Callback): void {
    this.cache.delete(sid);
    this.inner.set(sid, data, (err) => cb?.(err));
  }

  override destroy(sid: string, cb?: Callback): void {
    this.cache.delete(sid);
    this.inner.destroy(sid, (err) => cb?.(err));
  }

  override touch(sid: string, data: SessionData, cb?: Callback): void {
    const hit = this.cache.get(sid);
    if (hit) hit.cookie = structuredClone(data.cookie);
    if (this.inner.touch) this.inner.touch(sid, data, (err?: unknown) => cb?.(err));
    else cb?.();
  }

  private remember(sid: string, data: SessionData): void {
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(sid, structuredClone(data));
  }
}

function expired(data: SessionData): boolean {
  const expires = data.cookie?.expires;
  return !!expires && new Date(expires).getTime() <= Date.now();
}
