import { ALLERGENS, NUTRIENTS, type Allergen, type Nutrition } from '@shared/catalog/types';

/** One problem in an uploaded CSV: the row (1 = the header) and column it is in. */
export interface CsvError {
  row: number;
  column: string;
  message: string;
  /** A stable code the studio shows in its own language (`csv_number`, `csv_allergen` …). */
  code: CsvErrorCode;
  /** The cell's text, or the counts the message names. */
  params?: Record<string, string | number>;
}

export type CsvErrorCode =
  | 'csv_syntax'
  | 'csv_empty'
  | 'csv_unknown_column'
  | 'csv_duplicate_column'
  | 'csv_missing_column'
  | 'csv_field_count'
  | 'csv_whole_number'
  | 'csv_number'
  | 'csv_required'
  | 'csv_nutrition_partial'
  | 'csv_allergen'
  | 'csv_boolean';

export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; error: CsvError };

/**
 * RFC 4180: fields separated by commas, records by CRLF (a bare LF is accepted too); a field in
 * double quotes may hold commas, line breaks and `""` for a quote. Strict otherwise: a quote
 * inside an unquoted field or text after a closing quote is an error, not a guess.
 * Blank lines are skipped; a leading byte order mark is ignored.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (message: string): CsvParseResult => ({
    ok: false,
    error: { row: rows.length + 1, column: `#${row.length + 1}`, message, code: 'csv_syntax' },
  });
  const endRecord = () => {
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (;;) {
    if (i === text.length) {
      // End of input: the last record was closed by its line break, or ends in an empty field.
      if (row.length > 0) endRecord();
      break;
    }
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return fail('A quoted field is not closed.');
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += c;
          i++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        return fail('Text after a closing quote; write "" for a quote inside a quoted field.');
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') return fail('A quote inside an unquoted field; put the field in quotes and write "".');
        field += text[i++];
      }
    }
    row.push(field);
    const sep = text[i];
    if (sep === ',') {
      i++;
      if (i === text.length) row.push('');
    } else if (sep === '\r') {
      if (text[i + 1] !== '\n') return fail('A carriage return without a line feed.');
      i += 2;
      endRecord();
    } else if (sep === '\n') {
      i++;
      endRecord();
    } else {
      endRecord(); // end of input
      break;
    }
  }
  return { ok: true, rows };
}

/** Cells a spreadsheet would run as a formula are written with a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Records as RFC 4180 text with CRLF line ends, formula-like cells escaped. */
export function writeCsv(rows: string[][]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The `'` our export put before a formula-like cell comes off again on import. */
const unescapeCell = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export const OPTION_COLUMNS = [
  'id',
  'groupId',
  'name_de',
  'name_en',
  'priceCents',
  'weightGrams',
  ...NUTRIENTS,
  'allergens',
  'tags',
  'inStock',
  'color',
] as const;
type Column = (typeof OPTION_COLUMNS)[number];

type Loose = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(str).join(';') : str(v));

/** The options of a (possibly unfinished) draft as CSV, one row per option. */
export function optionsToCsv(options: unknown): string {
  const rows: string[][] = [[...OPTION_COLUMNS]];
  for (const o of Array.isArray(options) ? (options as unknown[]) : []) {
    if (!o || typeof o !== 'object') continue;
    const opt = o as Loose;
    const name = (opt.name ?? {}) as Loose;
    const nutrition = (opt.nutrition ?? {}) as Loose;
    rows.push([
      str(opt.id),
      str(opt.groupId),
      str(name.de),
      str(name.en),
      str(opt.priceCents),
      str(opt.weightGrams),
      ...NUTRIENTS.map((n) => str(nutrition[n])),
      list(opt.allergens),
      list(opt.tags),
      str(opt.inStock),
      str(opt.color),
    ]);
  }
  return writeCsv(rows);
}

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ALLERGEN_SET = new Set<string>(ALLERGENS);

export type CsvOptionsResult = { ok: true; options: Loose[] } | { ok: false; errors: CsvError[] };

/**
 * The options a CSV describes, in its order. Fields the CSV has no column for (description,
 * attributes, quantity, image) are kept from the current option with the same id. Every bad
 * cell is reported with its row and column; nothing is returned then.
 */
