import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { testCatalog } from '@client/testing/fixtures';
import { NEWEST_TTL_MS, useCatalogStore } from './useCatalogStore';

// The network is the boundary here: the "server" publishes version 3 while the tab is open.
let published = 2;
const requests: string[] = [];

beforeEach(() => {
  setActivePinia(createPinia());
  published = 2;
  requests.length = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url);
      return new Response(JSON.stringify({ ...testCatalog(), version: published }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('the newest version is asked for again once it may be stale: a publish reaches an open tab', async () => {
  const store = useCatalogStore();
  expect((await store.fetchLatest('muesli')).version).toBe(2);
  published = 3;
  // Within the TTL the cached answer is used (no request)…
  vi.advanceTimersByTime(NEWEST_TTL_MS - 1000);
  expect((await store.fetchLatest('muesli')).version).toBe(2);
  expect(requests).toHaveLength(1);
  // …after it, the new version is fetched and new designs start on it.
  vi.advanceTimersByTime(2000);
  expect((await store.fetchLatest('muesli')).version).toBe(3);
  expect(requests).toHaveLength(2);
});

test('showing the tab again re-checks at once', async () => {
  const store = useCatalogStore();
  expect((await store.fetchLatest('muesli')).version).toBe(2);
  published = 3;
  document.dispatchEvent(new Event('visibilitychange'));
  expect((await store.fetchLatest('muesli')).version).toBe(3);
});

test('a pinned version stays cached', async () => {
  const store = useCatalogStore();
  await store.fetchVersion('muesli', 2);
  vi.advanceTimersByTime(NEWEST_TTL_MS * 10);
  await store.fetchVersion('muesli', 2);
  expect(requests).toHaveLength(1);
});
