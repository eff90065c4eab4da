import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCatalog, type CatalogError } from '@shared/catalog/checkCatalog';
import type { Catalog } from '@shared/catalog/types';

/** The repo's `catalogs/` folder: the meta-schema and the seed catalogs. */
export const CATALOGS_DIR = resolve(import.meta.dirname, '../../catalogs');
const SCHEMA_FILE = 'catalog.schema.json';

/** Thrown when any catalog file is broken; `errors` holds every problem, the message lists them. */
export class CatalogFilesError extends Error {
  constructor(
    dir: string,
    readonly errors: CatalogError[],
  ) {
    const lines = errors.map((e) => `  ${e.source}#${e.pointer}: ${e.message}`);
    super(`${errors.length} error(s) in the catalogs in ${dir}; fix them and restart:\n${lines.join('\n')}`);
    this.name = 'CatalogFilesError';
  }
}

/** `position 42` in a JSON.parse message becomes `line 3, column 5`, which an editor can jump to. */
function withLineAndColumn(message: string, text: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const before = text.slice(0, Number(match[1])).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** Parses one file; a syntax error becomes a CatalogError on the whole file. */
function readCatalogFile(dir: string, file: string): { data: unknown } | { error: CatalogError } {
  const text = readFileSync(join(dir, file), 'utf8');
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (err) {
    return {
      error: {
        source: file,
        pointer: '',
        message: `invalid JSON: ${withLineAndColumn((err as Error).message, text)}`,
        code: 'invalid_json',
        params: {},
      },
    };
  }
}

/** Two files with the same catalog id would silently replace each other when seeded. */
function duplicateIds(catalogs: { file: string; catalog: Catalog }[]): CatalogError[] {
  const firstFile = new Map<string, string>();
  return catalogs.flatMap(({ file, catalog }) => {
    const first = firstFile.get(catalog.id);
    if (first === undefined) firstFile.set(catalog.id, file);
    return first === undefined
      ? []
      : [
          {
            source: file,
            pointer: '/id',
            message: `catalog id "${catalog.id}" is also used by ${first}`,
            code: 'duplicate_catalog_id',
            params: { id: catalog.id, file: first },
          },
        ];
  });
}

/**
 * Reads and checks every `*.json` in `dir` except the meta-schema, in file-name order.
 * Returns the catalogs when all are valid; otherwise throws one CatalogFilesError listing
 * every problem of every file as `file#pointer: message`, so one start shows them all.
 */
export function loadCatalogFiles(dir: string = CATALOGS_DIR): Catalog[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
    .sort();
  const errors: CatalogError[] = [];
  const loaded: { file: string; catalog: Catalog }[] = [];
  for (const file of files) {
    const read = readCatalogFile(dir, file);
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    const checked = checkCatalog(read.data, file);
    if (checked.ok) loaded.push({ file, catalog: checked.catalog });
    else errors.push(...checked.errors);
  }
  errors.push(...duplicateIds(loaded));
  if (errors.length > 0) throw new CatalogFilesError(dir, errors);
  return loaded.map(({ catalog }) => catalog);
}
