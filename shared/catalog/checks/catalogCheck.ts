import type { CatalogFinding } from '../schemaFindings';
import type { Catalog } from '../types';

/**
 * One semantic check the meta-schema cannot express. It runs only on data that passed the
 * schema, so it may trust the types, and returns its findings as data (never throws).
 */
export type CatalogCheck = (catalog: Catalog) => CatalogFinding[];
