import type { Catalog, DesignDraft, Locale } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import { ruleMessage } from '@shared/i18n/ruleMessages';
import { engineError, inspect } from '@shared/rules/evaluate';
import { completes } from '@shared/rules/search';

/**
 * What makes a shared design broken for good: the violations no addition can fix, or a dead
 * end (no valid design reachable by adding). Empty means completable: parts may still be
 * missing ("choose a base"), but the design can still become valid. The same errors as
 * guidance's `errors`, without its per-option answers. Never throws.
 */
export function brokenFor(catalog: Catalog, draft: DesignDraft, locale: Locale): Violation[] {
  try {
    const { parsed, state, findings } = inspect(catalog, draft, locale);
    const errors = findings.filter((f) => !f.fixable).map((f) => f.violation);
    if (errors.length) return errors;
    const alive = parsed.structural.length === 0 && completes(state, new Set());
    return alive ? [] : [{ code: 'dead_end', message: ruleMessage('dead_end', locale) }];
  } catch (error) {
    return [engineError(error, locale)];
  }
}
