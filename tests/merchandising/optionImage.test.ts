import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import { merchandiser, shopper, startWorkflowServer } from './helpers';

let server: TestServer;
let merch: Person;
let optionId: string;
let png: Buffer;
let jpegWithExif: Buffer;
let webp: Buffer;

const url = (option = optionId, catalog = 'muesli') => `/api/admin/catalogs/${catalog}/draft/options/${option}/image`;

/** A raw upload (the test Client sends strings only). */
async function upload(who: Client, body: Buffer | string, type: string, revision: number | string, path = url()) {
  const cookie = who.cookieHeader();
  const res = await fetch(who.base + path, {
    method: 'PUT',
    headers: { 'content-type': type, 'if-match': `"${revision}"`, ...(cookie && { cookie }) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
}
const draft = async () => (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;

beforeAll(async () => {
  server = await startWorkflowServer();
  merch = await merchandiser(server.url);
  await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' });
  optionId = (await draft()).draft.options[0].id;
  const pixels = { width: 640, height: 480, channels: 3 as const, background: { r: 200, g: 120, b: 40 } };
  png = await sharp({ create: pixels }).png().toBuffer();
  jpegWithExif = await sharp({ create: pixels })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: 'secret-exif-marker', ImageDescription: 'Home, 52.52N 13.40E' } } })
    .toBuffer();
  webp = await sharp({ create: { ...pixels, width: 100, height: 300 } })
    .webp()
    .toBuffer();
}, 60_000);
afterAll(() => server.stop());

describe('refused before anything changes', () => {
  test('signed out 401 and a shopper 403, before the body is read', async () => {
    const { revision } = await draft();
    expect((await upload(new Client(server.url), png, 'image/png', revision)).status).toBe(401);
    const sam = await shopper(server.url, 'Sam');
    // 6 MB: a body the server would refuse as too large, were the role not checked first.
    const big = Buffer.alloc(6 * 1024 * 1024);
    const res = await upload(sam.client, big, 'image/png', revision);
    expect(res.status).toBe(403);
    expect(res.json.code).toBe('forbidden');
  });

  test('SVG (as itself or labelled PNG) 415, undecodable 422, over 5 MB 413, stale 412; the draft stays', async () => {
    const { revision, draft: before } = await draft();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
    const cases: [Buffer | string, string, number, string][] = [
      [svg, 'image/svg+xml', 415, 'unsupported_image_type'],
      [Buffer.from(svg), 'image/png', 415, 'unsupported_image_type'],
      [png, 'image/gif', 415, 'unsupported_image_type'],
      [png, 'application/json', 415, 'unsupported_image_type'],
      [Buffer.from('not an image at all'), 'image/png', 422, 'invalid_image'],
      [png.subarray(0, 200), 'image/png', 422, 'invalid_image'],
      [Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]), 'image/png', 413, 'payload_too_large'],
    ];
    for (const [body, type, status, code] of cases) {
      const res = await upload(merch.client, body, type, revision);
      expect(res.status, `${type} ${body.length}`).toBe(status);
      expect(res.json.code).toBe(code);
    }
    const stale = await upload(merch.client, png, 'image/png', revision + 5);
    expect(stale.status).toBe(412);
    const missing = await upload(merch.client, png, 'image/png', revision, url('no-such-option'));
    expect(missing.status).toBe(404);
    const after = await draft();
    expect(after.revision).toBe(revision);
    expect(after.draft).toEqual(before);
  });
});

describe('an accepted image', () => {
  test('re-encoded as square WebP in three sizes without metadata, served immutable from a hashed URL', async () => {
    const { revision } = await draft();
    const res = await upload(merch.client, jpegWithExif, 'image/jpeg', revision);
    expect(res.status).toBe(200);
    expect(res.json.revision).toBe(revision + 1);
    const { image } = res.json;
    expect(image.url).toMatch(/^\/api\/images\/[0-9a-f]{24}-192\.webp$/);
    expect(image.srcset.split(', ')).toHaveLength(3);
    expect(res.json.draft.options[0].image).toBe(image.url);
    expect(res.json.errors).toEqual([]);

    for (const [width, src] of image.srcset
      .split(', ')
      .map((s: string) => [Number(s.split(' ')[1]!.slice(0, -1)), s.split(' ')[0]])) {
      const served = await fetch(server.url + src);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await served.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', width, width]);
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from('secret-exif-marker'))).toBe(false);
      // fetch() adds "Cache-Control: no-cache" to a conditional request unless told otherwise.
      const again = await fetch(server.url + src, {
        headers: { 'if-none-match': served.headers.get('etag')!, 'cache-control': 'max-age=0' },
      });
      expect(again.status).toBe(304);
    }
  });

  test('PNG and WebP are taken too; the same image twice gives the same URL', async () => {
    let { revision } = await draft();
    const first = await upload(merch.client, png, 'image/png', revision);
    expect(first.status).toBe(200);
    revision = first.json.revision;
    const second = await upload(merch.client, png, 'image/png', revision);
    expect(second.json.image.url).toBe(first.json.image.url);
    const third = await upload(merch.client, webp, 'image/webp', second.json.revision);
    expect(third.status).toBe(200);
    expect(third.json.image.url).not.toBe(first.json.image.url);
  });

  test('unknown image names are 404 problems', async () => {
    for (const name of ['0123456789abcdef01234567-192.webp', 'x.webp', '..%2F..%2Fetc', 'a'.repeat(300)]) {
      const res = await new Client(server.url).get(`/api/images/${name}`);
      expect(res.status, name).toBe(404);
      expect(res.json.code).toBe('not_found');
    }
  });
});
