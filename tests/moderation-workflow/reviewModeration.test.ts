import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanupLoginThrottles } from '@server/auth/cleanupLoginThrottles';
import { LoginFailureModel } from '@server/models/LoginFailure';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import { moderator, published, shopper, startWorkflowServer, type Person } from './helpers';

let server: TestServer;
let mod: Person;
let owner: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  mod = await moderator(server.url, 'Mona');
  owner = await shopper(server.url, 'Olga');
});
afterAll(() => server.stop());

/** A public design with one review by a fresh shopper; ids and the reviewer. */
async function reviewed(text: string, rating = 2) {
  const designId = await published(server.url, owner, mod);
  const reviewer = await shopper(server.url, 'Rex');
  const res = await reviewer.client.post(`/api/designs/${designId}/reviews`, { rating, text });
  expect(res.status).toBe(201);
  return { designId, reviewId: res.json.id as string, reviewer };
}
const queue = async () => (await mod.client.get('/api/moderation/reviews')).json.items as { review: { id: string } }[];
const inQueue = async (id: string) => (await queue()).some((i) => i.review.id === id);
const audit = async () =>
  (await mod.client.get('/api/moderation/audit')).json.items as { action: string; reason: string }[];

describe('reviews: report, moderate, delete', () => {
  test('a shopper reports a review; moderators see it with the reason and remove it (audited, rating recounted)', async () => {
    const { designId, reviewId, reviewer } = await reviewed('Schmeckt nach Pappe');
    const reporter = await shopper(server.url, 'Pia');
    const report = (who: Person, body: unknown = { reason: 'Beleidigend' }) =>
      who.client.post(`/api/designs/${designId}/reviews/${reviewId}/report`, body);
    expect((await report(reporter)).status).toBe(201);
    expect((await report(reporter)).status).toBe(409);
    expect((await report(reviewer)).status).toBe(403);
    expect((await report(reporter, {})).status).toBe(400);
    expect(
      (await new Client(server.url).post(`/api/designs/${designId}/reviews/${reviewId}/report`, { reason: 'x' }))
        .status,
    ).toBe(401);
    expect(
      (await reporter.client.post(`/api/designs/${designId}/reviews/000000000000000000000000/report`, { reason: 'x' }))
        .status,
    ).toBe(404);

    const item = (await mod.client.get('/api/moderation/reviews')).json.items.find(
      (i: { review: { id: string } }) => i.review.id === reviewId,
    );
    expect(item).toMatchObject({
      design: { id: designId },
      reports: [{ reason: 'Beleidigend' }],
      text: { text: 'Schmeckt nach Pappe' },
    });
    expect(JSON.stringify(item)).not.toContain(reporter.id);

    expect((await reporter.client.get('/api/moderation/reviews')).status).toBe(403);
    expect((await mod.client.post(`/api/moderation/reviews/${reviewId}/remove`, {})).status).toBe(400);
    expect(
      (await mod.client.post(`/api/moderation/reviews/${reviewId}/remove`, { reason: 'Beleidigung' })).status,
    ).toBe(204);
    expect(await inQueue(reviewId)).toBe(false);
    const page = (await new Client(server.url).get(`/api/designs/${designId}/reviews`)).json;
    expect(page).toMatchObject({ items: [], count: 0, average: null });
    expect((await audit())[0]).toMatchObject({ action: 'remove_review', reason: 'Beleidigung' });
    expect((await mod.client.post(`/api/moderation/reviews/${reviewId}/remove`, { reason: 'x' })).status).toBe(404);
  });

  test("the filter's findings on a review put it in the queue; keeping it takes it out", async () => {
    const { reviewId } = await reviewed('Der Koch ist ein Trottel');
    const item = (await mod.client.get('/api/moderation/reviews')).json.items.find(
      (i: { review: { id: string } }) => i.review.id === reviewId,
    );
    expect(item.text.matches[0]).toMatchObject({ category: 'insult', severity: 'review' });
    expect((await mod.client.post(`/api/moderation/reviews/${reviewId}/keep`)).status).toBe(204);
    expect(await inQueue(reviewId)).toBe(false);
    expect((await audit())[0].action).toBe('keep_review');
  });

  test('authors delete their own review, nobody else can', async () => {
    const { designId, reviewId, reviewer } = await reviewed('Gut', 5);
    const other = await shopper(server.url, 'Udo');
    expect((await other.client.delete(`/api/designs/${designId}/reviews/${reviewId}`)).status).toBe(403);
    expect((await owner.client.delete(`/api/designs/${designId}/reviews/${reviewId}`)).status).toBe(403);
    expect((await reviewer.client.delete(`/api/designs/${designId}/reviews/${reviewId}`)).status).toBe(204);
    expect((await reviewer.client.delete(`/api/designs/${designId}/reviews/${reviewId}`)).status).toBe(404);
    expect((await new Client(server.url).get(`/api/designs/${designId}`)).json).toMatchObject({ ratingCount: 0 });
    // Reviewing again is possible after deleting.
    expect((await reviewer.client.post(`/api/designs/${designId}/reviews`, { rating: 4 })).status).toBe(201);
  });
});

describe('unsuspending and the failed-login cleanup', () => {
  test('a moderator lifts a suspension (audited): the user signs in again and their designs are public again', async () => {
    const troll = await shopper(server.url, 'Troll');
    const id = await published(server.url, troll, mod);
    expect((await mod.client.post(`/api/moderation/users/${troll.id}/suspend`, { reason: 'Spam' })).status).toBe(204);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(403);
    const bystander = await shopper(server.url, 'Bea');
    expect((await bystander.client.post(`/api/moderation/users/${troll.id}/unsuspend`)).status).toBe(403);
    expect((await mod.client.post(`/api/moderation/users/${troll.id}/unsuspend`)).status).toBe(204);
    expect((await mod.client.post(`/api/moderation/users/${troll.id}/unsuspend`, {})).status).toBe(409);
    expect((await mod.client.post(`/api/moderation/users/${troll.id}/unsuspend`, { reason: 5 })).status).toBe(400);
    expect((await mod.client.post('/api/moderation/users/AAAAAAAAAAAAAAAA/unsuspend')).status).toBe(404);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(200);
    const again = new Client(server.url);
    expect(
      (await again.post('/api/auth/login', { email: troll.email, password: 'correct horse battery' })).status,
    ).toBe(200);
    expect((await audit())[0].action).toBe('unsuspend');
  });

  test('failed-login records older than a day are removed, newer ones stay', async () => {
    const now = new Date();
    await LoginFailureModel.create([
      { key: 'old-record', at: new Date(now.getTime() - 25 * 3600_000) },
      { key: 'new-record', at: new Date(now.getTime() - 3600_000) },
    ]);
    expect(await cleanupLoginThrottles(now)).toBeGreaterThanOrEqual(1);
    expect(await LoginFailureModel.findOne({ key: 'old-record' })).toBeNull();
    expect(await LoginFailureModel.findOne({ key: 'new-record' })).not.toBeNull();
  });
});
