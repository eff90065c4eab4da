/**
 * The rule engine: the same code decides in the browser (instant guidance) and on the
 * server (the authority). Pure TypeScript, no framework imports.
 */
export { RULE_KINDS } from './kinds';
export { evaluate } from './evaluate';
export { guidance } from './guidance';
export { repair, type RepairChange, type RepairResult } from './repair';
export { reachableValid } from './reachableValid';
export { describeRule, RULE_FORMS, ruleForm } from './describe/describeRule';
export { newRule } from './describe/newRule';
export { exampleBlockedDesign } from './describe/exampleBlockedDesign';
export { capacityAttributes } from './attributeValue';
export type { RuleForm, RuleParam, RuleParamType, Usage } from './types';
export type { RuleCode } from '@shared/i18n/ruleMessages';
export { checkSearchBudget, type SearchBudgetReport } from './checkSearchBudget';
export { analyseCatalog, type AnalysisFinding } from './analysis';
export { ruleUsage, type RuleUsage } from './ruleUsage';
export { rulePlace } from './place';
