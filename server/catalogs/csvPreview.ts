import { NUTRIENTS, type LocalizedText } from '@shared/catalog/types';
import type { CsvFieldChange, CsvPreview, CsvPreviewRow } from '@shared/merch/studio';
import { csvToOptions } from './csv';

type Loose = Record<string, unknown>;
const text = (v: unknown) => (v === undefined || v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));

/** The fields the CSV has a column for, each read from an option as the CSV writes it. */
const FIELDS: [string, (o: Loose) => unknown][] = [
  ['groupId', (o) => o.groupId],
  ['name_de', (o) => (o.name as Loose | undefined)?.de],
  ['name_en', (o) => (o.name as Loose | undefined)?.en],
  ['priceCents', (o) => o.priceCents],
  ['weightGrams', (o) => o.weightGrams],
  ...NUTRIENTS.map((n): [string, (o: Loose) => unknown] => [n, (o) => (o.nutrition as Loose | undefined)?.[n]]),
  ['allergens', (o) => o.allergens],
  ['tags', (o) => o.tags],
  ['inStock', (o) => o.inStock],
  ['color', (o) => o.color],
];

const nameOf = (o: Loose): LocalizedText => {
  const n = (o.name ?? {}) as Loose;
  return { de: text(n.de), en: text(n.en) };
};

/**
 * What importing `csv` would do to a draft's options, row by row (added, changed field by
 * field old → new, unchanged), which options it would delete, and its errors: the same
 * csvToOptions the import runs, so the preview and the import cannot disagree.
 */
export function csvPreview(csv: string, current: unknown): Omit<CsvPreview, 'revision'> {
  const result = csvToOptions(csv, current);
  if (!result.ok) return { rows: [], removed: [], errors: result.errors };
  const before = new Map<string, Loose>();
  for (const o of Array.isArray(current) ? (current as unknown[]) : [])
    if (o && typeof o === 'object' && typeof (o as Loose).id === 'string')
      before.set((o as Loose).id as string, o as Loose);
  const rows = result.options.map((o, i): CsvPreviewRow => {
    const id = text(o.id);
    const old = before.get(id);
    const changes: CsvFieldChange[] = old
      ? FIELDS.flatMap(([field, read]) => {
          const [from, to] = [text(read(old)), text(read(o))];
          return from === to ? [] : [{ field, from, to }];
        })
      : [];
    return {
      row: i + 2,
      id,
      name: nameOf(o),
      kind: !old ? 'added' : changes.length ? 'changed' : 'unchanged',
      changes,
    };
  });
  const kept = new Set(rows.map((r) => r.id));
  const removed = [...before.values()]
    .filter((o) => !kept.has(text(o.id)))
    .map((o) => ({ id: text(o.id), name: nameOf(o) }));
  return { rows, removed, errors: [] };
}
