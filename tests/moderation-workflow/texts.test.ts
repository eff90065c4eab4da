import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import { PASSWORD, labelDraft, muesliDraft, saved, shopper, startWorkflowServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startWorkflowServer();
});
afterAll(() => server.stop());

describe('POST /api/moderation/check', () => {
  test('anyone gets the verdict and the spans, without our canonical terms', async () => {
    const anon = new Client(server.url);
    const block = await anon.post('/api/moderation/check', { text: 'Omas Arschgeige', locale: 'de' });
    expect(block.status).toBe(200);
    expect(block.json.verdict).toBe('block');
    expect(block.json.matches[0]).toEqual({ start: 5, end: 10, category: 'insult', severity: 'block' });
    expect((await anon.post('/api/moderation/check', { text: 'Trottel' })).json.verdict).toBe('review');
    expect((await anon.post('/api/moderation/check', { text: 'Schwanensee', locale: 'en' })).json).toEqual({
      verdict: 'allow',
      matches: [],
    });
    expect((await anon.post('/api/moderation/check', { text: '' })).json.verdict).toBe('allow');
  });

  test('a bad body is a 400 problem', async () => {
    const anon = new Client(server.url);
    for (const body of [
      {},
      { text: 5 },
      { text: 'x'.repeat(2001) },
      { text: 'ok', locale: 'fr' },
      { text: 'ok', extra: 1 },
    ]) {
      const res = await anon.post('/api/moderation/check', body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(res.json.code).toBe('invalid_body');
    }
  });
});

describe('every user text passes the filter', () => {
  test('a blocked design name is refused with 422 naming /name, and nothing is saved', async () => {
    const alice = await shopper(server.url, 'Alice');
    const res = await alice.client.post('/api/designs', await muesliDraft(server.url, 'Scheiss Müsli'));
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('text_rejected');
    expect(res.json.errors).toEqual([
      expect.objectContaining({
        code: 'text_blocked',
        path: '/name',
        params: expect.objectContaining({ category: 'profanity' }),
      }),
    ]);
    expect((await alice.client.get('/api/designs')).json).toEqual([]);
  });

  test('a blocked label text is refused naming /texts/line2; a patch with one changes nothing', async () => {
    const bob = await shopper(server.url, 'Bob');
    const bad = await bob.client.post(
      '/api/designs',
      await labelDraft(server.url, { line1: 'Anna', line2: 'Du Hurensohn' }),
    );
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((e: { path: string }) => e.path)).toEqual(['/texts/line2']);
    expect((await bob.client.get('/api/designs')).json).toEqual([]);

    const design = await saved(bob, await labelDraft(server.url, { line1: 'Anna', line2: 'Guten Morgen!' }));
    const patch = await bob.client.patch(`/api/designs/${design.id}`, { texts: { line1: 'Arschgeige' } });
    expect(patch.status).toBe(422);
    expect(patch.json.errors[0].path).toBe('/texts/line1');
    expect((await bob.client.get(`/api/designs/${design.id}`)).json.texts).toEqual({
      line1: 'Anna',
      line2: 'Guten Morgen!',
    });
  });

  test('identity words in friendly texts save fine', async () => {
    const carla = await shopper(server.url, 'Carla');
    const a = await carla.client.post(
      '/api/designs',
      await labelDraft(server.url, { line1: 'Schwules Müsli', line2: 'Für meine jüdische Oma' }),
    );
    expect(a.status).toBe(201);
    expect(a.json.moderation.findings).toEqual([]);
    const b = await carla.client.post('/api/designs', await muesliDraft(server.url, 'Für meine jüdische Oma'));
    expect(b.status).toBe(201);
    expect(b.json.name).toBe('Für meine jüdische Oma');
  });

  test('a review-level text is saved privately with its findings for the owner', async () => {
    const dora = await shopper(server.url, 'Dora');
    const res = await dora.client.post('/api/designs', await muesliDraft(server.url, 'Dummkopf Müsli'));
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('private');
    expect(res.json.moderation.findings).toEqual([
      { path: '/name', start: 0, end: 8, category: 'insult', severity: 'review' },
    ]);
    // Another session sees nothing of it.
    expect((await new Client(server.url).get(`/api/designs/${res.json.id}`)).status).toBe(403);
  });

  test('a blocked display name is refused at register, and no account is made', async () => {
    const client = new Client(server.url);
    const email = `troll.${Date.now()}@example.org`;
    const res = await client.post('/api/auth/register', { email, password: PASSWORD, displayName: 'Arschgeige' });
    expect(res.status).toBe(422);
    expect(res.json.errors[0].path).toBe('/displayName');
    expect((await client.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
  });
});
