/** No valid design exists at all: names the smallest set of rules that together rule every design out. */
import type { MessageTable } from '@shared/i18n/messages';
import { findings, ruleList } from './finding';
import type { AnalysisCheck } from './types';

const messages = {
  catalog_unsatisfiable: {
    de: (p) =>
      p.count === 0
        ? 'Keine Gestaltung ist gültig, schon ohne Regeln: die Mengengrenzen der Optionen prüfen'
        : p.count === 1
          ? `Die Regel ${p.rulesDe} lässt keine gültige Gestaltung zu`
          : `Die Regeln ${p.rulesDe} lassen zusammen keine gültige Gestaltung zu`,
    en: (p) =>
      p.count === 0
        ? 'No design is valid, even without rules: check the quantity limits of the options'
        : p.count === 1
          ? `The rule ${p.rulesEn} allows no valid design`
          : `Together, the rules ${p.rulesEn} allow no valid design`,
  },
} satisfies MessageTable;
const finding = /* @__PURE__ */ findings(messages);

export const unsatisfiable: AnalysisCheck = (ctx) => {
  if (ctx.unsatisfiable() !== true) return [];
  const core = ctx.core((subset) => {
    const answer = ctx.possible(subset, []);
    return answer === 'unknown' ? answer : !answer;
  });
  if (core === 'unknown') return [];
  const list = ruleList(ctx, core);
  if (core.length > 1)
    ctx.conflicts.push({ rules: core, what: { de: 'jede gültige Gestaltung', en: 'every valid design' } });
  const params = { count: core.length, rules: core.map((r) => r.id).join(', '), rulesDe: list.de, rulesEn: list.en };
  return [finding('catalog_unsatisfiable', params, '/rules', core)];
};
