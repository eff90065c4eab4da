import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { nextTick } from 'vue';
import muesli from '@catalogs/muesli.json';
import type { Catalog, GroupCountRule } from '@shared/catalog/types';
import { RULE_FORMS } from '@shared/rules';
import { diffCatalogs } from '@shared/merch/diffCatalogs';
import { mountWith } from '@client/testing/mountWith';
import { useMerchDraftStore } from '@client/stores/useMerchDraftStore';
import MerchDiff from '../MerchDiff.vue';
import MerchRules from './MerchRules.vue';
import {
  catalogProblems,
  fieldProblems,
  readableRule,
  rulePatch,
  storedRule,
  withRule,
  type RuleDraft,
} from './ruleEdit';
import { ANALYSIS_DELAY_MS } from './useRuleAnalysis';

const m = muesli as unknown as Catalog;
const FRUITS_MAX = m.rules.findIndex((r) => r.id === 'fruits-max');
const draft = (rule: Record<string, unknown>) => ({ kind: 'groupCount', id: 'x', ...rule }) as RuleDraft;

describe('ruleEdit', () => {
  const form = RULE_FORMS.groupCount;
  test('the form checks its own fields: required, numbers, whole numbers, bounds, min ≤ max', () => {
    expect(fieldProblems(draft({ group: 'fruits', max: 5 }), form)).toEqual({});
    expect(fieldProblems(draft({ max: 5 }), form)).toEqual({ group: { key: 'required' } });
    expect(fieldProblems(draft({ group: 'fruits', max: NaN }), form)).toEqual({ max: { key: 'number' } });
    expect(fieldProblems(draft({ group: 'fruits', max: 2.5 }), form)).toEqual({ max: { key: 'wholeNumber' } });
    expect(fieldProblems(draft({ group: 'fruits', min: -1 }), form).min).toEqual({
      key: 'atLeast',
      params: { min: 0 },
    });
    expect(fieldProblems(draft({ group: 'fruits', min: 4, max: 2 }), form)).toEqual({ max: { key: 'minAboveMax' } });
  });
  test('selectors and two-language texts must be complete; lists need every entry', () => {
    const requires = { kind: 'requires', id: 'r', if: { option: '' }, anyOf: [{ group: 'fruits' }, { tag: '' }] };
    expect(Object.keys(fieldProblems(requires as RuleDraft, RULE_FORMS.requires)).sort()).toEqual(['anyOf', 'if']);
    const diet = { kind: 'diet', id: 'd', tag: 'vegan', label: { de: 'Vegan', en: '' } };
    expect(fieldProblems(diet as RuleDraft, RULE_FORMS.diet)).toEqual({ label: { key: 'required' } });
  });
  test('a stored rule drops what was left empty', () => {
    const rule = { kind: 'capacity', id: 'c', attribute: 'sugars', label: { de: 'Zucker', en: 'sugar' }, unit: '' };
    expect(
      storedRule({ ...rule, max: 30, min: undefined, scope: undefined } as RuleDraft, RULE_FORMS.capacity),
    ).toEqual({
      ...rule,
      max: 30,
      unit: undefined,
    } as never);
  });
  test('the shared catalog check places its errors on the field they belong to', () => {
    const bad = { kind: 'groupCount', id: 'fruits-max', group: 'nope', max: 5 } as GroupCountRule;
    const found = catalogProblems(withRule(m, FRUITS_MAX, bad), FRUITS_MAX, 'de');
    expect(Object.keys(found)).toEqual(['group']);
    const dup = { kind: 'groupCount', id: 'vegan', group: 'fruits', max: 5 } as GroupCountRule;
    expect(Object.keys(catalogProblems(withRule(m, null, dup), m.rules.length, 'en'))).toContain('id');
  });
  test('the rule as it reads while typed leaves out what is not complete', () => {
    const requires = {
      kind: 'requires',
      id: 'r',
      if: { option: 'mango' },
      anyOf: [{ option: 'ananas' }, { option: '' }],
    };
    expect(readableRule(requires as RuleDraft, RULE_FORMS.requires)).toEqual({
      ...requires,
      anyOf: [{ option: 'ananas' }],
    });
    const half = { kind: 'excludes', id: 'e', a: { tag: '' }, b: { option: 'mango' } };
    expect(readableRule(half as RuleDraft, RULE_FORMS.excludes)).toEqual({
      kind: 'excludes',
      id: 'e',
      b: { option: 'mango' },
    });
    expect(readableRule(draft({ group: 'fruits', max: NaN }), RULE_FORMS.groupCount)).toEqual(
      draft({ group: 'fruits' }),
    );
  });
  test('a rule goes into the draft as one operation', () => {
    const rule = { kind: 'groupCount', id: 'x', group: 'fruits', max: 1 } as GroupCountRule;
    expect(rulePatch(null, rule)).toEqual([{ op: 'add', path: '/rules/-', value: rule }]);
    expect(rulePatch(2, rule)).toEqual([{ op: 'replace', path: '/rules/2', value: rule }]);
  });
});

