import { computed, onBeforeUnmount, reactive, toRef, watch } from 'vue';
import { createDesignSession, type DesignSessionView } from '@client/composables/useDesignSession';
import { useCodesignStore } from '@client/stores/useCodesignStore';
import type { useConfiguratorStore } from '@client/stores/useConfiguratorStore';

type ConfiguratorStore = ReturnType<typeof useConfiguratorStore>;

/**
 * The configurator on a shared design: a second design session over the live view (the
 * server's state plus this tab's pending operations), whose edits go to the room. Designs
 * nobody was invited to keep the store's own session, saved with the save button.
 */
export function useLiveDesign(store: ConfiguratorStore) {
  const codesign = useCodesignStore();
  const live = computed(() => store.state === 'ready' && !!store.design?.shared && !!store.design.role);
  const viewer = computed(() => codesign.role === 'viewer' || store.design?.role === 'viewer');
  const liveSession = reactive(
    createDesignSession(toRef(store, 'catalog'), computed({ get: () => codesign.view, set: () => undefined }), {
      apply: (op) => codesign.apply(op),
      readOnly: viewer,
      editable: computed(() => !viewer.value),
    }),
  );
  watch(
    () => (live.value ? store.design?.id : null),
    (id) => {
      if (id && store.catalog) codesign.open(id, store.catalog, { ...store.draft });
      else codesign.close();
    },
    { immediate: true },
  );
  // The page title and the moderation panel read the store's draft: keep it the live one.
  watch(
    () => codesign.view,
    (view) => live.value && codesign.designId && store.adoptLive(view),
  );
  onBeforeUnmount(() => codesign.close());
  /** What the components below show: the live session on a shared design, else the store. */
  const session = new Proxy({} as DesignSessionView, {
    get: (_t, key) => Reflect.get(live.value ? liveSession : store, key),
  });
  return { live, viewer, session, codesign };
}
