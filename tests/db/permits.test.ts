/**
 * Write permits in time segments (server/db/permits.ts): one writer per permit, also across a
 * segment's start; a segment goes with one drop once nobody writes to it, and only after the
 * live entries in it were folded.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  dropOldSegments,
  findPermit,
  findPermits,
  insertPermit,
  insertPermits,
  marginMs,
  permitKeepMs,
  setPermitKeep,
} from '@server/db/permits';
import { connectTestDb } from '@tests/setup/db';

let drop: () => Promise<void>;
const SEGMENT = 1000;
beforeAll(async () => {
  drop = await connectTestDb();
  setPermitKeep(SEGMENT);
});
afterAll(() => drop());

/**
 * The start of a segment well in the past (so the real clock's segments never mix in), from one
 * base for the whole file: a base read at each call moved by a segment whenever the clock passed
 * a second between two calls of one test.
 */
const BASE = Math.floor(Date.now() / SEGMENT) - 1000;
const start = (k: number) => (BASE + k) * SEGMENT;
const at = new Date();

test('exactly one of many writers of one permit gets it', async () => {
  const now = start(0) + 500;
  const results = await Promise.all(Array.from({ length: 12 }, () => insertPermit({ _id: 'one:1', at }, now)));
  expect(results.filter(Boolean)).toHaveLength(1);
  expect(await insertPermit({ _id: 'one:1', at }, now + 400)).toBe(false);
});

test('two writers less than a segment apart always meet, also across a segment’s start', async () => {
  expect(marginMs()).toBe(permitKeepMs());
  expect(await insertPermit({ _id: 'edge:1', at }, start(1) - 30)).toBe(true);
  // 60 ms later, in the next segment: it also inserts into the segment before.
  expect(await insertPermit({ _id: 'edge:1', at }, start(1) + 30)).toBe(false);
  // Almost a segment apart, the later one first.
  expect(await insertPermit({ _id: 'edge:2', at }, start(3) + 900)).toBe(true);
  expect(await insertPermit({ _id: 'edge:2', at }, start(2) + 950)).toBe(false);
  expect(await insertPermit({ _id: 'edge:3', at }, start(4) + 100)).toBe(true);
  expect(await insertPermit({ _id: 'edge:3', at }, start(5) + 50)).toBe(false);
  expect(await findPermit('edge:1')).toMatchObject({ _id: 'edge:1' });
});

test('a narrow entry (its own segment only) meets every wide writer less than a segment away', async () => {
  // Narrow first, then a wide writer just before or after, across a segment's start.
  for (const [k, narrowAt, wideAt] of [
    [1, start(31) + 20, start(30) + 980],
    [2, start(31) + 980, start(32) + 20],
    [3, start(33) + 500, start(33) + 10],
  ] as const) {
    expect([...(await insertPermits([{ _id: `narrow:${k}`, at, live: '{}' }], narrowAt))]).toEqual([]);
    expect(await insertPermit({ _id: `narrow:${k}`, at }, wideAt)).toBe(false);
  }
  // Wide first, then narrow entries within a segment on either side.
  expect(await insertPermit({ _id: 'narrow:4', at }, start(35) + 500)).toBe(true);
  for (const t of [start(34) + 600, start(35) + 10, start(36) + 400])
    expect([...(await insertPermits([{ _id: 'narrow:4', at, live: '{}' }], t))]).toEqual([0]);
});

test('a batch of entries: only those someone else holds are refused', async () => {
  await insertPermit({ _id: 'batch:2', at }, start(3) + 500);
  const refused = await insertPermits(
    [1, 2, 3].map((r) => ({ _id: `batch:${r}`, at, live: JSON.stringify({ r }) })),
    start(3) + 600,
  );
  expect([...refused]).toEqual([1]);
  const found = await findPermits('batch:', 'batch;');
  expect(found.map((p) => p._id).sort()).toEqual(['batch:1', 'batch:2', 'batch:3']);
  expect(found.find((p) => p._id === 'batch:3')?.live).toBe('{"r":3}');
});

test('a segment is dropped once nobody writes to it, after its live entries were folded', async () => {
  await insertPermit({ _id: 'old:1', at }, start(10) + 500);
  await insertPermits([{ _id: 'old:2', at, live: '{}' }], start(10) + 600);
  await insertPermit({ _id: 'young:1', at }, start(12) + 500);
  // In segment 12 writers still insert into 11, and a writer may still meet the permits of 10.
  await dropOldSegments(async () => true, start(12) + 900);
  expect(await findPermit('old:1')).not.toBeNull();
  // In segment 13 the permits in 10 and 11 can go; their live entries go to the fold first,
  // and while that fails, they stay.
  // They are found by the list of keys beside the segment, and looked up in it.
  const asked: string[][] = [];
  const seen: boolean[] = [];
  await dropOldSegments(
    async (keys, inSegment) => {
      asked.push(keys);
      seen.push(await inSegment('old:2'), await inSegment('young:1'));
      return false;
    },
    start(13) + 100,
  );
  expect(asked.at(-1)).toEqual(['old']);
  expect(seen).toEqual([true, false]);
  expect(await findPermit('old:1')).not.toBeNull();
  await dropOldSegments(async () => true, start(13) + 100);
  await dropOldSegments(async () => true, start(14) + 100);
  expect(await findPermit('old:1')).toBeNull();
  expect(await findPermit('old:2')).toBeNull();
  expect(await findPermit('young:1')).not.toBeNull();
});

test('a writer refused in its own segment takes back its copy in the one before: readers see the winner', async () => {
  // A at the end of segment 20 takes 20 (and 19); B, early in 21, took 21's part first: B wrote
  // 20 before A got there, so A is refused in 20 after writing 19.
  const a = { _id: 'merge:1', at, live: '"A"' };
  const b = { _id: 'merge:1', at, live: '"B"' };
  expect(await insertPermit(b, start(21) + 100)).toBe(true); // into 20 and 21
  expect(await insertPermit(a, start(20) + 950)).toBe(false); // 19 taken, refused in 20
  expect((await findPermits('merge:', 'merge;')).map((p) => p.live)).toEqual(['"B"']);
  expect((await findPermit('merge:1'))?.live).toBe('"B"');
  // A batch's wide entry refused the same way takes its copies back too; what the batch won stays.
  expect(await insertPermit({ ...b, _id: 'merge:2' }, start(21) + 100)).toBe(true);
  const refused = await insertPermits(
    [
      { ...a, _id: 'merge:2' },
      { ...a, _id: 'merge:3' },
    ],
    start(20) + 950,
    new Set([0]),
  );
  expect([...refused]).toEqual([0]);
  const found = await findPermits('merge:', 'merge;');
  expect(Object.fromEntries(found.map((p) => [p._id, p.live]))).toEqual({
    'merge:1': '"B"',
    'merge:2': '"B"',
    'merge:3': '"A"',
  });
  // Nothing of the refused writer is left in the segment before.
  const { default: mongoose } = await import('mongoose');
  const left = await mongoose.connection
    .collection(`permits_${Math.floor(start(19) / SEGMENT)}`)
    .find({ _id: { $in: ['merge:1', 'merge:2'] } as never })
    .toArray();
  expect(left).toEqual([]);
});
