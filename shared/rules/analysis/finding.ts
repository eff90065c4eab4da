/** Builds findings from a check's own message table, in both languages. */
import { speaker, type MessageParams, type MessageTable } from '@shared/i18n/messages';
import type { Rule } from '@shared/catalog/types';
import type { AnalysisContext, AnalysisFinding } from './types';

export function findings<T extends MessageTable>(table: T) {
  const say = speaker(table);
  return (
    code: keyof T & string,
    params: MessageParams,
    pointer: string,
    rules: readonly Rule[] = [],
  ): AnalysisFinding => ({
    code,
    params,
    message: { de: say(code, 'de', params), en: say(code, 'en', params) },
    pointer,
    rules: rules.map((r) => r.id),
  });
}

/** The rules as quoted sentences: „Höchstens 5 aus Früchte“ und „Beutel: 150–575 g“. */
export function ruleList(ctx: AnalysisContext, rules: readonly Rule[]): { de: string; en: string } {
  const de = rules.map((r) => `„${ctx.sentence(r).de}“`);
  const en = rules.map((r) => `“${ctx.sentence(r).en}”`);
  const join = (list: string[], word: string) =>
    list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} ${word} ${list[list.length - 1]}`;
  return { de: join(de, 'und'), en: join(en, 'and') };
}
