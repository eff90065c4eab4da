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
