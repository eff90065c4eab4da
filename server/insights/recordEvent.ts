import type { Catalog } from '@shared/catalog/types';
import type { InsightsEventBody } from '@shared/insights';
import { badRequest } from '@server/errors';
import { InsightEventModel } from '@server/models/InsightEvent';

/** Stores a configurator event: one anonymous row per option the repair took out. */
export async function recordEvent(catalog: Catalog, body: InsightsEventBody): Promise<void> {
  const known = new Set(catalog.options.map((o) => o.id));
  const unknown = body.options.filter((id) => !known.has(id));
  if (unknown.length) throw badRequest(`Unknown options for catalog ${catalog.id}: ${unknown.join(', ')}.`);
  const at = new Date();
  await InsightEventModel.insertMany(
    [...new Set(body.options)].map((optionId) => ({ catalogId: catalog.id, kind: 'repair_remove', optionId, at })),
  );
}
