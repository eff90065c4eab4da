/**
 * Rules that contradict each other: two or more that together make an option, a group or
 * every design impossible (each alone would not). Collected from the checks before it.
 */
import { jsonPointer } from '@shared/catalog/jsonPointer';
import type { MessageTable } from '@shared/i18n/messages';
import { findings, ruleList } from './finding';
import type { AnalysisCheck } from './types';

const messages = {
  rules_contradict: {
    de: (p) => `Diese Regeln widersprechen sich: ${p.rulesDe} machen zusammen ${p.whatDe} unmöglich`,
    en: (p) => `These rules contradict each other: together, ${p.rulesEn} make ${p.whatEn} impossible`,
  },
} satisfies MessageTable;
const finding = /* @__PURE__ */ findings(messages);

export const contradictions: AnalysisCheck = (ctx) => {
  const byRules = new Map<string, (typeof ctx.conflicts)[number][]>();
  for (const c of ctx.conflicts) {
    const key = c.rules.map((r) => ctx.ruleIndex(r)).join(',');
    byRules.set(key, [...(byRules.get(key) ?? []), c]);
  }
  return [...byRules.values()].map((list) => {
    const rules = list[0].rules;
    const names = ruleList(ctx, rules);
    const shown = list.slice(0, 3);
    const more = (lang: 'de' | 'en') => (list.length > 3 ? (lang === 'de' ? ' und mehr' : ' and more') : '');
    const params = {
      rules: rules.map((r) => r.id).join(', '),
      rulesDe: names.de,
      rulesEn: names.en,
      whatDe: shown.map((c) => c.what.de).join(', ') + more('de'),
      whatEn: shown.map((c) => c.what.en).join(', ') + more('en'),
    };
    return finding('rules_contradict', params, jsonPointer('rules', ctx.ruleIndex(rules[0])), rules);
  });
};
