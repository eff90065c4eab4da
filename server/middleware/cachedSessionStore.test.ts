import session, { type SessionData } from 'express-session';
import { describe, expect, test } from 'vitest';
import { CachedSessionStore, copyOf } from './cachedSessionStore';

const call = <T>(fn: (cb: (err?: unknown, v?: T) => void) => void) =>
  new Promise<T | undefined>((ok, fail) => fn((err, v) => (err ? fail(err) : ok(v))));

const data = (userId: string, expiresInMs = 60_000) =>
  ({
    cookie: { originalMaxAge: expiresInMs, expires: new Date(Date.now() + expiresInMs) },
    userId,
  }) as unknown as SessionData;

describe('CachedSessionStore', () => {
  test('serves a stored session from memory after the first read, as a copy', async () => {
    const inner = new session.MemoryStore();
    const store = new CachedSessionStore(inner);
    await call((cb) => store.set('a', data('u1'), cb));
    const first = await call<SessionData | null>((cb) => store.get('a', cb));
    // Change the database copy behind the cache's back: the cache answers, proving it was used.
    await call((cb) => inner.set('a', data('u2'), cb));
    expect(first?.userId).toBe('u1');
    first!.userId = 'mutated';
    expect((await call<SessionData | null>((cb) => store.get('a', cb)))?.userId).toBe('u1');
  });

  test('a destroyed session is gone at once', async () => {
    const store = new CachedSessionStore(new session.MemoryStore());
    await call((cb) => store.set('a', data('u1'), cb));
    await call((cb) => store.destroy('a', cb));
    expect(await call((cb) => store.get('a', cb))).toBeNull();
  });

  test('an expired session is not served from memory', async () => {
    const inner = new session.MemoryStore();
    const store = new CachedSessionStore(inner);
    await call((cb) => store.set('a', data('u1', -1000), cb));
    expect(await call((cb) => store.get('a', cb))).toBeFalsy();
  });

  test('keeps at most maxEntries sessions in memory', async () => {
    const inner = new session.MemoryStore();
    const store = new CachedSessionStore(inner, 2);
    for (const id of ['a', 'b', 'c']) {
      await call((cb) => store.set(id, data(id), cb));
      await call((cb) => store.get(id, cb));
    }
    await call((cb) => inner.set('a', data('from-db'), cb));
    expect((await call<SessionData | null>((cb) => store.get('a', cb)))?.userId).toBe('from-db');
  });
});

describe('copyOf', () => {
  test('copies session data as structuredClone does', () => {
    class Cookie {
      _expires = new Date(Date.now() + 1000);
      originalMaxAge = 1000;
      httpOnly = true;
      get expires() {
        return this._expires;
      }
    }
    const value = {
      cookie: new Cookie(),
      userId: 'u1',
      lastModified: new Date(),
      list: [1, 'a', { b: null }],
      nested: { deep: { deeper: true } },
      none: undefined,
      ...JSON.parse('{"__proto__": {"polluted": true}}'),
    };
    const copy = copyOf(value);
    expect(copy).toStrictEqual(structuredClone(value));
    expect(copy.lastModified).not.toBe(value.lastModified);
    expect(copy.lastModified.getTime()).toBe(value.lastModified.getTime());
    expect(copy.nested.deep).not.toBe(value.nested.deep);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

test('a session touched with an express-session Cookie and expired since is not served from memory', async () => {
  const inner = new session.MemoryStore();
  const store = new CachedSessionStore(inner);
  await call((cb) => store.set('a', data('u1'), cb));
  await call((cb) => store.get('a', cb));
  // What express-session passes to touch: its Cookie, whose expiry is the `_expires` field.
  // (Its constructor takes options at run time; the types declare none.)
  const Cookie = session.Cookie as unknown as new (options: { maxAge: number }) => session.Cookie;
  const cookie = new Cookie({ maxAge: 60_000 });
  cookie.expires = new Date(Date.now() - 1000);
  await call((cb) => store.touch('a', { ...data('u1'), cookie } as SessionData, cb));
  // The database copy is gone too (expired there as well): memory must not answer for it.
  await call((cb) => inner.destroy('a', cb));
  expect(await call((cb) => store.get('a', cb))).toBeFalsy();
});
