/**
 * The editable columns of the options table: how a cell reads an option and which RFC 6902
 * operations a typed (or pasted) text becomes. A text that does not parse gives an error key
 * instead, and nothing is sent.
 */
import type { CatalogOption, Locale } from '@shared/catalog/types';
import type { CatalogPatchOperation as Op } from '@shared/merch/applyCatalogPatch';
import { formatEuros } from '@client/composables/useFormat';

export type ColumnKey = 'name' | 'price' | 'weight' | 'qmin' | 'qmax' | 'stock' | 'tags' | 'allergens' | 'color';
export type WriteResult = { ops: Op[] } | { error: string };

export interface OptionColumn {
  key: ColumnKey;
  /** i18n key of the header and the cell label. */
  label: string;
  kind: 'text' | 'number' | 'checkbox' | 'color';
  read: (o: CatalogOption, locale: Locale) => string;
  write: (o: CatalogOption, index: number, text: string, locale: Locale) => WriteResult;
  /** The fields of an option whose errors belong in this cell. */
  fields: string[];
}

const at = (i: number, ...rest: string[]) => `/options/${i}/${rest.join('/')}`;
const set = (o: object, i: number, field: string, value: unknown): Op => ({
  op: field in o ? 'replace' : 'add',
  path: at(i, field),
  value,
});

/** "1,20", "1.20", "1,2 €" → 120; null when it is no amount. */
export function parseEuros(text: string, locale: Locale): number | null {
  let t = text.replace(/[€\s]/g, '');
  t = locale === 'de' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

const wholeNumber = (text: string) => (/^\s*\d{1,7}\s*$/.test(text) ? Number(text) : null);
const list = (text: string) => [
  ...new Set(
    text
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

function quantity(o: CatalogOption, i: number, field: 'min' | 'max', text: string): WriteResult {
  const n = wholeNumber(text);
  if (n === null) return { error: 'merch.cell.wholeNumber' };
  if (!o.quantity) return { ops: [{ op: 'add', path: at(i, 'quantity'), value: { [field]: n } }] };
  const op = field in o.quantity ? 'replace' : 'add';
  return { ops: [{ op, path: at(i, 'quantity', field), value: n }] };
}

export const OPTION_COLUMNS: OptionColumn[] = [
  {
    key: 'name',
    label: 'merch.col.name',
    kind: 'text',
    fields: ['name', 'id'],
    read: (o, l) => o.name?.[l] ?? '',
    write: (_o, i, text, l) =>
      text.trim()
        ? { ops: [{ op: 'replace', path: at(i, 'name', l), value: text.trim() }] }
        : { error: 'merch.cell.required' },
  },
  {
    key: 'price',
    label: 'merch.col.price',
    kind: 'text',
    fields: ['priceCents'],
    read: (o, l) => formatEuros(o.priceCents, l),
    write: (o, i, text, l) => {
      const cents = parseEuros(text, l);
      return cents === null ? { error: 'merch.cell.euros' } : { ops: [set(o, i, 'priceCents', cents)] };
    },
  },
  {
    key: 'weight',
    label: 'merch.col.weight',
    kind: 'number',
    fields: ['weightGrams'],
    read: (o) => String(o.weightGrams),
    write: (o, i, text) => {
      const n = wholeNumber(text);
      return n === null ? { error: 'merch.cell.wholeNumber' } : { ops: [set(o, i, 'weightGrams', n)] };
    },
  },
  {
    key: 'qmin',
    label: 'merch.col.qmin',
    kind: 'number',
    fields: ['quantity/min', 'quantity/step'],
    read: (o) => String(o.quantity?.min ?? 1),
    write: (o, i, text) => quantity(o, i, 'min', text),
  },
  {
    key: 'qmax',
    label: 'merch.col.qmax',
    kind: 'number',
    fields: ['quantity/max', 'quantity'],
    read: (o) => String(o.quantity?.max ?? 1),
    write: (o, i, text) => quantity(o, i, 'max', text),
  },
  {
    key: 'stock',
    label: 'merch.col.stock',
    kind: 'checkbox',
    fields: ['inStock'],
    read: (o) => (o.inStock ? '1' : ''),
    write: (o, i, text) => ({ ops: [set(o, i, 'inStock', /^(1|true|ja|yes|x)$/i.test(text.trim()))] }),
  },
  {
    key: 'tags',
    label: 'merch.col.tags',
    kind: 'text',
    fields: ['tags'],
    read: (o) => (o.tags ?? []).join(', '),
    write: (o, i, text) => ({ ops: [set(o, i, 'tags', list(text))] }),
  },
  {
    key: 'allergens',
    label: 'merch.col.allergens',
    kind: 'text',
    fields: ['allergens'],
    read: (o) => (o.allergens ?? []).join(', '),
    write: (o, i, text) => ({ ops: [set(o, i, 'allergens', list(text))] }),
  },
  {
    key: 'color',
    label: 'merch.col.color',
    kind: 'color',
    fields: ['color'],
    read: (o) => o.color ?? '#000000',
    write: (o, i, text) =>
      /^#[0-9a-f]{6}$/i.test(text.trim()) ? { ops: [set(o, i, 'color', text.trim())] } : { error: 'merch.cell.color' },
  },
];

/** The column an error pointer `/options/<i>/<field…>` belongs to (else the name cell). */
export function columnOfPointer(pointer: string): { index: number; column: ColumnKey } | null {
  const m = /^\/options\/(\d+)(?:\/(.*))?$/.exec(pointer);
  if (!m) return null;
  const rest = m[2] ?? '';
  const column = OPTION_COLUMNS.find((c) => c.fields.some((f) => rest === f || rest.startsWith(`${f}/`)));
  return { index: Number(m[1]), column: column?.key ?? 'name' };
}
