import type { Catalog } from '@shared/catalog/types';
import { conditionalWrite, retryOnConflict } from '@server/db/conditionalWrite';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { CatalogStockModel, type CatalogStockDoc } from '@server/models/CatalogStock';

/** How long a process answers from its copy of the stock before reading it again. */
export const STOCK_TTL_MS = 1000;

/** The stock of one catalog as a process last read it. */
export interface Stock {
  revision: number;
  outOfStock: ReadonlySet<string>;
  inStock: ReadonlySet<string>;
}
const NONE: Stock = { revision: 0, outOfStock: new Set(), inStock: new Set() };
const stockOf = (d: CatalogStockDoc): Stock => ({
  revision: d.revision,
  outOfStock: new Set(d.outOfStock),
  inStock: new Set(d.inStock ?? []),
});

/**
 * Stock now, shared by every app process through the database: each process re-reads a
 * catalog's one stock document (an `_id` lookup) at most every `ttlMs`, and at once after its
 * own write, so a change made in one process shows in all of them within `ttlMs`.
 */
export class StockBook {
  private cache = new Map<string, { at: number; stock: Promise<Stock> }>();
  private ready = new Map<string, { at: number; stock: Stock }>();

  constructor(private readonly ttlMs = STOCK_TTL_MS) {}

  /** The current stock of a catalog (no document yet: nothing out of stock). */
  get(catalogId: string): Promise<Stock> {
    const hit = this.cache.get(catalogId);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.stock;
    return this.read(catalogId);
  }

  private read(catalogId: string): Promise<Stock> {
    const now = Date.now();
    const stock = CatalogStockModel.findById(catalogId)
      .lean<CatalogStockDoc | null>()
      .then((d): Stock => (d ? stockOf(d) : NONE));
    this.cache.set(catalogId, { at: now, stock });
    // Only while this is still the newest read: one that a write (`set`) overtook is not served.
    const current = () => this.cache.get(catalogId)?.stock === stock;
    stock.then(
      (s) => {
        if (current()) this.ready.set(catalogId, { at: now, stock: s });
      },
      () => {
        if (current()) this.cache.delete(catalogId);
      },
    );
    return stock;
  }

  /**
   * The same when a fresh copy is in memory (no waiting), else undefined. A copy past half its
   * time is read again in the background, so the hot path keeps answering from memory instead
   * of waiting for the read once a second; a copy is never served older than `ttlMs`.
   */
  peek(catalogId: string): Stock | undefined {
    const hit = this.ready.get(catalogId);
    if (!hit) return undefined;
    const age = Date.now() - hit.at;
    if (age >= this.ttlMs) return undefined;
    if (age >= this.ttlMs / 2 && this.cache.get(catalogId)?.at === hit.at) void this.read(catalogId);
    return hit.stock;
  }

  /** Marks one option out of stock (or back); safe against writers in other processes. */
  async set(catalogId: string, optionId: string, inStock: boolean, by: string): Promise<Stock> {
    await CatalogStockModel.create({ _id: catalogId, revision: 0, outOfStock: [], inStock: [] }).catch(
      (err: unknown) => {
        if (!isDuplicateKey(err)) throw err;
      },
    );
    const written = await retryOnConflict(async () => {
      const doc = await CatalogStockModel.findById(catalogId).lean<CatalogStockDoc>();
      const out = doc!.outOfStock.filter((id) => id !== optionId);
      const back = (doc!.inStock ?? []).filter((id) => id !== optionId);
      return conditionalWrite<CatalogStockDoc>({
        model: CatalogStockModel,
        doc: { _id: catalogId, revision: doc!.revision },
        key: `stock:${catalogId}`,
        update: {
          $set: {
            outOfStock: inStock ? out : [...out, optionId],
            inStock: inStock ? [...back, optionId] : back,
            changedBy: by,
            changedAt: new Date(),
          },
        },
      });
    });
    this.cache.delete(catalogId);
    this.ready.delete(catalogId);
    return stockOf(written);
  }
}

/** The catalog as shoppers see it now: `inStock` from the stock, everything else as published. */
export function withStock(catalog: Catalog, stock: Stock): Catalog {
  const now = (id: string, published: boolean) =>
    stock.outOfStock.has(id) ? false : stock.inStock.has(id) ? true : published;
  if (!catalog.options.some((o) => now(o.id, o.inStock) !== o.inStock)) return catalog;
  return { ...catalog, options: catalog.options.map((o) => ({ ...o, inStock: now(o.id, o.inStock) })) };
}
