import type { Catalog } from '@shared/catalog/types';
import type { LimitInsight, OptionCount, PairInsight, TrendInsight } from '@shared/insights';

/** One counted design as the insights read it: its distinct options and when it was made. */
export interface DesignFacts {
  ids: string[];
  quantities: Map<string, number>;
  recent: boolean;
}

const TOP = 10;
const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : 0);

/** Most chosen options, out of the designs. */
export function topOptions(designs: DesignFacts[]): OptionCount[] {
  const cnt = new Map<string, number>();
  for (const d of designs) for (const id of d.ids) cnt.set(id, (cnt.get(id) ?? 0) + 1);
  return [...cnt]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([optionId, n]) => ({ optionId, designs: n, share: share(n, designs.length) }));
}

/** The most frequent pairs with at least `minSupport` designs, with their lift. */
export function topPairs(designs: DesignFacts[], minSupport: number): PairInsight[] {
  const cnt = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const d of designs) {
    const ids = [...d.ids].sort();
    for (let i = 0; i < ids.length; i++) {
      cnt.set(ids[i]!, (cnt.get(ids[i]!) ?? 0) + 1);
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\n${ids[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const n = designs.length;
  return [...pairs]
    .filter(([, c]) => c >= minSupport)
    .map(([key, c]) => {
      const [a, b] = key.split('\n') as [string, string];
      return { a, b, designs: c, lift: Math.round(((c * n) / (cnt.get(a)! * cnt.get(b)!)) * 100) / 100 };
    })
    .sort((x, y) => y.designs - x.designs || y.lift - x.lift)
    .slice(0, TOP);
}

/** Options whose share rose most in the designs of the last 7 days against those before. */
export function trending(designs: DesignFacts[], minSupport: number): TrendInsight[] {
  const recent = designs.filter((d) => d.recent);
  const earlier = designs.filter((d) => !d.recent);
  if (recent.length < minSupport || earlier.length < minSupport) return [];
  const count = (list: DesignFacts[]) => {
    const m = new Map<string, number>();
    for (const d of list) for (const id of d.ids) m.set(id, (m.get(id) ?? 0) + 1);
    return m;
  };
  const r = count(recent);
  const e = count(earlier);
  return [...r]
    .filter(([, c]) => c >= minSupport)
    .map(([optionId, c]) => {
      const recentShare = share(c, recent.length);
      const earlierShare = share(e.get(optionId) ?? 0, earlier.length);
      return { optionId, recentShare, earlierShare, change: Math.round((recentShare - earlierShare) * 1000) / 1000 };
    })
    .filter((t) => t.change > 0)
    .sort((a, b) => b.change - a.change || a.optionId.localeCompare(b.optionId))
    .slice(0, TOP);
}

/** Rules whose limit the designs reached: a group at its maximum, an upper bound (nearly) used up. */
export function limitsReached(catalog: Catalog, designs: DesignFacts[]): LimitInsight[] {
  const options = new Map(catalog.options.map((o) => [o.id, o]));
  const smallest = Math.min(...catalog.options.map((o) => o.weightGrams || Infinity));
  const out: LimitInsight[] = [];
  for (const rule of catalog.rules) {
    let hit = 0;
    for (const d of designs) {
      if (rule.kind === 'groupCount' && rule.max !== undefined)
        hit += d.ids.filter((id) => options.get(id)?.groupId === rule.group).length >= rule.max ? 1 : 0;
      else if (rule.kind === 'capacity' && rule.attribute === 'weightGrams' && !rule.scope && rule.max !== undefined) {
        let grams = 0;
        for (const [id, q] of d.quantities) grams += (options.get(id)?.weightGrams ?? 0) * q;
        // Reached: not even the lightest option would still fit.
        hit += grams + smallest > rule.max ? 1 : 0;
      }
    }
    if (hit) out.push({ ruleId: rule.id, designs: hit, share: share(hit, designs.length) });
  }
  return out.sort((a, b) => b.designs - a.designs);
}
