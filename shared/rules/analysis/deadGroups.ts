/** A group none of whose options any valid design can contain: a shopper would face a section of grey tiles. */
import { jsonPointer } from '@shared/catalog/jsonPointer';
import { localized, type MessageTable } from '@shared/i18n/messages';
import { findings, ruleList } from './finding';
import type { AnalysisCheck, Answer } from './types';

const messages = {
  group_unreachable: {
    de: (p) => `Keine Option aus „${p.groupDe}“ kann in einer gültigen Gestaltung vorkommen (wegen ${p.rulesDe})`,
    en: (p) => `No option from “${p.groupEn}” can be part of a valid design (because of ${p.rulesEn})`,
  },
} satisfies MessageTable;
const finding = /* @__PURE__ */ findings(messages);

/** Group ids whose options are all dead; the option check leaves them to this one. */
export function deadGroupIds(live: Map<string, boolean>, options: { id: string; groupId: string }[]): Set<string> {
  const alive = new Set(options.filter((o) => live.get(o.id)).map((o) => o.groupId));
  return new Set(options.map((o) => o.groupId).filter((g) => !alive.has(g)));
}

export const deadGroups: AnalysisCheck = (ctx) => {
  const live = ctx.unsatisfiable() === false ? ctx.liveOptions() : undefined;
  if (!live) return [];
  const dead = deadGroupIds(live, ctx.catalog.options);
  return ctx.catalog.groups.flatMap((group, index) => {
    if (!dead.has(group.id)) return [];
    const members = ctx.catalog.options.filter((o) => o.groupId === group.id).map((o) => o.id);
    const core = ctx.core((subset) => {
      let answer: Answer = true;
      for (const id of members) {
        const one = ctx.possible(subset, [id]);
        if (one === true) return false;
        if (one === 'unknown') answer = 'unknown';
      }
      return answer;
    });
    if (core === 'unknown') return [];
    const what = {
      de: `die Gruppe „${localized(group.name, 'de')}“`,
      en: `the group “${localized(group.name, 'en')}”`,
    };
    if (core.length > 1) ctx.conflicts.push({ rules: core, what });
    const list = ruleList(ctx, core);
    const params = {
      group: group.id,
      groupDe: localized(group.name, 'de') || group.id,
      groupEn: localized(group.name, 'en') || group.id,
      rules: core.map((r) => r.id).join(', '),
      rulesDe: list.de || 'der Mengengrenzen',
      rulesEn: list.en || 'the quantity limits',
    };
    return [finding('group_unreachable', params, jsonPointer('groups', index), core)];
  });
};
