import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorHandler } from './errorHandler';
import { jsonBody } from './jsonBody';
import { isPlainJson, limitBytes } from './plainJson';

let base: string;
let close: () => void;
beforeAll(async () => {
  const app = express();
  app.post('/echo', jsonBody, (req, res) => void res.json({ body: req.body as unknown }));
  app.use(errorHandler(pino({ level: 'silent' })));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ok) => server.once('listening', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const post = async (body: BodyInit, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}/echo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    // A stream body goes chunked (no Content-Length).
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (await res.json()) as Record<string, unknown>,
  };
};

describe('which bodies the plain path reads', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as never;
  const limit = limitBytes('64kb');
  test.each([
    [{ 'content-length': '20' }, 'application/json', true],
    [{ 'content-length': '20' }, 'application/json; charset=utf-8', true],
    [{ 'content-length': '20' }, 'application/json;charset="UTF-8"', true],
    [{ 'content-length': '20', 'content-encoding': 'identity' }, 'application/json', true],
    [{ 'content-length': '20', 'content-encoding': 'gzip' }, 'application/json', false],
    [{ 'transfer-encoding': 'chunked' }, 'application/json', false],
    [{ 'content-length': String(64 * 1024 + 1) }, 'application/json', false],
    [{ 'content-length': '20' }, 'application/json; charset=utf-16le', false],
    [{ 'content-length': '20' }, 'application/json; charset=utf-8; x=1', false],
  ])('%j %s: %s', (headers, type, plain) => {
    expect(isPlainJson(req(headers), type, limit)).toBe(plain);
  });

  test('limits as express.json writes them', () => {
    expect([limitBytes('64kb'), limitBytes('1mb'), limitBytes('100')]).toEqual([65536, 1048576, 100]);
    expect(() => limitBytes('lots')).toThrow(/write it like "64kb"/);
  });
});

describe('bodies read the plain way parse as express.json parses them', () => {
  test('an object, an array, leading whitespace and a byte order mark', async () => {
    expect((await post('{"a":[1,"ü"]}')).json).toEqual({ body: { a: [1, 'ü'] } });
    expect((await post(' \n\t[1,2]')).json).toEqual({ body: [1, 2] });
    expect((await post(Buffer.from('\uFEFF{"b":true}'))).json).toEqual({ body: { b: true } });
  });

  test('a body arriving in several pieces, a multi-byte character split between them', async () => {
    const bytes = Buffer.from('{"name":"Müsli mit Äpfeln"}');
    const split = bytes.indexOf(Buffer.from('ü')) + 1;
    const answer = await new Promise<string>((ok, fail) => {
      const r = request(`${base}/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': bytes.length },
      });
      r.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => ok(text));
      });
      r.on('error', fail);
      r.write(bytes.subarray(0, split));
      r.flushHeaders();
      setTimeout(() => r.end(bytes.subarray(split)), 50);
    });
    expect(JSON.parse(answer)).toEqual({ body: { name: 'Müsli mit Äpfeln' } });
  });

  test.each([['{"a":'], ['"just a string"'], ['42'], ['{"a":1}x']])(
    '%s is a 400 malformed_json problem',
    async (body) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.type).toMatch(/^application\/problem\+json/);
      expect(res.json.code).toBe('malformed_json');
    },
  );

  test('keys that look like operators are still refused', async () => {
    const res = await post('{"$where":"1"}');
    expect(res.status).toBe(400);
    expect(res.json.detail).toMatch(/\$where/);
  });
});

describe('the other bodies still go through express.json', () => {
  test('gzip, chunked and UTF-16 bodies parse; a too large one is 413', async () => {
    expect((await post(gzipSync('{"z":1}'), { 'content-encoding': 'gzip' })).json).toEqual({ body: { z: 1 } });
    const chunked = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"c":'));
        c.enqueue(new TextEncoder().encode('2}'));
        c.close();
      },
    });
    expect((await post(chunked)).json).toEqual({ body: { c: 2 } });
    const utf16 = Buffer.from('{"u":"ä"}', 'utf16le');
    expect((await post(utf16, { 'content-type': 'application/json; charset=utf-16le' })).json).toEqual({
      body: { u: 'ä' },
    });
    const big = await post(JSON.stringify({ x: 'y'.repeat(70_000) }));
    expect(big.status).toBe(413);
    expect(big.json.code).toBe('payload_too_large');
  });
});
