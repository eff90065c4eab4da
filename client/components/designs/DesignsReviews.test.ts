import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { ReviewPage } from '@shared/api';
import { useSessionStore } from '@client/stores/useSessionStore';
import { mountWith } from '@client/testing/mountWith';
import DesignsReviews from './DesignsReviews.vue';

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }],
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

const page = (over: Partial<ReviewPage> = {}): ReviewPage => ({
  items: [],
  nextCursor: null,
  average: null,
  count: 0,
  ...over,
});

async function mountReviews(opts: { post: Response; pages: ReviewPage[]; own?: boolean; signedIn?: boolean }) {
  const pages = [...opts.pages];
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
    init?.method === 'POST' ? opts.post : json(pages.shift() ?? page()),
  );
  vi.stubGlobal('fetch', fetchMock);
  const wrapper = mountWith(DesignsReviews, {
    props: { designId: 'abcdefghijklmnop', own: opts.own ?? false },
    global: { plugins: [router] },
  });
  if (opts.signedIn ?? true)
    useSessionStore().$patch({
      user: { id: 'u1', email: 'a@b.c', displayName: 'A', roles: ['shopper'] },
      loaded: true,
    } as never);
  await flushPromises();
  return { wrapper, fetchMock };
}

afterEach(() => vi.unstubAllGlobals());

const review = { id: 'r1', rating: 4, text: 'Lecker', authorName: 'Rita', createdAt: '2026-01-01T00:00:00.000Z' };

describe('DesignsReviews', () => {
  test('shows the average and the reviews with their stars', async () => {
    const { wrapper } = await mountReviews({
      post: json({}),
      pages: [page({ items: [review], average: 4.5, count: 2 })],
    });
    expect(wrapper.get('[data-testid="reviews-average"]').text()).toContain('★ 4,5 (2)');
    const list = wrapper.get('[data-testid="reviews-list"]').text();
    expect(list).toContain('★★★★☆');
    expect(list).toContain('4 Sterne');
    expect(list).toContain('Rita');
    expect(list).toContain('Lecker');
  });

  test('the star rating is a group of radio buttons; sending posts rating and text, then reloads', async () => {
    const { wrapper, fetchMock } = await mountReviews({
      post: json(review, 201),
      pages: [page(), page({ items: [review], average: 4, count: 1 })],
    });
    const radios = wrapper.findAll('input[type="radio"][name="review-rating"]');
    expect(radios).toHaveLength(5);
    expect(wrapper.get('fieldset legend').text()).toBe('Deine Bewertung');
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="review-star-4"]').setValue(true);
    await wrapper.get('[data-testid="review-text"]').setValue('  Lecker  ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST') as unknown as [string, RequestInit];
    expect(post[0]).toBe('/api/designs/abcdefghijklmnop/reviews');
    expect(JSON.parse(String(post[1].body))).toEqual({ rating: 4, text: 'Lecker' });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.get('[data-testid="reviews-done"]').text()).toContain('bewertet');
    expect(wrapper.get('[data-testid="reviews-average"]').text()).toContain('★ 4,0 (1)');
  });

  test('a rejected text shows the reason and keeps the form', async () => {
    const { wrapper } = await mountReviews({
      post: json(
        {
          code: 'text_rejected',
          status: 422,
          title: 'A text is not allowed',
          detail: 'x',
          errors: [{ code: 'text_blocked', path: '/text', message: 'x' }],
        },
        422,
      ),
      pages: [page()],
    });
    await wrapper.get('[data-testid="review-star-1"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="review-error"]').text()).not.toBe('');
    expect(wrapper.find('form').exists()).toBe(true);
  });

  test('no form for the owner, a sign-in link when signed out', async () => {
    const own = await mountReviews({ post: json({}), pages: [page()], own: true });
    expect(own.wrapper.find('form').exists()).toBe(false);
    expect(own.wrapper.text()).toContain('Noch keine Bewertungen');
    const out = await mountReviews({ post: json({}), pages: [page()], signedIn: false });
    expect(out.wrapper.find('form').exists()).toBe(false);
    expect(out.wrapper.text()).toContain('Melde dich an, um zu bewerten');
  });
});
