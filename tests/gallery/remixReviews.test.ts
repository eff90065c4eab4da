import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Design, GalleryPage, ReviewPage } from '@shared/api';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import {
  moderator,
  muesliDraft,
  published,
  saved,
  shopper,
  startWorkflowServer,
  submitted,
  type Person,
} from '@tests/moderation-workflow/helpers';

let server: TestServer;
let mod: Person;
let owner: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  mod = await moderator(server.url, 'Mona');
  owner = await shopper(server.url, 'Anna');
});
afterAll(() => server.stop());

const review = (who: Client, id: string, body: unknown) => who.post(`/api/designs/${id}/reviews`, body);
const reviews = async (id: string, query = '') =>
  (await new Client(server.url).get(`/api/designs/${id}/reviews${query}`)).json as ReviewPage;
const galleryItem = async (id: string) =>
  ((await new Client(server.url).get('/api/gallery?limit=50')).json as GalleryPage).items.find((i) => i.id === id);

describe('POST /api/designs/:id/remix', () => {
  test('a guest remixes a public design: a private copy of it, marked remixOf; the source counts it', async () => {
    const id = await published(server.url, owner, mod, 'Omas Frühstück');
    const source = (await new Client(server.url).get(`/api/designs/${id}`)).json as Design;
    const guest = new Client(server.url);
    const res = await guest.post(`/api/designs/${id}/remix`);
    expect(res.status).toBe(201);
    const copy = res.json as Design;
    expect(copy.id).not.toBe(id);
    expect(res.headers.get('location')).toBe(`/api/designs/${copy.id}`);
    expect(copy).toMatchObject({
      status: 'private',
      editable: true,
      remixOf: id,
      remixCount: 0,
      name: 'Omas Frühstück (Remix)',
      catalogId: source.catalogId,
      catalogVersion: source.catalogVersion,
      selections: source.selections,
      texts: source.texts,
      diets: source.diets,
    });
    // The guest owns it (listed as theirs); nobody else may read it.
    expect(((await guest.get('/api/designs')).json as Design[]).map((d) => d.id)).toEqual([copy.id]);
    expect((await new Client(server.url).get(`/api/designs/${copy.id}`)).status).toBe(403);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).json).toMatchObject({
      remixCount: 1,
      remixOf: null,
    });
  });

  test('a long name is shortened so "(Remix)" fits the 80 character limit', async () => {
    const id = await published(server.url, owner, mod, 'x'.repeat(80));
    const res = await new Client(server.url).post(`/api/designs/${id}/remix`);
    expect(res.status).toBe(201);
    expect(res.json.name).toBe(`${'x'.repeat(72)} (Remix)`);
  });

  test('two remixes at once: the source counts 2', async () => {
    const id = await published(server.url, owner, mod);
    const guests = [new Client(server.url), new Client(server.url)];
    const results = await Promise.all(guests.map((g) => g.post(`/api/designs/${id}/remix`)));
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).json.remixCount).toBe(2);
    // Deleting a remix counts again.
    expect((await guests[0]!.delete(`/api/designs/${results[0]!.json.id}`)).status).toBe(204);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).json.remixCount).toBe(1);
  });

  test('404 on a private, a pending and an unknown design', async () => {
    const priv = (await saved(owner, await muesliDraft(server.url))).id;
    const pending = await submitted(server.url, owner);
    for (const id of [priv, pending, 'AAAAAAAAAAAAAAAA']) {
      expect((await new Client(server.url).post(`/api/designs/${id}/remix`)).status).toBe(404);
      // Not even the owner remixes an unpublished design this way.
      expect((await owner.client.post(`/api/designs/${id}/remix`)).status).toBe(404);
    }
  });
});

