import type { Catalog } from '@shared/catalog/types';
import type { InsightsResponse, PublicDesignInsight } from '@shared/insights';
import { trusted } from '@server/db/trusted';
import { DesignModel } from '@server/models/Design';
import { InsightEventModel } from '@server/models/InsightEvent';
import { publiclyVisible } from '@server/moderation/stateMachine';
import { limitsReached, topOptions, topPairs, trending, type DesignFacts } from './optionStats';

const WEEK_MS = 7 * 24 * 3600_000;
const COUNTED = ['private', 'pending', 'public'] as ('private' | 'pending' | 'public')[];
const TOP_DESIGNS = 5;

/** The top public designs by a count (votes, remixes): only public names ever appear here. */
async function topPublic(catalogId: string, by: 'votes' | 'remixCount'): Promise<PublicDesignInsight[]> {
  const docs = await DesignModel.find(
    { ...publiclyVisible(), catalogId, [by]: trusted({ $gt: 0 }) } as Record<string, unknown>,
    { name: 1, votes: 1, remixCount: 1 },
  )
    .sort({ [by]: -1, _id: 1 })
    .limit(TOP_DESIGNS)
    .lean<{ _id: string; name: string; votes: number; remixCount: number }[]>();
  return docs.map((d) => ({ id: d._id, name: d.name, votes: d.votes ?? 0, remixCount: d.remixCount ?? 0 }));
}

/** How often the one-click repair took each option out, most often first. */
async function repairRemoved(catalogId: string): Promise<{ optionId: string; times: number }[]> {
  const rows = await InsightEventModel.aggregate<{ _id: string; times: number }>([
    { $match: { catalogId, kind: 'repair_remove' } },
    { $group: { _id: '$optionId', times: { $sum: 1 } } },
    { $sort: { times: -1, _id: 1 } },
    { $limit: 10 },
  ]);
  return rows.map((r) => ({ optionId: r._id, times: r.times }));
}

/**
 * What the community tells the merchandiser about a catalog, from one pass over its designs
 * (every version: option ids carry over) and the repair events. Aggregates and public
 * designs only: no private design, no person is named.
 */
export async function computeInsights(
  catalog: Catalog,
  minSupport: number,
  now = new Date(),
): Promise<InsightsResponse> {
  const since = now.getTime() - WEEK_MS;
  const facts: DesignFacts[] = [];
  const cursor = DesignModel.find(
    { catalogId: catalog.id, status: trusted({ $in: COUNTED }) },
    { selections: 1, createdAt: 1 },
  )
    .lean<{ selections: { optionId: string; quantity: number }[]; createdAt: Date }[]>()
    .cursor() as AsyncIterable<{ selections: { optionId: string; quantity: number }[]; createdAt: Date }>;
  for await (const d of cursor) {
    const chosen = d.selections.filter((s) => s.quantity > 0);
    if (!chosen.length) continue;
    const quantities = new Map(chosen.map((s) => [s.optionId, s.quantity]));
    facts.push({ ids: [...quantities.keys()], quantities, recent: d.createdAt.getTime() >= since });
  }
  const outOfStock = new Set(catalog.options.filter((o) => !o.inStock).map((o) => o.id));
  const [mostVoted, mostRemixed, removed] = await Promise.all([
    topPublic(catalog.id, 'votes'),
    topPublic(catalog.id, 'remixCount'),
    repairRemoved(catalog.id),
  ]);
  return {
    catalogId: catalog.id,
    generatedAt: now.toISOString(),
    designs: facts.length,
    recentDesigns: facts.filter((f) => f.recent).length,
    minSupport,
    topOptions: topOptions(facts),
    topPairs: topPairs(facts, minSupport),
    trending: trending(facts, minSupport),
    mostVoted,
    mostRemixed,
    limits: limitsReached(catalog, facts),
    repairRemoved: removed,
    wantedOutOfStock: topOptions(facts.map((f) => ({ ...f, ids: f.ids.filter((id) => outOfStock.has(id)) }))),
  };
}
