import { randomBytes } from 'node:crypto';
import type { Violation } from '@shared/api';
import { checkCatalog, type CatalogError } from '@shared/catalog/checkCatalog';
import { checkSearchBudget } from '@shared/rules';
import type { Catalog, LocalizedText } from '@shared/catalog/types';
import type { AdminCatalogRow, DraftView } from '@shared/merch';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { conflict, invalidCatalog, notFound, preconditionFailed, preconditionRequired } from '@server/errors';
import { CatalogDraftModel, type CatalogDraftDoc } from '@server/models/CatalogDraft';
import { CatalogVersionModel, type CatalogVersionDoc } from '@server/models/CatalogVersion';
import { conditionalWrite, takePermit } from '@server/db/conditionalWrite';
import { isDuplicateKey } from '@server/db/isDuplicateKey';

export const CATALOG_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** 428: a write of a draft must say which revision it read. */
const revisionRequired = () =>
  preconditionRequired('Send If-Match with the ETag of the draft you read, so nobody else’s changes are overwritten.');

/** 422: a draft that cannot be published yet, each error with its JSON pointer as `path`. */
export const catalogHasErrors = (errors: CatalogError[]) =>
  invalidCatalog(errors.map((e): Violation => ({ code: 'catalog_error', message: e.message, path: e.pointer })));

/** The rules make guidance search too long for a shopper's click (see shared/rules/checkSearchBudget.ts). */
const searchTooHard = (catalogId: string, limit: number): CatalogError => ({
  source: `draft:${catalogId}`,
  pointer: '/rules',
  message: `The rules are too hard to search: guidance needed more than ${limit} steps for some design. Loosen or split the capacity and count rules.`,
});

const staleDraft = () =>
  preconditionFailed('Someone else saved this draft since you loaded it; reload it and apply your changes again.');

/** The newest published version, read from the database (never the cache: it decides a publish). */
async function newestVersion(catalogId: string): Promise<number | null> {
  const doc = await CatalogVersionModel.findOne({ catalogId }, { version: 1 })
    .sort({ version: -1 })
    .lean<{ version: number } | null>();
  return doc?.version ?? null;
}

/** checkCatalog's errors plus what only a draft can get wrong: its id and its version number. */
export function draftErrors(body: unknown, catalogId: string, published: number | null): CatalogError[] {
  const source = `draft:${catalogId}`;
  const result = checkCatalog(body, source);
  const errors = result.ok ? [] : [...result.errors];
  const b = (body ?? {}) as { id?: unknown; version?: unknown };
  if (b.id !== catalogId) errors.push({ source, pointer: '/id', message: `The id must stay "${catalogId}".` });
  if (published !== null && typeof b.version === 'number' && b.version <= published)
    errors.push({
      source,
      pointer: '/version',
      message: `The version must be greater than the published version ${published}.`,
    });
  return errors;
}

export async function viewOf(doc: CatalogDraftDoc): Promise<DraftView> {
  return {
    draft: doc.body,
    errors: draftErrors(doc.body, doc._id, await newestVersion(doc._id)),
    revision: doc.revision,
  };
}

export async function loadDraft(catalogId: string): Promise<CatalogDraftDoc> {
  const doc = CATALOG_ID.test(catalogId)
    ? await CatalogDraftModel.findById(catalogId).lean<CatalogDraftDoc | null>()
    : null;
  if (!doc) throw notFound(`A draft of catalog ${catalogId}`);
  return doc;
}

/** Every catalog (published or only drafted) with its newest version and its draft, if any. */
export async function listCatalogs(): Promise<AdminCatalogRow[]> {
  const [versions, drafts] = await Promise.all([
    CatalogVersionModel.find({}, { catalogId: 1, version: 1, 'body.name': 1 }).lean<CatalogVersionDoc[]>(),
    CatalogDraftModel.find({}, { revision: 1, updatedAt: 1, 'body.name': 1 }).lean<CatalogDraftDoc[]>(),
  ]);
  const rows = new Map<string, AdminCatalogRow>();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) {
      r = { id, name: null, publishedVersion: null, hasDraft: false, draftRevision: null, draftUpdatedAt: null };
      rows.set(id, r);
    }
    return r;
  };
  for (const v of versions) {
    const r = row(v.catalogId);
    if (r.publishedVersion === null || v.version > r.publishedVersion) {
      r.publishedVersion = v.version;
      r.name = v.body?.name ?? null;
    }
  }
  for (const d of drafts) {
    const r = row(d._id);
    r.hasDraft = true;
    r.draftRevision = d.revision;
    r.draftUpdatedAt = new Date(d.updatedAt).toISOString();
    const name = d.body?.name as LocalizedText | undefined;
    if (r.name === null && name && typeof name.de === 'string' && typeof name.en === 'string') r.name = name;
  }
  return [...rows.values()].sort((a, b) => a.id.localeCompare(b.id));
}

