import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GalleryItem, GalleryPage } from '@shared/api';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import {
  labelDraft,
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
let anon: Client;
let owner: Person;
/** Public designs in the order they were approved. */
const pub: string[] = [];
let labelId: string;
const notShown: string[] = [];

const page = async (query: string, who = anon) => {
  const res = await who.get(`/api/gallery${query}`);
  expect(res.status, res.text).toBe(200);
  return res.json as GalleryPage;
};
const ids = (items: GalleryItem[]) => items.map((i) => i.id);

beforeAll(async () => {
  server = await startWorkflowServer();
  anon = new Client(server.url);
  const mod = await moderator(server.url, 'Mona');
  owner = await shopper(server.url, 'Anna');
  for (const name of ['Eins', 'Zwei', 'Drei']) pub.push(await published(server.url, owner, mod, name));
  const label = await saved(owner, await labelDraft(server.url, { line1: 'Anna' }));
  await owner.client.post(`/api/designs/${label.id}/submit`);
  expect((await mod.client.post(`/api/moderation/designs/${label.id}/approve`)).status).toBe(200);
  labelId = label.id;
  pub.push(labelId);

  notShown.push((await saved(owner, await muesliDraft(server.url, 'privat'))).id);
  notShown.push(await submitted(server.url, owner, 'wartet'));
  const hidden = await published(server.url, owner, mod, 'gemeldet');
  for (const n of [1, 2, 3]) {
    const reporter = await shopper(server.url, `Melder${n}`);
    expect((await reporter.client.post(`/api/designs/${hidden}/report`, { reason: 'Spam' })).status).toBe(201);
  }
  notShown.push(hidden);
  const troll = await shopper(server.url, 'Troll');
  notShown.push(await published(server.url, troll, mod, 'gesperrt'));
  await mod.client.post(`/api/moderation/users/${troll.id}/suspend`, { reason: 'Beleidigungen' });

  // Votes: Eins 2, Drei 1, Zwei and the label none.
  const voters = [await shopper(server.url, 'V1'), await shopper(server.url, 'V2')];
  for (const [design, n] of [
    [pub[0], 2],
    [pub[2], 1],
  ] as const)
    for (const v of voters.slice(0, n)) expect((await v.client.put(`/api/designs/${design}/vote`)).status).toBe(200);
});
afterAll(() => server.stop());

describe('GET /api/gallery', () => {
  test('lists only publicly visible designs, newest first, without owner ids', async () => {
    const { items, nextCursor } = await page('');
    expect(ids(items)).toEqual([...pub].reverse());
    expect(nextCursor).toBeNull();
    for (const id of notShown) expect(ids(items)).not.toContain(id);
    const first = items.find((i) => i.id === pub[0])!;
    expect(first).toMatchObject({ catalogId: 'muesli', name: 'Eins', authorName: 'Anna', votes: 2, votedByMe: false });
    expect(Object.keys(first).sort()).toEqual(
      [
        'authorName',
        'catalogId',
        'catalogVersion',
        'id',
        'mine',
        'name',
        'publishedAt',
        'ratingAverage',
        'reviewCount',
        'selections',
        'texts',
        'totals',
        'votedByMe',
        'votes',
      ].sort(),
    );
  });

  test('sort=top: most votes first, ties newest first', async () => {
    expect(ids((await page('?sort=top')).items)).toEqual([pub[0], pub[2], labelId, pub[1]]);
  });

  test('catalog filters by product', async () => {
    expect(ids((await page('?catalog=label')).items)).toEqual([labelId]);
    expect((await page('?catalog=burger')).items).toEqual([]);
  });

  test.each(['new', 'top'])('cursor paging (sort=%s) returns every design exactly once, in order', async (sort) => {
    const all = ids((await page(`?sort=${sort}`)).items);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p: GalleryPage = await page(`?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(p.items.length).toBe(1);
      seen.push(...ids(p.items));
      cursor = p.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  test('votedByMe for the signed-in caller', async () => {
    const me = await shopper(server.url, 'Ich');
    await me.client.put(`/api/designs/${pub[1]}/vote`);
    const { items } = await page('', me.client);
    expect(items.filter((i) => i.votedByMe).map((i) => i.id)).toEqual([pub[1]]);
    await me.client.delete(`/api/designs/${pub[1]}/vote`);
  });

  test.each([
    ['?sort=old', 'bad sort'],
    ['?limit=0', 'limit below 1'],
    ['?limit=51', 'limit above 50'],
    ['?limit=abc', 'limit not a number'],
    ['?sort=new&sort=top', 'repeated parameter'],
    ['?page=2', 'unknown parameter'],
    ['?catalog=nope', 'unknown catalog'],
    ['?cursor=abc', 'garbage cursor'],
    [`?cursor=${Buffer.from('{"s":"new","p":"x","i":"y"}').toString('base64url')}`, 'cursor with bad fields'],
  ])('%s → 400 (%s)', async (query) => {
    const res = await anon.get(`/api/gallery${query}`);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('bad_request');
  });

  test('a cursor of the other sort is refused', async () => {
    const { nextCursor } = await page('?sort=new&limit=1');
    expect((await anon.get(`/api/gallery?sort=top&cursor=${nextCursor}`)).status).toBe(400);
  });
});
