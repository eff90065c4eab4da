import { isDuplicateKey } from '@server/db/isDuplicateKey';
import type { ValidateFunction } from 'ajv';
import type { Catalog } from '@shared/catalog/types';
import { designSchema } from '@shared/catalog/designSchema';
import { CatalogVersionModel, type CatalogVersionDoc } from '@server/models/CatalogVersion';
import { bodyAjv } from '@server/middleware/validateBody';
import { StockBook, withStock, type Stock } from './stock';

/** A published catalog version with what is derived from it once. */
export interface PreparedCatalog {
  catalog: Catalog;
  /** ajv-compiled design schema of this version (option, text field and diet ids). */
  checkDesign: ValidateFunction;
  /** The revision of the stock laid over the version (0: as published). */
  stockRevision?: number;
}

const CATALOG_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** How long the newest version number of a catalog may be served from memory. */
const LATEST_TTL_MS = 2000;

/**
 * Published catalog versions: immutable once written, so each is read and compiled once
 * and kept in memory; only "which version is newest" is re-read now and then.
 */
export class CatalogStore {
  private versions = new Map<string, Promise<PreparedCatalog | null>>();
  private latest = new Map<string, { at: number; version: Promise<number | null> }>();
  /** The same, once settled: what `peek` answers from without waiting. */
  private readyVersions = new Map<string, PreparedCatalog>();
  private readyLatest = new Map<string, { at: number; version: number }>();
  /** Each version with the stock of now laid over it, per stock revision. */
  private overlays = new WeakMap<PreparedCatalog, PreparedCatalog>();

  constructor(readonly stock = new StockBook()) {}

  /** Publishes each seed catalog whose version is not in the database yet. */
  async seed(catalogs: Catalog[]): Promise<void> {
    for (const c of catalogs) {
      // An insert, not an upsert: app processes starting together each try; the unique _id lets
      // one win, and a version once published is never written again.
      await CatalogVersionModel.create({
        _id: `${c.id}@${c.version}`,
        catalogId: c.id,
        version: c.version,
        body: c,
        publishedAt: new Date(),
      }).catch((err: unknown) => {
        if (!isDuplicateKey(err)) throw err;
      });
    }
    this.latest.clear();
    this.readyLatest.clear();
  }

  /** Newest published version of every catalog. */
  async list(): Promise<Catalog[]> {
    const docs = await CatalogVersionModel.find({}, { catalogId: 1, version: 1 }).lean<CatalogVersionDoc[]>();
    const newest = new Map<string, number>();
    for (const d of docs) newest.set(d.catalogId, Math.max(newest.get(d.catalogId) ?? 0, d.version));
    const out = await Promise.all([...newest].map(([id, v]) => this.get(id, v)));
    return out
      .filter((p): p is PreparedCatalog => p !== null)
      .map((p) => p.catalog)
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * A version of a catalog, the newest when `version` is undefined, as shoppers see it now
   * (`inStock` from the stock, see stock.ts); null when there is none.
   */
  async get(catalogId: string, version?: number): Promise<PreparedCatalog | null> {
    const [published, stock] = await Promise.all([this.published(catalogId, version), this.stock.get(catalogId)]);
    return published && this.overlay(published, stock);
  }

  /** A version exactly as published (immutable). */
  async published(catalogId: string, version?: number): Promise<PreparedCatalog | null> {
    if (!CATALOG_ID.test(catalogId)) return null;
    const v = version ?? (await this.latestVersion(catalogId));
    if (v === null) return null;
    const key = `${catalogId}@${v}`;
    let hit = this.versions.get(key);
    if (!hit) {
      hit = this.load(key);
      this.versions.set(key, hit);
      hit.then(
        (p) => (p ? this.readyVersions.set(key, p) : this.versions.delete(key)),
        () => this.versions.delete(key),
      );
    }
    return hit;
  }

  /**
   * The same as `get` when the answer is already in memory (the hot path: no promise, no
   * waiting), else undefined and the caller uses `get`.
   */
  peek(catalogId: string, version?: number): PreparedCatalog | undefined {
    let v = version;
    if (v === undefined) {
      const latest = this.readyLatest.get(catalogId);
      if (!latest) return undefined;
      const age = Date.now() - latest.at;
      if (age >= LATEST_TTL_MS) return undefined;
      // Past half its time: asked again in the background (as StockBook.peek does), so the hot
      // path does not wait for that query every two seconds.
      if (age >= LATEST_TTL_MS / 2 && this.latest.get(catalogId)?.at === latest.at) void this.readLatest(catalogId);
      v = latest.version;
    }
    const published = this.readyVersions.get(`${catalogId}@${v}`);
    const stock = this.stock.peek(catalogId);
    return published && stock && this.overlay(published, stock);
  }

  private overlay(published: PreparedCatalog, stock: Stock): PreparedCatalog {
    if (stock.revision === 0) return published;
    const hit = this.overlays.get(published);
    if (hit?.stockRevision === stock.revision) return hit;
    // The design schema names options, not their stock: the compiled check is shared.
    const now = { ...published, catalog: withStock(published.catalog, stock), stockRevision: stock.revision };
    this.overlays.set(published, now);
    return now;
  }

  /**
   * Writes a checked catalog as a new version (an insert: its unique `_id` makes a second
   * publish of the same version fail with a duplicate key) and forgets the cached newest one.
   */
  async publish(catalog: Catalog, meta: { by?: string; note?: string } = {}): Promise<void> {
    await CatalogVersionModel.create({
      _id: `${catalog.id}@${catalog.version}`,
      catalogId: catalog.id,
      version: catalog.version,
      body: catalog,
      publishedAt: new Date(),
      publishedBy: meta.by ?? null,
      note: meta.note ?? '',
    });
    this.invalidate(catalog.id);
  }

  /** Forget the cached "newest version" (after publishing). */
  invalidate(catalogId: string): void {
    this.latest.delete(catalogId);
    this.readyLatest.delete(catalogId);
  }

  private latestVersion(catalogId: string): Promise<number | null> {
    const cached = this.latest.get(catalogId);
    if (cached && Date.now() - cached.at < LATEST_TTL_MS) return cached.version;
    return this.readLatest(catalogId);
  }

  private readLatest(catalogId: string): Promise<number | null> {
    const now = Date.now();
    const version = CatalogVersionModel.findOne({ catalogId }, { version: 1 })
      .sort({ version: -1 })
      .lean<{ version: number } | null>()
      .then((d) => d?.version ?? null);
    this.latest.set(catalogId, { at: now, version });
    // Unknown ids are not remembered, so guessing ids cannot grow this map. A query that a
    // publish (`invalidate`) overtook is not remembered either.
    const current = () => this.latest.get(catalogId)?.version === version;
    version.then(
      (v) => {
        if (!current()) return;
        if (v === null) this.latest.delete(catalogId);
        else this.readyLatest.set(catalogId, { at: now, version: v });
      },
      () => {
        if (current()) this.latest.delete(catalogId);
      },
    );
    return version;
  }

  private async load(key: string): Promise<PreparedCatalog | null> {
    const doc = await CatalogVersionModel.findById(key).lean<CatalogVersionDoc | null>();
    if (!doc) return null;
    return { catalog: doc.body, checkDesign: bodyAjv.compile(designSchema(doc.body)) };
  }
}