async function insertDraft(catalogId: string, body: Record<string, unknown>, userId: string): Promise<CatalogDraftDoc> {
  try {
    const doc = await CatalogDraftModel.create({
      _id: catalogId,
      body,
      revision: 1,
      generation: randomBytes(6).toString('base64url'),
      updatedAt: new Date(),
      updatedBy: userId,
    });
    return doc.toObject() as CatalogDraftDoc;
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(`Catalog ${catalogId} already has a draft; open it instead.`);
    throw err;
  }
}

/** A draft of a NEW catalog: the right shape, version 1, nothing in it yet. */
export async function createNewDraft(catalogId: string, name: LocalizedText, userId: string): Promise<CatalogDraftDoc> {
  if ((await newestVersion(catalogId)) !== null)
    throw conflict(`Catalog ${catalogId} exists already; start a draft from it instead.`);
  const body: Catalog = {
    schemaVersion: 1,
    id: catalogId,
    version: 1,
    name,
    currency: 'EUR',
    basePriceCents: 0,
    preview: 'jar',
    groups: [],
    options: [],
    rules: [],
    textFields: [],
  };
  return insertDraft(catalogId, body as unknown as Record<string, unknown>, userId);
}

/** A draft of an existing catalog: its newest version, numbered as the next one. */
export async function startDraftFrom(
  catalogs: CatalogStore,
  catalogId: string,
  userId: string,
): Promise<CatalogDraftDoc> {
  const version = CATALOG_ID.test(catalogId) ? await newestVersion(catalogId) : null;
  const prepared = version === null ? null : await catalogs.get(catalogId, version);
  if (!prepared) throw notFound(`Catalog ${catalogId}`);
  const body = { ...structuredClone(prepared.catalog), version: prepared.catalog.version + 1 };
  return insertDraft(catalogId, body as unknown as Record<string, unknown>, userId);
}

/** The draft's permit name: a new draft of the same catalog (a new generation) starts afresh. */
const permitKey = (doc: CatalogDraftDoc) => `catalog-draft:${doc._id}:${doc.generation}`;

/**
 * Replaces the draft's body when `expected` is still its revision: 428 without one, 412 when
 * stale (nothing changes). Two writers with the same revision: exactly one wins.
 */
export async function saveDraft(
  catalogId: string,
  expected: number | undefined,
  change: (current: CatalogDraftDoc) => Record<string, unknown>,
  userId: string,
): Promise<CatalogDraftDoc> {
  if (expected === undefined) throw revisionRequired();
  const doc = await loadDraft(catalogId);
  if (doc.revision !== expected) throw staleDraft();
  const body = change(doc);
  return conditionalWrite<CatalogDraftDoc>({
    model: CatalogDraftModel,
    doc,
    key: permitKey(doc),
    filter: { generation: doc.generation },
    update: { $set: { body, updatedAt: new Date(), updatedBy: userId } },
    onTaken: staleDraft,
  });
}

/**
 * Publishes the draft as a new version: it must have no errors (422) and, when `expected` is
 * given, still be that revision (412). The version insert has a unique `_id`, so publishing
 * twice cannot write two versions; the draft is then deleted.
 */
export async function publishDraft(
  catalogs: CatalogStore,
  catalogId: string,
  expected: number | undefined,
): Promise<number> {
  const doc = await loadDraft(catalogId);
  if (expected !== undefined && doc.revision !== expected) throw staleDraft();
  const errors = draftErrors(doc.body, catalogId, await newestVersion(catalogId));
  if (errors.length) throw catalogHasErrors(errors);
  const catalog = doc.body as unknown as Catalog;
  const search = checkSearchBudget(catalog);
  if (!search.ok) throw catalogHasErrors([searchTooHard(catalogId, search.limit)]);
  // Holding the revision's permit: no save of this revision can land between publish and delete.
  const permit = await takePermit(CatalogDraftModel, doc, permitKey(doc), { generation: doc.generation }, () =>
    conflict('The draft is being saved or published right now; reload it.'),
  );
  try {
    await catalogs.publish(catalog);
  } catch (err) {
    await permit.release();
    if (isDuplicateKey(err)) throw conflict(`Version ${catalog.version} of ${catalogId} is already published.`);
    throw err;
  }
  await CatalogDraftModel.deleteOne({ _id: doc._id, generation: doc.generation });
  return catalog.version;
}
