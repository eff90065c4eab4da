/**
 * Where a rule's violation is shown: the kind's own place (`/groups/<id>`, `/totals/<ruleId>`),
 * else the one group all its options belong to, else the totals. The engine writes it into
 * `Violation.path`, so every client shows a violation in the same place.
 */
import { jsonPointer } from '@shared/catalog/jsonPointer';
import type { Violation } from '@shared/api';
import type { Check } from './types';

export function placeOf(v: Violation, place: string | undefined, groupOf: (optionId: string) => string | undefined) {
  if (place) return place;
  const groups = new Set((v.options ?? []).map(groupOf));
  const [group] = groups;
  return groups.size === 1 && group ? jsonPointer('groups', group) : jsonPointer('totals', v.ruleId ?? '');
}

/** The check with `path` set on each violation it reports. */
export function placed(
  check: Check,
  place: string | undefined,
  groupOf: (optionId: string) => string | undefined,
): Check {
  return {
    ...check,
    violations: (s, locale) =>
      check.violations(s, locale).map((v) => (v.path ? v : { ...v, path: placeOf(v, place, groupOf) })),
  };
}
