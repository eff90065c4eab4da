import { afterAll, beforeAll, expect, test } from 'vitest';
import { OPTION_COLUMNS, parseCsv, writeCsv } from '@server/catalogs/csv';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import { merchandiser, putCsv, startWorkflowServer } from './helpers';

let server: TestServer;
let merch: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  merch = await merchandiser(server.url);
  expect((await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' })).status).toBe(201);
});
afterAll(() => server.stop());

const preview = (csv: string, type = 'text/csv') =>
  merch.client.post('/api/admin/catalogs/muesli/draft/options.csv/preview', csv, { 'content-type': type });
const draft = async () => (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
/** The draft's options as CSV records (header first). */
async function records(): Promise<string[][]> {
  const parsed = parseCsv((await merch.client.get('/api/admin/catalogs/muesli/draft/options.csv')).text);
  if (!parsed.ok) throw new Error('the export does not parse');
  return parsed.rows;
}
const col = (name: string) => OPTION_COLUMNS.indexOf(name as (typeof OPTION_COLUMNS)[number]);

test('the preview names each row added, changed (field old → new) or unchanged, and what goes; nothing is stored', async () => {
  const before = await draft();
  const [header, first, second, ...rest] = await records();
  const cells = [...first!];
  const oldPrice = cells[col('priceCents')]!;
  cells[col('priceCents')] = String(Number(oldPrice) + 25);
  cells[col('inStock')] = 'false';
  const added = [...second!];
  added[col('id')] = 'drachenfrucht';
  added[col('name_de')] = 'Drachenfrucht';
  added[col('name_en')] = 'Dragon fruit';
  // The last option is left out: the import would delete it.
  const csv = writeCsv([header!, cells, second!, added, ...rest.slice(0, -1)]);

  const res = await preview(csv);
  expect(res.status, res.text).toBe(200);
  expect(res.json.revision).toBe(before.revision);
  expect(res.json.errors).toEqual([]);
  const [changed, same, fresh] = res.json.rows;
  expect(changed).toMatchObject({ row: 2, id: before.draft.options[0].id, kind: 'changed' });
  expect(changed.changes).toEqual([
    { field: 'priceCents', from: oldPrice, to: String(Number(oldPrice) + 25) },
    { field: 'inStock', from: 'true', to: 'false' },
  ]);
  expect(same).toMatchObject({ row: 3, kind: 'unchanged', changes: [] });
  expect(fresh).toMatchObject({ row: 4, id: 'drachenfrucht', kind: 'added', name: { de: 'Drachenfrucht' } });
  expect(res.json.removed).toEqual([{ id: before.draft.options.at(-1).id, name: before.draft.options.at(-1).name }]);
  expect(await draft()).toEqual(before);

  // Confirming applies exactly that, with the preview's revision as If-Match.
  const applied = await putCsv(merch.client, 'muesli', csv, res.json.revision);
  expect(applied.status, applied.text).toBe(200);
  expect(applied.json.draft.options[0].priceCents).toBe(Number(oldPrice) + 25);
  expect(applied.json.draft.options.map((o: { id: string }) => o.id)).toContain('drachenfrucht');
});

test('errors come by row and column, and the preview stores nothing; not CSV is 415', async () => {
  const before = await draft();
  const rows = await records();
  rows[2]![col('weightGrams')] = 'viel';
  const res = await preview(writeCsv(rows));
  expect(res.status).toBe(200);
  expect(res.json.rows).toEqual([]);
  expect(res.json.errors).toEqual([expect.objectContaining({ row: 3, column: 'weightGrams' })]);
  expect((await preview('{"a":1}', 'application/json')).status).toBe(415);
  expect(await draft()).toEqual(before);
});

test('only merchandisers', async () => {
  const { Client } = await import('@tests/setup/http');
  const res = await new Client(server.url).post('/api/admin/catalogs/muesli/draft/options.csv/preview', 'id\r\n', {
    'content-type': 'text/csv',
  });
  expect(res.status).toBe(401);
});
