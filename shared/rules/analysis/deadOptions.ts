/**
 * Options no valid design can ever contain (with quantity ≥ 1), found by the same exact
 * search the guidance uses; each names the smallest set of rules that rules it out.
 */
import { jsonPointer } from '@shared/catalog/jsonPointer';
import { localized, type MessageTable } from '@shared/i18n/messages';
import { deadGroupIds } from './deadGroups';
import { findings, ruleList } from './finding';
import type { AnalysisCheck } from './types';

const messages = {
  option_unreachable: {
    de: (p) => `„${p.optionDe}“ kann in keiner gültigen Gestaltung vorkommen (wegen ${p.rulesDe})`,
    en: (p) => `“${p.optionEn}” cannot be part of any valid design (because of ${p.rulesEn})`,
  },
} satisfies MessageTable;
const finding = /* @__PURE__ */ findings(messages);

export const deadOptions: AnalysisCheck = (ctx) => {
  const live = ctx.unsatisfiable() === false ? ctx.liveOptions() : undefined;
  if (!live) return [];
  const deadGroups = deadGroupIds(live, ctx.catalog.options);
  return ctx.catalog.options.flatMap((option, index) => {
    if (live.get(option.id) !== false || deadGroups.has(option.groupId)) return [];
    const core = ctx.core((subset) => {
      const answer = ctx.possible(subset, [option.id]);
      return answer === 'unknown' ? answer : !answer;
    });
    if (core === 'unknown') return [];
    const optionDe = localized(option.name, 'de') || option.id;
    const optionEn = localized(option.name, 'en') || option.id;
    if (core.length > 1) ctx.conflicts.push({ rules: core, what: { de: `„${optionDe}“`, en: `“${optionEn}”` } });
    const list = ruleList(ctx, core);
    const params = {
      option: option.id,
      optionDe,
      optionEn,
      rules: core.map((r) => r.id).join(', '),
      rulesDe: list.de || 'ihrer Mengengrenzen',
      rulesEn: list.en || 'its quantity limits',
    };
    return [finding('option_unreachable', params, jsonPointer('options', index), core)];
  });
};
