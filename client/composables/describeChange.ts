/** What a screen reader needs to know about a configurator state, in display words. */
export interface ConfiguratorSnapshot {
  quantities: ReadonlyMap<string, number>;
  /** Why each option cannot be added now (its first reason); options not listed can be. */
  blocked: ReadonlyMap<string, string>;
  /** Capacity id → "Beutel: 450 von 575 g". */
  capacities: ReadonlyMap<string, string>;
  price: string;
  /** Rule errors and what is still missing, as messages. */
  problems: readonly string[];
  valid: boolean;
}

type Translate = (key: string, params: Record<string, string | number>) => string;

/** "A", "A und B", "A, B und C", "A, B und 7 weitere". */
function names(list: string[], t: Translate, and: string): string {
  if (list.length <= 3)
    return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} ${and} ${list.at(-1)}`;
  return t('a11y.change.more', { names: list.slice(0, 2).join(', '), n: list.length - 2 });
}

/**
 * One sentence for one change: quantities, capacities and price that changed, options that
 * became unavailable (grouped by reason) or available again, new problems, and completion.
 * Empty when nothing a shopper hears about changed.
 */
export function describeChange(
  before: ConfiguratorSnapshot,
  after: ConfiguratorSnapshot,
  name: (optionId: string) => string,
  t: Translate,
  and: string,
): string {
  const parts: string[] = [];
  for (const [id, n] of after.quantities)
    if (before.quantities.get(id) !== n) parts.push(t('a11y.change.quantity', { name: name(id), n }));
  for (const id of before.quantities.keys())
    if (!after.quantities.has(id)) parts.push(t('a11y.change.removed', { name: name(id) }));
  for (const [id, text] of after.capacities) if (before.capacities.get(id) !== text) parts.push(text);
  if (before.price !== after.price) parts.push(t('a11y.change.price', { price: after.price }));
  const byReason = new Map<string, string[]>();
  for (const [id, reason] of after.blocked)
    if (!before.blocked.has(id)) byReason.set(reason, [...(byReason.get(reason) ?? []), name(id)]);
  for (const [reason, list] of byReason)
    parts.push(t('a11y.change.unavailable', { names: names(list, t, and), reason }));
  const freed = [...before.blocked.keys()].filter((id) => !after.blocked.has(id)).map(name);
  if (freed.length) parts.push(t('a11y.change.available', { names: names(freed, t, and) }));
  parts.push(...after.problems.filter((p) => !before.problems.includes(p)));
  if (after.valid && !before.valid) parts.push(t('a11y.change.complete', {}));
  return parts.join('; ');
}
