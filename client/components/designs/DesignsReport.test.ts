import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useSessionStore } from '@client/stores/useSessionStore';
import { mountWith } from '@client/testing/mountWith';
import DesignsReport from './DesignsReport.vue';

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }],
});

async function mountSignedIn(status: number) {
  const fetchMock = vi.fn(async () =>
    status === 201
      ? new Response(JSON.stringify({ reported: true }), { status, headers: { 'content-type': 'application/json' } })
      : new Response(JSON.stringify({ code: 'conflict', status, title: 'Conflict', detail: 'already' }), {
          status,
          headers: { 'content-type': 'application/problem+json' },
        }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const wrapper = mountWith(DesignsReport, { props: { designId: 'abcdefghijklmnop' }, global: { plugins: [router] } });
  const session = useSessionStore();
  session.$patch({ user: { id: 'u1', email: 'a@b.c', displayName: 'A', roles: ['shopper'] }, loaded: true } as never);
  await flushPromises();
  return { wrapper, fetchMock };
}

afterEach(() => vi.unstubAllGlobals());

describe('DesignsReport', () => {
  test('sends the reason to the report route and thanks the shopper', async () => {
    const { wrapper, fetchMock } = await mountSignedIn(201);
    await wrapper.get('[data-testid="report-open"]').trigger('click');
    await wrapper.get('[data-testid="report-reason"]').setValue('  Beleidigender Name  ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/designs/abcdefghijklmnop/report');
    expect(JSON.parse(String(init.body))).toEqual({ reason: 'Beleidigender Name' });
    expect(wrapper.text()).toContain('Danke');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  test('a second report is taken as done, not as a failure', async () => {
    const { wrapper } = await mountSignedIn(409);
    await wrapper.get('[data-testid="report-open"]').trigger('click');
    await wrapper.get('[data-testid="report-reason"]').setValue('Spam');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.report__done').text()).toContain('Du hast dieses Design gemeldet');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
