import { afterAll, beforeAll, expect, test } from 'vitest';
import { StockBook } from '@server/catalogs/stock';
import { connectTestDb } from '@tests/setup/db';

let drop: () => Promise<void>;
beforeAll(async () => {
  drop = await connectTestDb();
});
afterAll(() => drop());

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const outOf = (book: StockBook, id: string) => [...(book.peek(id)?.outOfStock ?? [])];

test('a copy past half its time is read again in the background, never served older than the TTL', async () => {
  const ttl = 600;
  const book = new StockBook(ttl);
  const other = new StockBook(ttl);
  await book.get('c1');
  const first = book.peek('c1');
  expect(first).toBeDefined();
  // Another process changes the stock; this one still answers from its young copy.
  await other.set('c1', 'apple', false, 'merch');
  expect(outOf(book, 'c1')).toEqual([]);
  await sleep(ttl / 2 + 50);
  // Past half its time: still the old copy, and a read starts in the background…
  expect(book.peek('c1')).toBe(first);
  await sleep(100);
  // …whose answer is served from then on, before the old copy would have expired.
  expect(outOf(book, 'c1')).toEqual(['apple']);
  await sleep(ttl / 2);
  // Past the first copy's TTL: still answered from memory (the background read's copy is younger).
  expect(outOf(book, 'c1')).toEqual(['apple']);
  // Nothing read since: after a whole TTL no copy is served at all.
  const idle = new StockBook(ttl);
  await idle.get('c1');
  await sleep(ttl + 20);
  expect(idle.peek('c1')).toBeUndefined();
});
