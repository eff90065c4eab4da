import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGS_DIR, CatalogFilesError, loadCatalogFiles } from './loadCatalogFiles';

describe('loadCatalogFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'prosumer-catalogs-'));
    copyFileSync(join(CATALOGS_DIR, 'catalog.schema.json'), join(dir, 'catalog.schema.json'));
    copyFileSync(join(CATALOGS_DIR, 'label.json'), join(dir, 'label.json'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the three seed catalogs from catalogs/', () => {
    expect(loadCatalogFiles().map((c) => c.id)).toEqual(['burger', 'label', 'muesli']);
  });

  it('skips the meta-schema and loads the valid files of a folder', () => {
    expect(loadCatalogFiles(dir).map((c) => c.id)).toEqual(['label']);
  });

  it('names file and pointer of every error, a syntax error with its line', () => {
    writeFileSync(join(dir, 'broken-syntax.json'), '{\n  "id": "x",\n}\n');
    const wrong = { schemaVersion: 1, id: 'wrong', version: 1, name: { de: 'x', en: 'x' }, currency: 'EUR' };
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ ...wrong, basePriceCents: -1 }));
    let thrown: unknown;
    try {
      loadCatalogFiles(dir);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(CatalogFilesError);
    const { message, errors } = thrown as CatalogFilesError;
    expect(message).toMatch(/^\s*broken-syntax\.json#: invalid JSON: .* \(line 3, column 1\)$/m);
    expect(message).toContain('wrong.json#/basePriceCents: must be >= 0');
    expect(message).toContain('wrong.json#/preview: is required');
    expect(errors.every((e) => e.source === 'broken-syntax.json' || e.source === 'wrong.json')).toBe(true);
  });

  it('rejects two files with the same catalog id', () => {
    copyFileSync(join(CATALOGS_DIR, 'label.json'), join(dir, 'label-copy.json'));
    expect(() => loadCatalogFiles(dir)).toThrow('label.json#/id: catalog id "label" is also used by label-copy.json');
  });
});
