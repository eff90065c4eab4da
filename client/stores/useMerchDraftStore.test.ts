import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Catalog } from '@shared/catalog/types';
import { testCatalog } from '@client/testing/fixtures';
import { useMerchDraftStore } from './useMerchDraftStore';

// Autosave is a timer; it never fires here, so this is the store alone.
beforeEach(() => {
  setActivePinia(createPinia());
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const priceOf = (store: ReturnType<typeof useMerchDraftStore>, i: number) =>
  (store.draft as unknown as Catalog).options[i]!.priceCents;

test('undo and redo walk one step at a time, both ways, and a new edit clears redo', () => {
  const store = useMerchDraftStore();
  const catalog = testCatalog();
  store.adopt({ draft: catalog as unknown as Record<string, unknown>, revision: 1, errors: [] });
  const original = priceOf(store, 0);
  store.apply([{ op: 'replace', path: '/options/0/priceCents', value: 111 }]);
  store.apply([
    { op: 'replace', path: '/options/0/priceCents', value: 222 },
    { op: 'replace', path: '/options/1/priceCents', value: 333 },
  ]);
  store.undo();
  expect([priceOf(store, 0), store.undoStack.length, store.redoStack.length]).toEqual([111, 1, 1]);
  store.undo();
  expect(priceOf(store, 0)).toBe(original);
  store.redo();
  expect(priceOf(store, 0)).toBe(111);
  store.redo();
  expect([priceOf(store, 0), priceOf(store, 1)]).toEqual([222, 333]);
  expect(store.redoStack).toHaveLength(0);
  store.undo();
  store.apply([{ op: 'replace', path: '/options/0/priceCents', value: 5 }]);
  expect(store.redoStack).toHaveLength(0);
  expect(store.pending.length).toBeGreaterThan(0);
});
