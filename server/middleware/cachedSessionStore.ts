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
    if (hit && !expired(hit)) return cb(undefined, copyOf(hit));
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
    if (hit) hit.cookie = copyOf(data.cookie);
    if (this.inner.touch) this.inner.touch(sid, data, (err?: unknown) => cb?.(err));
    else cb?.();
  }

  private remember(sid: string, data: SessionData): void {
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(sid, copyOf(data));
  }
}

/**
 * A deep copy of session data as structuredClone makes it for what sessions hold (plain
 * objects, arrays, strings, numbers, Dates; an express-session Cookie becomes a plain object
 * of its own fields), in a fraction of its time: structuredClone serialises through a buffer,
 * and this runs two or three times on every request with a session.
 */
export function copyOf<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyOf((value as Record<string, unknown>)[key]);
    // An own "__proto__" stays an own field, as in structuredClone, never the copy's prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}

function expired(data: SessionData): boolean {
  // A cookie `touch` copied from express-session's Cookie keeps its expiry as `_expires` (the
  // class's own field behind its `expires` getter), as structuredClone would have copied it too.
  const cookie = data.cookie as (SessionData['cookie'] & { _expires?: Date | string }) | undefined;
  const expires = cookie?.expires ?? cookie?._expires;
  return !!expires && new Date(expires).getTime() <= Date.now();
}
