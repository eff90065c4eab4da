import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Violation } from '@shared/api';
import { finding } from '@shared/catalog/catalogMessages';
import { checkCatalog, type CatalogError } from '@shared/catalog/checkCatalog';
import { applyCatalogPatch, type CatalogPatchOperation as Op } from '@shared/merch/applyCatalogPatch';
import { invertPatch } from '@shared/merch/invertPatch';
import { ApiError, toApiError } from '@client/api/ApiError';
import { merchApi, type DraftView } from '@client/api/merch';

/** How long after the last edit the draft saves itself. */
export const AUTOSAVE_MS = 700;

type Draft = Record<string, unknown>;
interface Step {
  forward: Op[];
  inverse: Op[];
}

/**
 * The merchandiser's draft in the studio: edits are RFC 6902 operations applied at once by the
 * shared `applyCatalogPatch` (and checked by the shared `checkCatalog`), queued and sent as
 * one PATCH with the ETag after a pause; undo/redo replay their inverses the same way.
 */
export const useMerchDraftStore = defineStore('merchDraft', () => {
  const catalogId = ref('');
  const status = ref<'loading' | 'none' | 'ready' | 'failed'>('loading');
  const draft = shallowRef<Draft | null>(null);
  const revision = ref(0);
  const serverErrors = shallowRef<CatalogError[]>([]);
  const pending = shallowRef<Op[]>([]);
  const saving = ref(false);
  const failure = ref('');
  const conflict = shallowRef<{ detail: string; changes: Violation[]; mine: Op[] } | null>(null);
  const undoStack = shallowRef<Step[]>([]);
  const redoStack = shallowRef<Step[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** checkCatalog in the browser, plus the server's own checks (id and version) from its last answer. */
  const errors = computed<CatalogError[]>(() => {
    if (!draft.value) return [];
    const source = `draft:${catalogId.value}`;
    const result = checkCatalog(draft.value, source);
    const local = result.ok ? [] : result.errors;
    const idError =
      draft.value.id !== catalogId.value ? [{ source, ...finding('/id', 'draft_id', { id: catalogId.value }) }] : [];
    const serverOnly = serverErrors.value.filter((e) => e.code === 'draft_version');
    return [...local, ...idError, ...serverOnly];
  });
  const dirty = computed(() => pending.value.length > 0 || saving.value);

  function adopt(view: DraftView): void {
    draft.value = view.draft;
    revision.value = view.revision;
    serverErrors.value = view.errors;
    status.value = 'ready';
  }

  async function load(id: string): Promise<void> {
    catalogId.value = id;
    status.value = 'loading';
    failure.value = '';
    conflict.value = null;
    pending.value = [];
    undoStack.value = redoStack.value = [];
    try {
      adopt(await merchApi.getDraft(id));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) status.value = 'none';
      else {
        status.value = 'failed';
        failure.value = toApiError(e).message;
      }
    }
  }

  async function start(fromVersion?: number): Promise<void> {
    adopt(await merchApi.startFrom(catalogId.value, fromVersion));
    undoStack.value = redoStack.value = [];
  }

  /** Applies `ops` here at once and queues them for the server; false (nothing changes) when they do not apply. */
  function apply(ops: Op[], record: 'undo' | 'none' = 'undo'): boolean {
    if (!draft.value || !ops.length) return false;
    let inverse: Op[];
    try {
      inverse = invertPatch(draft.value, ops);
    } catch {
      return false;
    }
    const result = applyCatalogPatch(draft.value, ops);
    if (!result.ok) return false;
    draft.value = result.draft;
    pending.value = [...pending.value, ...ops];
    if (record === 'undo') {
      undoStack.value = [...undoStack.value.slice(-99), { forward: ops, inverse }];
      redoStack.value = [];
    }
    schedule();
    return true;
  }

  function undo(): void {
    const step = undoStack.value.at(-1);
    if (!step) return;
    undoStack.value = undoStack.value.slice(0, -1);
    // The step itself goes to the redo stack: redo runs its forward operations again.
    if (apply(step.inverse, 'none')) redoStack.value = [...redoStack.value, step];
  }
  function redo(): void {
    const step = redoStack.value.at(-1);
    if (!step) return;
    redoStack.value = redoStack.value.slice(0, -1);
    if (apply(step.forward, 'none')) undoStack.value = [...undoStack.value, step];
  }

  function schedule(): void {
    clearTimeout(timer);
    if (!conflict.value) timer = setTimeout(() => void save(), AUTOSAVE_MS);
  }

  /** Sends what is queued as one PATCH; a 412 keeps one's own edits for "re-apply". */
  async function save(): Promise<void> {
    if (saving.value || !pending.value.length || conflict.value) return;
    const ops = pending.value;
    pending.value = [];
    saving.value = true;
    failure.value = '';
    try {
      const view = await merchApi.patchDraft(catalogId.value, ops, revision.value);
      revision.value = view.revision;
      serverErrors.value = view.errors;
      // Edits made while this PATCH was on its way stay applied on top of the server's draft.
      const rest = applyCatalogPatch(view.draft, pending.value);
      draft.value = rest.ok ? rest.draft : view.draft;
    } catch (e) {
      const err = toApiError(e);
      if (err.status === 412)
        conflict.value = { detail: err.message, changes: err.errors, mine: [...ops, ...pending.value] };
      else {
        failure.value = err.message;
        await load(catalogId.value);
      }
    } finally {
      saving.value = false;
    }
    if (pending.value.length) schedule();
  }

  /** After a conflict: the other merchandiser's draft, dropping one's own edits. */
  const reload = () => load(catalogId.value);

  /** After a conflict: the other merchandiser's draft with one's own edits applied again on top. */
  async function reapply(): Promise<boolean> {
    const mine = conflict.value?.mine ?? [];
    await load(catalogId.value);
    return apply(mine, 'none');
  }

  return {
    catalogId,
    status,
    draft,
    revision,
    errors,
    pending,
    saving,
    dirty,
    failure,
    conflict,
    undoStack,
    redoStack,
    load,
    start,
    adopt,
    apply,
    undo,
    redo,
    save,
    reload,
    reapply,
  };
});
