import type { Catalog, CatalogOption, DesignDraft, OptionSelector } from '@shared/catalog/types';
import { evaluate } from '@shared/rules';

/** A small fast seeded PRNG (mulberry32): the same community for the same seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CommunityOptions {
  designs: number;
  seed?: number;
  /** Latent taste profiles; each favours a few options of each group. */
  profiles?: number;
  /** How often a pick comes from the profile's favourites (else from overall popularity). */
  themeShare?: number;
  /** `full` (default): every design is checked by the rule engine at the end; `quick` skips that. */
  check?: 'full' | 'quick';
}

const matches = (o: CatalogOption, sel: OptionSelector) =>
  'option' in sel ? o.id === sel.option : 'tag' in sel ? o.tags.includes(sel.tag) : o.groupId === sel.group;

/** The rules an addition can break (group maxima, the unscoped weight limit, exclusions), checked fast. */
function quickRules(catalog: Catalog): (chosen: CatalogOption[]) => boolean {
  const rules = catalog.rules;
  return (chosen) =>
    rules.every((rule) => {
      if (rule.kind === 'groupCount') return chosen.filter((o) => o.groupId === rule.group).length <= (rule.max ?? 1e9);
      if (rule.kind === 'capacity' && rule.attribute === 'weightGrams' && !rule.scope)
        return chosen.reduce((s, o) => s + o.weightGrams * (o.quantity?.min ?? 1), 0) <= (rule.max ?? 1e9);
      if (rule.kind === 'excludes')
        return !(chosen.some((o) => matches(o, rule.a)) && chosen.some((o) => matches(o, rule.b)));
      return true;
    });
}

export interface GeneratedDesign {
  draft: DesignDraft;
  profile: number;
}

function pickWeighted(r: () => number, items: CatalogOption[], weight: (o: CatalogOption) => number) {
  let total = 0;
  for (const o of items) total += weight(o);
  let x = r() * total;
  for (const o of items) if ((x -= weight(o)) <= 0) return o;
  return items[items.length - 1];
}

/**
 * A generated community for a catalog: designs in time order, each drawn from one latent taste
 * profile (Zipf popularity overall; each pick comes from the profile's favourites with
 * probability `themeShare`, else from overall popularity; a quarter of the profiles vegan), built by the shopper's way: a base first, then options that keep the
 * design within the rules (checked by the shared rule engine).
 */
export function generateCommunity(catalog: Catalog, opts: CommunityOptions): GeneratedDesign[] {
  const r = rng(opts.seed ?? 42);
  const stocked = catalog.options.filter((o) => o.inStock);
  const order = [...stocked].sort(() => r() - 0.5);
  const pop = new Map(order.map((o, i) => [o.id, 1 / Math.pow(i + 1, 0.8)]));
  const profiles = Array.from({ length: opts.profiles ?? 8 }, (_, p) => ({
    vegan: p % 4 === 3,
    likes: new Set(stocked.filter(() => r() < 0.12).map((o) => o.id)),
  }));
  const themeShare = opts.themeShare ?? 0.5;
  const firstGroup = catalog.groups[0]!.id;
  const fits = quickRules(catalog);
  const out: GeneratedDesign[] = [];
  while (out.length < opts.designs) {
    const p = Math.floor(r() * profiles.length);
    const prof = profiles[p]!;
    const diets = prof.vegan ? ['vegan'] : [];
    const pool = stocked.filter((o) => !prof.vegan || o.tags.includes('vegan'));
    const popular = (o: CatalogOption) => pop.get(o.id)!;
    const liked = (o: CatalogOption) => (prof.likes.has(o.id) ? pop.get(o.id)! : 0);
    const draft: DesignDraft = { catalogId: catalog.id, selections: [], diets };
    const want = 3 + Math.floor(r() * 6);
    const bases = pool.filter((o) => o.groupId === firstGroup);
    const base = pickWeighted(r, bases, bases.some((o) => liked(o) > 0) && r() < themeShare ? liked : popular);
    const chosen: CatalogOption[] = base ? [base] : [];
    for (let tries = 0; tries < 25 && chosen.length < want; tries++) {
      const rest = pool.filter((x) => !chosen.includes(x));
      const fromTheme = r() < themeShare && rest.some((x) => liked(x) > 0);
      const o = pickWeighted(r, rest, fromTheme ? liked : popular);
      if (o && fits([...chosen, o])) chosen.push(o);
    }
    draft.selections = chosen.map((o) => ({ optionId: o.id, quantity: o.quantity?.min ?? 1 }));
    if (opts.check === 'quick' || evaluate(catalog, draft).length === 0) out.push({ draft, profile: p });
  }
  return out;
}
