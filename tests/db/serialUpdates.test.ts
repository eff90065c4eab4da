import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectTestDb } from '@tests/setup/db';

// Without server/db/serialUpdates.ts, FerretDB 1.24 loses one of two concurrent updates of a
// document (it writes whole documents back without re-checking): this test then fails.
const Counter = mongoose.model('RaceCounter', new mongoose.Schema({ a: Number, b: Number, n: Number }));

let drop: () => Promise<void>;
beforeAll(async () => {
  drop = await connectTestDb();
});
afterAll(() => drop());

test('concurrent updates of one document all land', async () => {
  for (let round = 0; round < 10; round++) {
    const doc = await Counter.create({ a: 0, b: 0, n: 0 });
    await Promise.all([
      Counter.updateOne({ _id: doc._id }, { $set: { a: 1 } }),
      Counter.findOneAndUpdate({ _id: doc._id }, { $set: { b: 1 } }),
      ...Array.from({ length: 6 }, () => Counter.updateOne({ _id: doc._id }, { $inc: { n: 1 } })),
    ]);
    expect(await Counter.findById(doc._id).lean()).toMatchObject({ a: 1, b: 1, n: 6 });
  }
});

test('a failed update does not block the ones after it', async () => {
  const doc = await Counter.create({ a: 0, b: 0, n: 0 });
  const bad = Counter.updateOne({ _id: doc._id }, { $set: { a: 'not a number' } });
  await expect(bad).rejects.toThrow();
  await Counter.updateOne({ _id: doc._id }, { $inc: { n: 1 } });
  expect((await Counter.findById(doc._id).lean())?.n).toBe(1);
});

test('updates of different documents do not wait on each other; one without _id waits for all', async () => {
  const { serialUpdate } = await import('@server/db/serialUpdates');
  let releaseA!: () => void;
  const order: string[] = [];
  const a = serialUpdate('race', { _id: 'a' }, () =>
    new Promise<void>((ok) => (releaseA = ok)).then(() => order.push('a')),
  );
  // b names another document: it runs although a is still open.
  await serialUpdate('race', { _id: 'b' }, async () => order.push('b'));
  expect(order).toEqual(['b']);
  // An update without _id may touch a: it waits for it, and so does a later update of b.
  const wide = serialUpdate('race', { name: 'x' }, async () => order.push('wide'));
  const b2 = serialUpdate('race', { _id: 'b' }, async () => order.push('b2'));
  releaseA();
  await Promise.all([a, wide, b2]);
  expect(order).toEqual(['b', 'a', 'wide', 'b2']);
});
