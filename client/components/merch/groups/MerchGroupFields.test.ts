import { expect, test } from 'vitest';
import muesli from '@catalogs/muesli.json';
import { useMerchDraftStore } from '@client/stores/useMerchDraftStore';
import { mountWith } from '@client/testing/mountWith';
import MerchGroupFields from './MerchGroupFields.vue';
import '../studioMessages';

/** The muesli draft with its first group's German name and English description left blank. */
function mountWithBlanks() {
  const w = mountWith(MerchGroupFields, { props: { index: 0 } });
  const draft = structuredClone(muesli) as unknown as { groups: { name: object; description?: object }[] };
  draft.groups[0] = { ...draft.groups[0], name: { de: ' ', en: 'Base' }, description: { de: 'Grundlage', en: ' ' } };
  useMerchDraftStore().adopt({ draft, revision: 1, errors: [] } as never);
  return w;
}

test('each field in error is invalid and described by its own error line; the others are not', async () => {
  const w = mountWithBlanks();
  await w.vm.$nextTick();
  const described = (testid: string) => {
    const field = w.get(`[data-testid="${testid}"]`);
    const id = field.attributes('aria-describedby');
    return [field.attributes('aria-invalid'), id ? w.get(`#${id}`).text() : null];
  };
  expect(described('group-name-de')[0]).toBe('true');
  expect(described('group-name-de')[1]).not.toBe('');
  expect(described('group-description-en')[0]).toBe('true');
  expect(described('group-description-en')[1]).not.toBe('');
  expect(described('group-name-en')).toEqual([undefined, null]);
  expect(described('group-description-de')).toEqual([undefined, null]);
  expect(w.findAll('.field__error')).toHaveLength(2);
  expect(w.get('label[for="group-0-name-de"]').text()).toBe('Name (DE)');
});
