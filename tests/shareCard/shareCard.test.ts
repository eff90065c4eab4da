import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import {
  moderator,
  muesliDraft,
  published,
  saved,
  shopper,
  startWorkflowServer,
  type Person,
} from '@tests/moderation-workflow/helpers';

let server: TestServer;
let mod: Person;
let owner: Person;
const INDEX = '<!doctype html><html><head><title>Prosumer</title></head><body><div id="app"></div></body></html>';

beforeAll(async () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'prosumer-share-'));
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  server = await startWorkflowServer({ clientDir });
  mod = await moderator(server.url, 'Mona');
  owner = await shopper(server.url, 'Anna');
});
afterAll(() => server.stop());

/** Width and height from a PNG's IHDR chunk (bytes 16..24), after checking the signature. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const image = (id: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/designs/${id}/image.png`, { headers });
const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('share cards', () => {
  test('a public design: its page carries Open Graph and Twitter tags; the image is a 1200×630 PNG', async () => {
    const id = await published(server.url, owner, mod, 'Beeren & <Nüsse>');
    const page = await new Client(server.url).get(`/d/${id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(metaOf(page.text, 'og:title')).toBe('Beeren &amp; &lt;Nüsse&gt;');
    expect(page.text).not.toContain('<Nüsse>');
    expect(metaOf(page.text, 'og:description')).toMatch(/Müsli von Anna, zusammengestellt aus .+\.$/);
    expect(metaOf(page.text, 'og:type')).toBe('website');
    expect(metaOf(page.text, 'og:url')).toBe(`${server.url}/d/${id}`);
    expect(metaOf(page.text, 'twitter:card')).toBe('summary_large_image');
    expect(metaOf(page.text, 'og:image:width')).toBe('1200');
    expect(metaOf(page.text, 'og:image:height')).toBe('630');
    const ogImage = metaOf(page.text, 'og:image')!;
    expect(ogImage).toMatch(new RegExp(`^${server.url}/api/designs/${id}/image\\.png\\?v=[\\w-]{16}$`));
    expect(metaOf(page.text, 'twitter:image')).toBe(ogImage);
    expect(page.text).toContain('<title>Beeren &amp; &lt;Nüsse&gt; · Prosumer</title>');

    const res = await fetch(ogImage);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });

    const english = await new Client(server.url).get(`/d/${id}`, { 'accept-language': 'en' });
    expect(metaOf(english.text, 'og:description')).toMatch(/ by Anna, made of /);
  });

  test('the card is cached by content: same ETag until the design changes (a vote), then a new one', async () => {
    const id = await published(server.url, owner, mod, 'Cache');
    const first = await image(id);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await image(id, { 'if-none-match': etag })).status).toBe(304);
    const fan = await shopper(server.url, 'Fan');
    expect((await fan.client.put(`/api/designs/${id}/vote`)).status).toBe(200);
    const after = await image(id, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  test('a private or pending design: no tags, no name, no image for a stranger', async () => {
    const { id } = await saved(owner, await muesliDraft(server.url, 'Geheimrezept'));
    const page = await new Client(server.url).get(`/d/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX);
    expect(page.text).not.toContain('Geheimrezept');
    expect((await image(id)).status).toBe(404);
    // Not even its owner gets a card: a card is for what is public.
    expect((await owner.client.get(`/api/designs/${id}/image.png`)).status).toBe(404);
    expect((await image('AAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await image('..%2F..%2Fetc')).status).toBe(404);
  });

  test('GET /api/designs/:id of a public design carries votes, votedByMe, rating and remix lineage', async () => {
    const id = await published(server.url, owner, mod, 'Quelle');
    const fan = await shopper(server.url, 'Fan');
    await fan.client.put(`/api/designs/${id}/vote`);
    await fan.client.post(`/api/designs/${id}/reviews`, { rating: 4, text: 'Lecker' });
    const seen = (await fan.client.get(`/api/designs/${id}`)).json;
    expect(seen).toMatchObject({ votes: 1, votedByMe: true, ratingAverage: 4, ratingCount: 1, remixOf: null });
    expect(seen.authorName).toBe('Anna');
    const anon = (await new Client(server.url).get(`/api/designs/${id}`)).json;
    expect(anon).toMatchObject({ votes: 1, votedByMe: false, mine: false });

    const remix = (await fan.client.post(`/api/designs/${id}/remix`)).json;
    expect(remix.remixOf).toBe(id);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).json.remixCount).toBe(1);
    // The private remix itself carries no community fields.
    expect((await fan.client.get(`/api/designs/${remix.id}`)).json).not.toHaveProperty('votes');

    const other = await published(server.url, owner, mod, 'Noch eins');
    const more = (await new Client(server.url).get(`/api/designs/${id}/more-by-author`)).json.items;
    expect(more.map((d: { id: string }) => d.id)).toContain(other);
    expect(more.map((d: { id: string }) => d.id)).not.toContain(id);
    expect(JSON.stringify(more)).not.toContain(owner.id);
  });
});
