/**
 * Where a rule's violation is shown: the kind's own place (`/groups/<id>`, `/totals/<ruleId>`),
 * else the one group all its options belong to, else the totals. The engine writes it into
 * `Violation.path`, so every client shows a violation in the same place.
 */
import { jsonPointer } from '@shared/catalog/jsonPointer';
import type { Violation } from '@shared/api';
import type { Catalog } from '@shared/catalog/types';
import { RULE_KINDS } from './kinds';
import type { Check, RuleKind } from './types';

export function placeOf(v: Violation, place: string | undefined, groupOf: (optionId: string) => string | undefined) {
  if (place) return place;
  const groups = new Set((v.options ?? []).map(groupOf));
  const [group] = groups;
  return groups.size === 1 && group ? jsonPointer('groups', group) : jsonPointer('totals', v.ruleId ?? '');
}

/**
 * The check with `path` set on each violation it reports. It is changed in place rather than
 * copied: the search calls `status` on every check millions of times, and a copy would give
 * the checks other shapes than their kinds built.
 */
export function placed(check: Check, place: string | undefined, groupOf: (optionId: string) => string | undefined) {
  const violations = check.violations;
  check.violations = (s, locale) =>
    violations(s, locale).map((v) => (v.path ? v : { ...v, path: placeOf(v, place, groupOf) }));
  return check;
}

/**
 * Where the violations of the catalog rule `ruleId` are shown, by its kind alone (`/groups/<id>`,
 * `/totals/<ruleId>`); undefined for an unknown rule or a kind that goes where its options are.
 */
export function rulePlace(catalog: Catalog, ruleId: string | undefined): string | undefined {
  const rule =
    ruleId === undefined
      ? undefined
      : (Array.isArray(catalog.rules) ? catalog.rules : []).find((r) => r?.id === ruleId);
  const kind = rule && (RULE_KINDS as readonly RuleKind[]).find((k) => k.kind === rule.kind);
  return kind && rule ? kind.place(rule) : undefined;
}
