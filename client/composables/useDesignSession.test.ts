/* eslint-disable vue/one-component-per-file -- a provider and its child, to test the injection */
import { describe, expect, it } from 'vitest';
import { defineComponent, h, reactive, ref, shallowRef } from 'vue';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { testCatalog } from '@client/testing/fixtures';
import { mountWith } from '@client/testing/mountWith';
import {
  createDesignSession,
  provideDesignSession,
  useDesignSession,
  type DesignSessionView,
} from './useDesignSession';

const empty = (): DesignDraft => ({ catalogId: 'muesli', selections: [] });

describe('createDesignSession', () => {
  it('keeps two designs on one page apart, each answered by the real engine', () => {
    const catalog = shallowRef<Catalog | null>(testCatalog());
    const a = createDesignSession(catalog, shallowRef(empty()));
    const b = createDesignSession(catalog, shallowRef(empty()));
    a.increment('oats');
    a.increment('oats');
    b.increment('raisins');
    expect(a.draft.value.selections).toEqual([{ optionId: 'oats', quantity: 2 }]);
    expect(b.draft.value.selections).toEqual([{ optionId: 'raisins', quantity: 1 }]);
    expect(a.valid.value).toBe(true);
    // Raisins alone lack the required base.
    expect(b.valid.value).toBe(false);
    expect(b.missing.value.map((v) => v.code)).toEqual(['group_min']);
  });

  it('sends edits where it is told and refuses them when read-only', () => {
    const sent: unknown[] = [];
    const readOnly = ref(false);
    const s = createDesignSession(shallowRef(testCatalog()), shallowRef(empty()), {
      apply: (op) => sent.push(op),
      readOnly,
    });
    s.increment('oats');
    readOnly.value = true;
    s.increment('oats');
    expect(sent).toEqual([{ kind: 'add', optionId: 'oats' }]);
    expect(s.draft.value.selections).toEqual([]);
  });

  it('is what components below a provider get', () => {
    const session = reactive(createDesignSession(shallowRef(testCatalog()), shallowRef(empty())));
    let seen: DesignSessionView | null = null;
    const Child = defineComponent({ setup: () => ((seen = useDesignSession()), () => h('i')) });
    mountWith(defineComponent({ setup: () => (provideDesignSession(session), () => h(Child)) }));
    expect(seen).toBe(session);
  });
});
