import { expect, test, vi } from 'vitest';
import { useCodesignStore } from '@client/stores/useCodesignStore';
import { mountWith } from '@client/testing/mountWith';
import CodesignBar from './CodesignBar.vue';

/** An editor in a live room with `undo` own edits to take back and `redo` to do again. */
async function mountEditor(undo: number, redo: number) {
  const w = mountWith(CodesignBar, { props: { catalog: null } });
  const store = useCodesignStore();
  const entries = (n: number) => Array.from({ length: n }, () => ({}) as never);
  store.$patch({ you: { id: 'u1', name: 'Ada', role: 'editor' }, status: 'live' } as never);
  store.undoStack = entries(undo);
  store.redoStack = entries(redo);
  await w.vm.$nextTick();
  return { w, store };
}

test('undo and redo are pressable only with something to take back or do again, and do it', async () => {
  const { w, store } = await mountEditor(1, 0);
  const [undo, redo] = [w.get('[data-testid="undo"]'), w.get('[data-testid="redo"]')];
  expect([undo.text(), redo.text()]).toEqual(['Rückgängig', 'Wiederholen']);
  expect([undo.attributes('disabled'), redo.attributes('disabled')]).toEqual([undefined, '']);
  const spy = vi.spyOn(store, 'undo').mockImplementation(() => undefined);
  await undo.trigger('click');
  expect(spy).toHaveBeenCalledOnce();
});

test('a viewer gets neither button', async () => {
  const { w, store } = await mountEditor(1, 1);
  store.you = { id: 'u2', name: 'Ben', role: 'viewer' } as never;
  await w.vm.$nextTick();
  expect(w.find('[data-testid="undo"]').exists()).toBe(false);
  expect(w.find('[data-testid="viewer-note"]').exists()).toBe(true);
});
