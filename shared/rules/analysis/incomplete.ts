/** Says so when the analysis ran out of its node budget: some questions then went unanswered. */
import type { MessageTable } from '@shared/i18n/messages';
import { findings } from './finding';
import type { AnalysisCheck } from './types';

const messages = {
  analysis_incomplete: {
    de: () => 'Die Regeln sind zu verwickelt, um sie vollständig zu prüfen: nicht jede Warnung ist sicher gefunden',
    en: () => 'The rules are too entangled to check completely: not every warning is certain to be found',
  },
} satisfies MessageTable;
const finding = /* @__PURE__ */ findings(messages);

export const incomplete: AnalysisCheck = (ctx) =>
  ctx.exhausted() ? [finding('analysis_incomplete', {}, '/rules')] : [];
