/** A diet a shopper may choose after which no valid design is left. */
import type { DietRule } from '@shared/catalog/types';
import { jsonPointer } from '@shared/catalog/jsonPointer';
import { localized, type MessageTable } from '@shared/i18n/messages';
import { findings, ruleList } from './finding';
import type { AnalysisCheck } from './types';

const messages = {
  diet_unsatisfiable: {
    de: (p) => `Wer „${p.dietDe}“ wählt, findet keine gültige Gestaltung (wegen ${p.rulesDe})`,
    en: (p) => `Whoever chooses “${p.dietEn}” finds no valid design (because of ${p.rulesEn})`,
  },
} satisfies MessageTable;
const finding = /* @__PURE__ */ findings(messages);

export const diets: AnalysisCheck = (ctx) => {
  if (ctx.unsatisfiable() !== false) return [];
  return ctx.rules
    .filter((r): r is DietRule => r.kind === 'diet')
    .flatMap((diet) => {
      if (ctx.possible(ctx.rules, [], [diet.id]) !== false) return [];
      const core = ctx.core((subset) => {
        const answer = ctx.possible(subset, [], [diet.id]);
        return answer === 'unknown' ? answer : !answer;
      });
      if (core === 'unknown') return [];
      const list = ruleList(ctx, core);
      const params = {
        diet: diet.id,
        dietDe: localized(diet.label, 'de') || diet.id,
        dietEn: localized(diet.label, 'en') || diet.id,
        rules: core.map((r) => r.id).join(', '),
        rulesDe: list.de,
        rulesEn: list.en,
      };
      return [finding('diet_unsatisfiable', params, jsonPointer('rules', ctx.ruleIndex(diet)), core)];
    });
};