describe('reviews', () => {
  test('401 when signed out', async () => {
    const id = await published(server.url, owner, mod);
    expect((await review(new Client(server.url), id, { rating: 5 })).status).toBe(401);
  });

  test('404 on a private and a pending design, for POST and GET', async () => {
    const reviewer = await shopper(server.url, 'Rita');
    const priv = (await saved(owner, await muesliDraft(server.url))).id;
    const pending = await submitted(server.url, owner);
    for (const id of [priv, pending, 'AAAAAAAAAAAAAAAA']) {
      expect((await review(reviewer.client, id, { rating: 4 })).status).toBe(404);
      expect((await new Client(server.url).get(`/api/designs/${id}/reviews`)).status).toBe(404);
    }
  });

  test('403 on your own design; 409 for a second review', async () => {
    const id = await published(server.url, owner, mod);
    const own = await review(owner.client, id, { rating: 5 });
    expect(own.status).toBe(403);
    expect(own.json.code).toBe('forbidden');
    const reviewer = await shopper(server.url, 'Rita');
    expect((await review(reviewer.client, id, { rating: 4, text: 'Lecker' })).status).toBe(201);
    const again = await review(reviewer.client, id, { rating: 1 });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('conflict');
    expect(await reviews(id)).toMatchObject({ count: 1, average: 4 });
  });

  test('a blocked text is refused with 422 naming /text, nothing is stored; a review-level one is shown', async () => {
    const id = await published(server.url, owner, mod);
    const reviewer = await shopper(server.url, 'Rita');
    const res = await review(reviewer.client, id, { rating: 2, text: 'Scheiss Müsli' });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('text_rejected');
    expect(res.json.errors).toEqual([expect.objectContaining({ code: 'text_blocked', path: '/text' })]);
    expect((await reviews(id)).count).toBe(0);
    const mild = await review(reviewer.client, id, { rating: 2, text: 'Verdammt süß' });
    expect(mild.status).toBe(201);
    expect((await reviews(id)).items.map((r) => r.text)).toEqual(['Verdammt süß']);
  });

  test('400 for a bad rating or body', async () => {
    const id = await published(server.url, owner, mod);
    const reviewer = await shopper(server.url, 'Rita');
    for (const body of [
      {},
      { rating: 0 },
      { rating: 6 },
      { rating: 3.5 },
      { rating: '5' },
      { rating: 5, text: 'x'.repeat(1001) },
      { rating: 5, extra: true },
    ]) {
      const res = await review(reviewer.client, id, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
    }
    expect((await new Client(server.url).get(`/api/designs/${id}/reviews?cursor=%24bad`)).status).toBe(400);
    expect((await new Client(server.url).get(`/api/designs/${id}/reviews?x=1`)).status).toBe(400);
  });

  test('three reviews: average and count on the list and the gallery card; newest first', async () => {
    const id = await published(server.url, owner, mod);
    expect(await reviews(id)).toEqual({ items: [], nextCursor: null, average: null, count: 0 });
    expect(await galleryItem(id)).toMatchObject({ ratingAverage: null, reviewCount: 0 });
    const people = [
      await shopper(server.url, 'Rita'),
      await shopper(server.url, 'Sven'),
      await shopper(server.url, 'Tom'),
    ];
    const ratings = [5, 4, 4];
    for (const [i, p] of people.entries()) {
      const res = await review(p.client, id, { rating: ratings[i], text: `  Text ${i}  ` });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ rating: ratings[i], text: `Text ${i}`, authorName: p.name });
      await new Promise((r) => setTimeout(r, 5));
    }
    const list = await reviews(id);
    expect(list).toMatchObject({ count: 3, average: 4.33, nextCursor: null });
    expect(list.items.map((r) => r.authorName)).toEqual(['Tom', 'Sven', 'Rita']);
    expect(Object.keys(list.items[0]!).sort()).toEqual(['authorName', 'createdAt', 'id', 'mine', 'rating', 'text']);
    expect(await galleryItem(id)).toMatchObject({ ratingAverage: 4.33, reviewCount: 3 });
  });

  test('reviews at the same moment all count', async () => {
    const id = await published(server.url, owner, mod);
    const people = await Promise.all([1, 2, 3, 4].map((n) => shopper(server.url, `P${n}`)));
    const results = await Promise.all(people.map((p, i) => review(p.client, id, { rating: i + 1 })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(await reviews(id)).toMatchObject({ count: 4, average: 2.5 });
  });

  test('more than a page: nextCursor continues where the first page ended, without gaps or repeats', async () => {
    const id = await published(server.url, owner, mod);
    const people = await Promise.all(Array.from({ length: 22 }, (_, n) => shopper(server.url, `Q${n}`)));
    await Promise.all(people.map((p) => review(p.client, id, { rating: 3 })));
    const first = await reviews(id);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await reviews(id, `?cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((r) => r.id)).size).toBe(22);
    const times = all.map((r) => r.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  test('a review does not change the design itself (no updatedAt)', async () => {
    const id = await published(server.url, owner, mod);
    const before = (await owner.client.get(`/api/designs/${id}`)).json;
    await review((await shopper(server.url, 'Rita')).client, id, { rating: 3 });
    expect((await owner.client.get(`/api/designs/${id}`)).json.updatedAt).toBe(before.updatedAt);
  });
});
