import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { testCatalog } from '@client/testing/fixtures';
import { useConfiguratorStore } from './useConfiguratorStore';

// The store runs the real rule engine (shared/rules) on the test catalog: no stand-ins.
function jsonResponse(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

describe('useConfiguratorStore', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    setActivePinia(createPinia());
    fetchMock = vi.fn(async () => jsonResponse(testCatalog()));
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads the newest catalog and steps quantities within the option limits', async () => {
    const store = useConfiguratorStore();
    await store.startNew('muesli');
    expect(store.state).toBe('ready');
    expect(store.draft.catalogVersion).toBe(2);
    for (let i = 0; i < 6; i++) store.increment('oats');
    expect(store.quantities.get('oats')).toBe(4);
    store.decrement('oats');
    expect(store.quantities.get('oats')).toBe(3);
    expect(store.totals?.priceCents).toBe(199 + 360);
    expect(store.valid).toBe(true);
    expect(store.totals?.weightGrams).toBe(150);
    expect(store.guidance.options.raisins.available).toBe(true);
    // Out of stock: the engine says why it cannot be added.
    expect(store.guidance.options.choc.available).toBe(false);
  });

  it('applies repair in one step and lists what changed', async () => {
    const store = useConfiguratorStore();
    await store.startNew('muesli', { selections: [{ optionId: 'oats', quantity: 20 }] });
    expect(store.valid).toBe(false);
    expect(store.violations.map((v) => v.code)).toEqual(['quantity_range', 'capacity_max']);
    expect(store.canSave).toBe(false);
    store.applyRepair();
    expect(store.draft.selections).toEqual([{ optionId: 'oats', quantity: 4 }]);
    expect(store.repairChanges).toEqual([expect.objectContaining({ optionId: 'oats', from: 20, to: 4 })]);
    expect(store.valid).toBe(true);
    expect(store.canSave).toBe(true);
  });

  it('creates with POST, then updates with PATCH', async () => {
    const store = useConfiguratorStore();
    await store.startNew('muesli');
    store.increment('oats');
    store.setName('Frühstück');
    const saved = {
      id: 'd1',
      catalogId: 'muesli',
      catalogVersion: 2,
      name: 'Frühstück',
      selections: store.draft.selections,
      texts: {},
      diets: [],
      editable: true,
    };
    fetchMock.mockResolvedValueOnce(jsonResponse(saved, 201));
    expect((await store.save())?.id).toBe('d1');
    expect(fetchMock.mock.calls.at(-1)![0]).toBe('/api/designs');
    expect(fetchMock.mock.calls.at(-1)![1].method).toBe('POST');
    expect(store.dirty).toBe(false);
    expect(store.canSave).toBe(false);

    store.increment('oats');
    fetchMock.mockResolvedValueOnce(jsonResponse({ ...saved, selections: store.draft.selections }));
    await store.save();
    const [url, init] = fetchMock.mock.calls.at(-1)!;
    expect(url).toBe('/api/designs/d1');
    expect(init.method).toBe('PATCH');
    expect(JSON.parse(init.body)).toMatchObject({ name: 'Frühstück', selections: [{ optionId: 'oats', quantity: 2 }] });
  });

  it('keeps the 422 errors to show them at their fields', async () => {
    const store = useConfiguratorStore();
    await store.startNew('muesli');
    store.increment('oats');
    store.setText('dedication', 'böses Wort');
    const problem = {
      type: 'about:blank',
      title: 'Text rejected',
      status: 422,
      code: 'text_rejected',
      errors: [{ code: 'text_rejected', message: 'Nicht erlaubt', path: '/texts/dedication' }],
    };
    fetchMock.mockResolvedValueOnce(jsonResponse(problem, 422, 'application/problem+json'));
    expect(await store.save()).toBeNull();
    expect(store.saveError?.code).toBe('text_rejected');
    expect(store.serverErrors).toEqual(problem.errors);
    store.setText('dedication', 'liebes Wort');
    expect(store.serverErrors).toEqual([]);
  });
});
