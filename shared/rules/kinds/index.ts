/**
 * The rule kinds of catalog format v1, in one plain array (ajv style). It lives here rather
 * than in `rules/index.ts` so the model compiler can import it without an import cycle;
 * `rules/index.ts` re-exports it as `RULE_KINDS`.
 */
import { capacity } from './capacity';
import { diet } from './diet';
import { excludes } from './excludes';
import { groupCount } from './groupCount';
import { requires } from './requires';

export const RULE_KINDS = [groupCount, capacity, excludes, requires, diet] as const;
