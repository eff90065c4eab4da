/**
 * The edits of the groups editor as RFC 6902 operations on the draft: reorder, and delete a
 * group together with its options and the rules that name the group or one of those options
 * (a rule left pointing at nothing would be an error in the draft).
 */
import type { Catalog, CatalogOption, Rule } from '@shared/catalog/types';
import type { CatalogPatchOperation as Op } from '@shared/merch/applyCatalogPatch';

type Selector = { option?: string; tag?: string; group?: string } | undefined;

/** The selectors of a rule: what it refers to. */
function selectorsOf(rule: Rule): Selector[] {
  switch (rule.kind) {
    case 'groupCount':
      return [{ group: rule.group }];
    case 'capacity':
      return [rule.scope];
    case 'excludes':
      return [rule.a, rule.b];
    case 'requires':
      return [rule.if, ...(rule.anyOf ?? [])];
    default:
      return [];
  }
}

/** True when the rule names `groupId` or one of `optionIds`. */
export function ruleRefersTo(rule: Rule, groupId: string, optionIds: ReadonlySet<string>): boolean {
  return selectorsOf(rule).some((s) => s?.group === groupId || (s?.option !== undefined && optionIds.has(s.option)));
}

export interface GroupDeletion {
  options: CatalogOption[];
  rules: Rule[];
  ops: Op[];
}

/** What deleting the group takes along, and the operations that do it (highest index first). */
export function groupDeletion(catalog: Catalog, groupId: string): GroupDeletion {
  const optionIdx = catalog.options.flatMap((o, i) => (o.groupId === groupId ? [i] : []));
  const ids = new Set(optionIdx.map((i) => catalog.options[i]!.id));
  const ruleIdx = (catalog.rules ?? []).flatMap((r, i) => (ruleRefersTo(r, groupId, ids) ? [i] : []));
  const groupIdx = catalog.groups.findIndex((g) => g.id === groupId);
  const down = (list: number[]) => [...list].sort((a, b) => b - a);
  return {
    options: optionIdx.map((i) => catalog.options[i]!),
    rules: ruleIdx.map((i) => catalog.rules[i]!),
    ops: [
      ...down(ruleIdx).map((i): Op => ({ op: 'remove', path: `/rules/${i}` })),
      ...down(optionIdx).map((i): Op => ({ op: 'remove', path: `/options/${i}` })),
      ...(groupIdx < 0 ? [] : [{ op: 'remove', path: `/groups/${groupIdx}` } as Op]),
    ],
  };
}

/** Moves the group at `from` to `to` as remove + add (one undo step; invertible). */
export function moveGroup(catalog: Catalog, from: number, to: number): Op[] {
  const group = catalog.groups[from];
  if (!group || from === to || to < 0 || to >= catalog.groups.length) return [];
  return [
    { op: 'remove', path: `/groups/${from}` },
    { op: 'add', path: `/groups/${to}`, value: structuredClone(group) },
  ];
}

/** An id not used by any group yet: `gruppe`, `gruppe-2`, … */
export function freeGroupId(catalog: Catalog, stem = 'gruppe'): string {
  const used = new Set(catalog.groups.map((g) => g.id));
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
