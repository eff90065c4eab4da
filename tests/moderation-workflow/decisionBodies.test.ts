import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '@tests/setup/server';
import { moderator, published, shopper, startWorkflowServer, submitted, type Person } from './helpers';

let server: TestServer;
let mod: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  mod = await moderator(server.url, 'Mona');
});
afterAll(() => server.stop());

/** A fresh target for each request: a pending design, a public one, or a shopper. */
type Target = 'pending' | 'public' | 'user';
const target = async (kind: Target): Promise<string> => {
  const owner = await shopper(server.url, 'Olga');
  if (kind === 'user') return owner.id;
  return kind === 'pending' ? submitted(server.url, owner) : published(server.url, owner, mod);
};

/** Every decision route, what it needs, and the field named when that is missing. */
const ROUTES: { path: (id: string) => string; target: Target; required: string[]; full: object; ok: number }[] = [
  { path: (id) => `/api/moderation/designs/${id}/approve`, target: 'pending', required: [], full: {}, ok: 200 },
  { path: (id) => `/api/moderation/designs/${id}/claim`, target: 'pending', required: [], full: {}, ok: 200 },
  {
    path: (id) => `/api/moderation/designs/${id}/reject`,
    target: 'pending',
    required: ['reason'],
    full: { reason: 'Name nennt eine Adresse' },
    ok: 200,
  },
  {
    path: (id) => `/api/moderation/designs/${id}/takedown`,
    target: 'public',
    required: ['reason'],
    full: { reason: 'Beleidigend', reasonCode: 'offensive_text' },
    ok: 200,
  },
  {
    path: (id) => `/api/moderation/users/${id}/suspend`,
    target: 'user',
    required: ['reason'],
    full: { reason: 'Beleidigungen', reasonCode: 'hate' },
    ok: 204,
  },
];

describe('decision bodies: never a 500, the missing field named', () => {
  for (const route of ROUTES) {
    const name = route.path(':id');
    test(`${name}: {}, null, no body and each field missing`, async () => {
      const send = async (body: unknown) => mod.client.post(route.path(await target(route.target)), body);
      const empty = await send({});
      if (route.required.length === 0) expect(empty.status).toBe(route.ok);
      else {
        expect(empty.status).toBe(400);
        for (const field of route.required) expect(empty.json.detail).toContain(field);
      }
      const nul = await send(null);
      expect(nul.status).toBeGreaterThanOrEqual(route.required.length ? 400 : 200);
      expect(nul.status).toBeLessThan(500);
      if (route.required.length) expect(nul.status).toBe(400);
      const none = await send(undefined);
      expect(none.status).toBe(route.required.length ? 400 : route.ok);
      for (const field of Object.keys(route.full)) {
        const rest = Object.fromEntries(Object.entries(route.full).filter(([k]) => k !== field));
        const res = await send(rest);
        if (route.required.includes(field)) {
          expect(res.status).toBe(400);
          expect(res.json.detail).toContain(field);
        } else expect(res.status).toBe(route.ok);
      }
      expect((await send(route.full)).status).toBe(route.ok);
    });
  }

  test('reject with only a template code works; a blank reason without one names both fields', async () => {
    expect(
      (await mod.client.post(`/api/moderation/designs/${await target('pending')}/reject`, { reasonCode: 'spam' }))
        .status,
    ).toBe(200);
    const blank = await mod.client.post(`/api/moderation/designs/${await target('pending')}/reject`, { reason: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.json.code).toBe('invalid_body');
  });

  test('approve refuses unknown fields and a reason that is not text', async () => {
    const extra = await mod.client.post(`/api/moderation/designs/${await target('pending')}/approve`, {
      status: 'public',
    });
    expect(extra.status).toBe(400);
    expect(extra.json.detail).toContain('status');
    const wrong = await mod.client.post(`/api/moderation/designs/${await target('pending')}/approve`, { reason: 5 });
    expect(wrong.status).toBe(400);
    expect(wrong.json.detail).toContain('reason');
  });
});
