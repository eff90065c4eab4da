import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DesignDraft } from '@shared/catalog/types';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import { merchandiser, muesliDraft, saved, shopper, startWorkflowServer } from './helpers';

let server: TestServer;
let merch: Person;
let owner: Person;
let designId: string;
let draft: DesignDraft;

beforeAll(async () => {
  server = await startWorkflowServer();
  merch = await merchandiser(server.url);
  owner = await shopper(server.url, 'Olga');
  draft = await muesliDraft(server.url);
  designId = (await saved(owner, draft)).id;
  // Version 2: the base 20 cents dearer, the fruit gone.
  const start = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' });
  const options = start.json.draft.options as { id: string; priceCents: number }[];
  const base = options.findIndex((o) => o.id === draft.selections[0]!.optionId);
  const fruit = options.findIndex((o) => o.id === draft.selections[1]!.optionId);
  const ops = [
    { op: 'replace', path: `/options/${base}/priceCents`, value: options[base]!.priceCents + 20 },
    { op: 'remove', path: `/options/${fruit}` },
  ];
  const patched = await merch.client.patch('/api/admin/catalogs/muesli/draft', ops, {
    'if-match': `"${start.json.revision}"`,
  });
  if (patched.status !== 200) throw new Error(patched.text);
  const pub = await merch.client.post(
    '/api/admin/catalogs/muesli/publish',
    { note: 'Obst raus' },
    { 'if-match': `"${patched.json.revision}"` },
  );
  if (pub.status !== 200) throw new Error(pub.text);
});
afterAll(() => server.stop());

describe('GET/POST /api/designs/:id/upgrade', () => {
  test('only the owner: signed out 401 or 403, another shopper 403, unknown 404', async () => {
    const other = await shopper(server.url, 'Otto');
    for (const method of ['GET', 'POST']) {
      expect([401, 403]).toContain(
        (await new Client(server.url).request(method, `/api/designs/${designId}/upgrade`)).status,
      );
      expect((await other.client.request(method, `/api/designs/${designId}/upgrade`)).status).toBe(403);
    }
    expect((await owner.client.get('/api/designs/nosuchdesign1/upgrade')).status).toBe(404);
  });

  test('says what moving changes: the fruit must go, price old → new; nothing moves by itself', async () => {
    const res = await owner.client.get(`/api/designs/${designId}/upgrade`);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ fromVersion: 1, toVersion: 2, upToDate: false });
    expect(res.json.repairs).toContainEqual(
      expect.objectContaining({ kind: 'remove', optionId: draft.selections[1]!.optionId }),
    );
    expect(res.json.changes.price.after).not.toBe(res.json.changes.price.before);
    expect((await owner.client.get(`/api/designs/${designId}`)).json.catalogVersion).toBe(1);
  });

  test('POST moves it with the repair; then it is up to date', async () => {
    const res = await owner.client.post(`/api/designs/${designId}/upgrade`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.design.catalogVersion).toBe(2);
    expect(res.json.design.selections.map((s: { optionId: string }) => s.optionId)).not.toContain(
      draft.selections[1]!.optionId,
    );
    const again = await owner.client.get(`/api/designs/${designId}/upgrade`);
    expect(again.json).toMatchObject({ upToDate: true, toVersion: 2, repairs: [] });
  });
});