export function csvToOptions(text: string, current: unknown): CsvOptionsResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const [header, ...records] = parsed.rows;
  if (!header)
    return {
      ok: false,
      errors: [{ row: 1, column: '', message: 'The CSV is empty; it needs a header row.', code: 'csv_empty' }],
    };
  const errors: CsvError[] = [];
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const name = h.trim();
    if (!(OPTION_COLUMNS as readonly string[]).includes(name))
      errors.push({ row: 1, column: name, message: `Unknown column "${name}".`, code: 'csv_unknown_column' });
    else if (index.has(name as Column))
      errors.push({ row: 1, column: name, message: `Column "${name}" appears twice.`, code: 'csv_duplicate_column' });
    else index.set(name as Column, i);
  });
  for (const c of OPTION_COLUMNS)
    if (!index.has(c))
      errors.push({ row: 1, column: c, message: `Column "${c}" is missing.`, code: 'csv_missing_column' });
  if (errors.length) return { ok: false, errors };

  const byId = new Map<string, Loose>();
  for (const o of Array.isArray(current) ? (current as unknown[]) : [])
    if (o && typeof o === 'object' && typeof (o as Loose).id === 'string')
      byId.set((o as Loose).id as string, o as Loose);

  const options: Loose[] = [];
  records.forEach((record, r) => {
    const row = r + 2;
    const bad = (column: string, message: string, code: CsvErrorCode, params?: CsvError['params']) =>
      errors.push({ row, column, message, code, ...(params && { params }) });
    if (record.length !== header.length) {
      bad('', `The row has ${record.length} fields; the header has ${header.length}.`, 'csv_field_count', {
        fields: record.length,
        expected: header.length,
      });
      return;
    }
    const get = (c: Column) => unescapeCell(record[index.get(c)!]!).trim();
    const whole = (c: Column): number | undefined => {
      const v = get(c);
      if (WHOLE.test(v) && Number.isSafeInteger(Number(v))) return Number(v);
      bad(c, `"${v}" is not a whole number (0 or more, digits only).`, 'csv_whole_number', { value: v });
      return undefined;
    };
    const decimal = (c: Column): number | undefined => {
      const v = get(c);
      if (DECIMAL.test(v) && Number.isFinite(Number(v))) return Number(v);
      bad(c, `"${v}" is not a number (0 or more, with a point as decimal separator).`, 'csv_number', { value: v });
      return undefined;
    };
    const split = (c: Column) =>
      get(c)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);

    const id = get('id');
    if (!id) bad('id', 'The id is empty.', 'csv_required');
    const groupId = get('groupId');
    if (!groupId) bad('groupId', 'The group id is empty.', 'csv_required');
    const priceCents = whole('priceCents');
    const weightGrams = decimal('weightGrams');

    let nutrition: Nutrition | undefined;
    const filled = NUTRIENTS.filter((n) => get(n) !== '');
    if (filled.length === NUTRIENTS.length) {
      nutrition = {} as Nutrition;
      for (const n of NUTRIENTS) nutrition[n] = decimal(n) ?? 0;
    } else if (filled.length > 0) {
      for (const n of NUTRIENTS)
        if (get(n) === '')
          bad(n, 'Give all nine nutrition values or none (for non-food options).', 'csv_nutrition_partial');
    }

    const allergens = split('allergens');
    for (const a of allergens)
      if (!ALLERGEN_SET.has(a))
        bad('allergens', `"${a}" is not one of the 14 allergens (${ALLERGENS.join(', ')}).`, 'csv_allergen', {
          value: a,
        });

    const stock = get('inStock').toLowerCase();
    if (stock !== 'true' && stock !== 'false')
      bad('inStock', `"${get('inStock')}" must be true or false.`, 'csv_boolean', { value: get('inStock') });

    const option: Loose = { ...(byId.get(id) ?? {}) };
    option.id = id;
    option.groupId = groupId;
    option.name = { de: get('name_de'), en: get('name_en') };
    option.priceCents = priceCents;
    option.weightGrams = weightGrams;
    if (nutrition) option.nutrition = nutrition;
    else delete option.nutrition;
    option.allergens = allergens as Allergen[];
    option.tags = split('tags');
    option.inStock = stock === 'true';
    const color = get('color');
    if (color) option.color = color;
    else delete option.color;
    options.push(option);
  });
  return errors.length ? { ok: false, errors } : { ok: true, options };
}