describe('MerchRules', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function studio() {
    const w = mountWith(MerchRules, { attachTo: document.body });
    const store = useMerchDraftStore();
    store.catalogId = 'muesli';
    store.adopt({ draft: JSON.parse(JSON.stringify(m)), revision: 1, errors: [] });
    return { w, store };
  }

  test('shows every rule as a sentence and the analysis finds nothing in the seed', async () => {
    const { w } = studio();
    await nextTick();
    const sentences = w.findAll('[data-testid="rule-sentence"]').map((s) => s.text());
    expect(sentences).toContain('Höchstens 5 aus Früchte');
    expect(sentences).toContain('Beutel: 150–575 g');
    vi.advanceTimersByTime(ANALYSIS_DELAY_MS + 10);
    await nextTick();
    expect(w.find('[data-testid="rule-analysis-ok"]').exists()).toBe(true);
    w.unmount();
  });

  test('edits a rule through its form: an error beside the field, then one PATCH operation', async () => {
    const { w, store } = studio();
    await nextTick();
    await w.find(`[data-testid="rule-edit-${FRUITS_MAX}"]`).trigger('click');
    const max = w.find(`#rule-${FRUITS_MAX}-max`);
    expect(document.activeElement?.id).toBe(`rule-${FRUITS_MAX}-group`);
    await max.setValue('viele');
    expect(max.attributes('aria-invalid')).toBe('true');
    const error = w.find(`#${max.attributes('aria-describedby')}`);
    expect(error.text()).toBe('Bitte eine Zahl, z. B. 5 oder 2,5');
    await w.find('[data-testid="rule-form"]').trigger('submit');
    expect(store.pending).toEqual([]);
    await max.setValue('3');
    expect(w.find('[data-testid="rule-form-sentence"]').text()).toBe('Höchstens 3 aus Früchte');
    expect(w.find('[data-testid="rule-example"]').text()).toMatch(/Die Kundschaft sieht: .*Früchte/);
    await w.find('[data-testid="rule-form"]').trigger('submit');
    expect(store.pending).toEqual([
      {
        op: 'replace',
        path: `/rules/${FRUITS_MAX}`,
        value: { kind: 'groupCount', id: 'fruits-max', group: 'fruits', max: 3 },
      },
    ]);
    expect(w.findAll('[data-testid="rule-sentence"]')[FRUITS_MAX]!.text()).toBe('Höchstens 3 aus Früchte');
    w.unmount();
  });

  test('adds an excludes rule and removes a rule; the analysis warns about a rule that never applies', async () => {
    const { w, store } = studio();
    window.confirm = vi.fn(() => true);
    await nextTick();
    await w.find('[data-testid="rule-new-kind"]').setValue('groupCount');
    await w.find('[data-testid="rule-add"]').trigger('click');
    await w.find('#rule-new-group').setValue('extras');
    await w.find('#rule-new-max').setValue('99');
    await w.find('[data-testid="rule-form"]').trigger('submit');
    expect(store.pending.at(-1)).toMatchObject({ op: 'add', path: '/rules/-', value: { group: 'extras', max: 99 } });
    vi.advanceTimersByTime(ANALYSIS_DELAY_MS + 10);
    await nextTick();
    const warnings = w.findAll('[data-testid="rule-warning"]');
    expect(warnings.map((x) => x.attributes('data-code'))).toEqual(['rule_never_applies']);
    expect(warnings[0]!.text()).toMatch(/^Die Regel „Höchstens 99 aus Extras.*“ greift nie/);
    // The warning opens the rule's form; cancelling closes it again.
    await w.find(`[data-testid="rule-warning-edit-${m.rules.length}"]`).trigger('click');
    expect(w.find(`#rule-${m.rules.length}-max`).exists()).toBe(true);
    await w.find('[data-testid="rule-form"]').trigger('keydown', { key: 'Escape' });
    expect(w.find('[data-testid="rule-form"]').exists()).toBe(false);
    await w.find(`[data-testid="rule-remove-${m.rules.length}"]`).trigger('click');
    expect(store.pending.at(-1)).toEqual({ op: 'remove', path: `/rules/${m.rules.length}` });
    w.unmount();
  });
});

describe('MerchRules on a draft broken in the JSON tab', () => {
  test('lists junk rules without editing them, and the analysis waits for the errors to be fixed', async () => {
    const w = mountWith(MerchRules);
    const store = useMerchDraftStore();
    store.catalogId = 'muesli';
    store.adopt({
      draft: { ...JSON.parse(JSON.stringify(m)), rules: [null, { kind: 'nope', id: 'odd' }] },
      revision: 1,
      errors: [],
    });
    await nextTick();
    expect(w.findAll('[data-testid="rule-sentence"]').map((x) => x.text())).toEqual(['?', 'odd']);
    expect(w.find('[data-testid="rule-edit-1"]').attributes('disabled')).toBeDefined();
    expect(w.find('[data-testid="rule-analysis"]').text()).toContain('sobald der Entwurf keine Fehler mehr hat');
    w.unmount();
  });
});

describe('MerchDiff', () => {
  test('reads as a merchandiser: labels, euros, options named, rules as sentences', async () => {
    const after = JSON.parse(JSON.stringify(m)) as Catalog;
    after.version = 2;
    after.options[0]!.priceCents = 310;
    after.options[0]!.nutrition!.fat = 9;
    after.rules[FRUITS_MAX] = { ...(after.rules[FRUITS_MAX] as GroupCountRule), max: 4 };
    after.options.push({
      ...after.options[1]!,
      id: 'drachenfrucht',
      name: { de: 'Drachenfrucht', en: 'Dragon fruit' },
    });
    const w = mountWith(MerchDiff, { props: { diff: diffCatalogs(m, after) } });
    const options = w.find('[data-testid="merch-diff-options"]').text();
    expect(options).toContain('+ neu: Drachenfrucht');
    expect(options).toMatch(/Haferflocken, kernig: Preis\s*0,35\s€\s*→\s*3,10\s€/);
    expect(options).toMatch(/Fett \(g\)/);
    expect(options).not.toContain('priceCents');
    expect(w.find('[data-testid="merch-diff-rules"]').text()).toMatch(
      /Höchstens 5 aus Früchte\s*→\s*Höchstens 4 aus Früchte/,
    );
  });
});
