import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import { csvToOptions, OPTION_COLUMNS, optionsToCsv, parseCsv, writeCsv } from '@server/catalogs/csv';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import { merchandiser, putCsv, putDraft, startWorkflowServer } from './helpers';

describe('the RFC 4180 parser', () => {
  test('quotes, escaped quotes, commas and line breaks in quotes, CRLF and LF, a BOM, blank lines', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","he said ""hi""","two\r\nlines"\n\n1,,3\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'he said "hi"', 'two\r\nlines'],
        ['1', '', '3'],
      ],
    });
    expect(parseCsv('a,b')).toEqual({ ok: true, rows: [['a', 'b']] });
    expect(parseCsv('a,')).toEqual({ ok: true, rows: [['a', '']] });
    expect(parseCsv('')).toEqual({ ok: true, rows: [] });
  });

  test('malformed input is an error with its row, never a guess', () => {
    expect(parseCsv('a\r\n"open')).toMatchObject({ ok: false, error: { row: 2 } });
    expect(parseCsv('a\r\nb"c')).toMatchObject({ ok: false, error: { row: 2 } });
    expect(parseCsv('"a"b')).toMatchObject({ ok: false, error: { row: 1 } });
    expect(parseCsv('a\rb')).toMatchObject({ ok: false });
  });

  test('writing escapes formula cells and quotes what needs it; parse(write(x)) gives x back', () => {
    const rows = [
      ['=SUM(A1)', '+1', '-2', '@x', 'plain'],
      ['a,b', 'say "x"', 'line\nbreak', ' padded ', ''],
    ];
    const csv = writeCsv(rows);
    expect(csv.split('\r\n')[0]).toBe("'=SUM(A1),'+1,'-2,'@x,plain");
    const back = parseCsv(csv);
    expect(back.ok && back.rows[1]).toEqual(rows[1]);
  });

  test('options: every bad cell named by row and column', () => {
    const header = OPTION_COLUMNS.join(',');
    const good = 'oats,base,Hafer,Oats,120,50,1500,360,7,1,60,1,10,13,0,gluten,vegan;organic,true,#d2b48c';
    const csv = [header, good, good.replace('120', '1.5').replace('gluten', 'glutenous'), 'x,base'].join('\r\n');
    const result = csvToOptions(csv, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'priceCents' }),
      expect.objectContaining({ row: 3, column: 'allergens' }),
      expect.objectContaining({ row: 4 }),
    ]);
    expect(csvToOptions('id,groupId\r\n', []).ok).toBe(false);
  });

  test('a draft without options exports the header only', () => {
    expect(optionsToCsv(undefined)).toBe(`${OPTION_COLUMNS.join(',')}\r\n`);
  });
});

describe('options as CSV over HTTP', () => {
  let server: TestServer;
  let merch: Person;
  let muesli: Catalog;
  beforeAll(async () => {
    server = await startWorkflowServer();
    merch = await merchandiser(server.url);
    muesli = (await new Client(server.url).get('/api/catalogs/muesli')).json;
    expect((await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' })).status).toBe(201);
  });
  afterAll(() => server.stop());

  const getCsv = () => merch.client.get('/api/admin/catalogs/muesli/draft/options.csv');

  test('export → import unchanged → the same options', async () => {
    const exported = await getCsv();
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = exported.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(OPTION_COLUMNS.join(','));
    expect(lines).toHaveLength(muesli.options.length + 1);
    const { revision } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    const res = await putCsv(merch.client, 'muesli', exported.text, revision);
    expect(res.status, res.text).toBe(200);
    expect(res.json.revision).toBe(revision + 1);
    expect(res.json.draft.options).toEqual(muesli.options);
    expect(res.json.errors).toEqual([]);
  });

  test('a bad number: 422 naming row and column, and nothing changes', async () => {
    const { revision, draft } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    const lines = (await getCsv()).text.split('\r\n');
    const cells = lines[3]!.split(',');
    cells[OPTION_COLUMNS.indexOf('priceCents')] = 'zwölf';
    lines[3] = cells.join(',');
    const res = await putCsv(merch.client, 'muesli', lines.join('\r\n'), revision);
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('invalid_csv');
    expect(res.json.errors).toEqual([
      expect.objectContaining({
        params: { row: 4, column: 'priceCents' },
        message: expect.stringMatching(/Row 4, column priceCents/),
      }),
    ]);
    const after = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    expect(after.revision).toBe(revision);
    expect(after.draft).toEqual(draft);
  });

  test('needs If-Match (428), a fresh one (412), and text/csv', async () => {
    const { revision } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    const csv = (await getCsv()).text;
    const noMatch = await merch.client.put('/api/admin/catalogs/muesli/draft/options.csv', csv, {
      'content-type': 'text/csv',
    });
    expect(noMatch.status).toBe(428);
    expect((await putCsv(merch.client, 'muesli', csv, revision - 1)).status).toBe(412);
    const asPlain = await merch.client.put('/api/admin/catalogs/muesli/draft/options.csv', csv, {
      'content-type': 'text/plain',
      'if-match': `"${revision}"`,
    });
    expect(asPlain.status).toBe(415);
  });

  test('formula-like cells are exported with a leading quote and come back unchanged', async () => {
    const { revision, draft } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    const options = structuredClone(draft.options);
    options[0].name.de = '=HYPERLINK("http://evil.example","klick")';
    options[1].name.en = '@SUM(1+1)';
    const put = await putDraft(merch.client, 'muesli', { ...draft, options }, revision);
    expect(put.status).toBe(200);
    const csv = (await getCsv()).text;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klick"")"`);
    expect(csv).toContain(`'@SUM(1+1)`);
    expect(
      csv
        .split('\r\n')
        .slice(1)
        .every((line) => !/^[=+\-@]/.test(line) && !/,[=+\-@]/.test(line)),
    ).toBe(true);
    const back = await putCsv(merch.client, 'muesli', csv, put.json.revision);
    expect(back.json.draft.options).toEqual(options);
  });
});
