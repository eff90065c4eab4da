import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { Component } from 'vue';
import { i18n } from '@client/i18n';

/** Mounts with the app's i18n and a fresh Pinia (also made active for direct store use). */
export function mountWith<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  pinia: Pinia = createPinia(),
) {
  setActivePinia(pinia);
  return mount(component, {
    ...options,
    global: {
      stubs: { RouterLink: { template: '<a><slot /></a>' } },
      ...options.global,
      plugins: [i18n, pinia, ...(options.global?.plugins ?? [])],
    },
  } as ComponentMountingOptions<C>);
}
