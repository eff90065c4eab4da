import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { GalleryItem } from '@shared/api';
import { useGalleryStore } from '@client/stores/useGalleryStore';
import { useSessionStore } from '@client/stores/useSessionStore';
import { mountWith } from '@client/testing/mountWith';
import GalleryCard from './GalleryCard.vue';

const item = (over: Partial<GalleryItem> = {}): GalleryItem => ({
  id: 'abcdefghijklmnop',
  catalogId: 'muesli',
  catalogVersion: 1,
  name: 'Omas Frühstück',
  selections: [],
  texts: {},
  totals: { priceCents: 450, weightGrams: 500, nutritionPer100g: null, allergens: [], commonTags: [], units: 1 },
  votes: 3,
  votedByMe: false,
  mine: false,
  authorName: 'Anna',
  publishedAt: '2026-01-01T00:00:00.000Z',
  ratingAverage: null,
  reviewCount: 0,
  ...over,
});

function mountCard(props: { item: GalleryItem; busy?: boolean }, signedIn: boolean) {
  const wrapper = mountWith(GalleryCard, { props: { catalog: null, kind: 'jar', busy: false, ...props } });
  if (signedIn)
    useSessionStore().$patch({
      user: { id: 'u1', email: 'a@b.c', displayName: 'A', roles: ['shopper'] },
      loaded: true,
    } as never);
  return wrapper;
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('GalleryCard vote button', () => {
  test('shows name, author, price and the count; aria-pressed follows votedByMe; a click asks to vote', async () => {
    const wrapper = mountCard({ item: item() }, true);
    await flushPromises();
    expect(wrapper.text()).toContain('Omas Frühstück');
    expect(wrapper.text()).toContain('von Anna');
    expect(wrapper.text()).toMatch(/4,50\s€/);
    const button = wrapper.get('[data-testid="gallery-vote"]');
    expect(button.attributes('aria-pressed')).toBe('false');
    expect(wrapper.get('[data-testid="gallery-votes"]').text()).toBe('3');
    await button.trigger('click');
    expect(wrapper.emitted('vote')).toHaveLength(1);
    await wrapper.setProps({ item: item({ votedByMe: true, votes: 4 }) });
    expect(wrapper.get('[data-testid="gallery-vote"]').attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('[data-testid="gallery-votes"]').text()).toBe('4');
  });

  test('disabled while its vote is being sent', async () => {
    const wrapper = mountCard({ item: item(), busy: true }, true);
    await flushPromises();
    expect(wrapper.get('[data-testid="gallery-vote"]').attributes('disabled')).toBeDefined();
  });

  test('signed out: no vote button, a link to sign in and the count', () => {
    const wrapper = mountCard({ item: item() }, false);
    expect(wrapper.find('[data-testid="gallery-vote"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="gallery-signin"]').text()).toBe('Anmelden zum Abstimmen');
    expect(wrapper.text()).toContain('♥ 3');
  });

  test('on your own design: the count and no vote button', () => {
    const wrapper = mountCard({ item: item({ mine: true }) }, true);
    expect(wrapper.find('[data-testid="gallery-vote"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="gallery-mine"]').text()).toContain('Dein Design');
  });
});

describe('useGalleryStore.toggleVote', () => {
  test('PUT to vote, DELETE to take it back; the card data follows the answer', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json({ votes: 4, votedByMe: true }))
      .mockResolvedValueOnce(json({ votes: 3, votedByMe: false }));
    vi.stubGlobal('fetch', fetchMock);
    mountCard({ item: item() }, true);
    const store = useGalleryStore();
    store.items = [item()];
    await store.toggleVote('abcdefghijklmnop');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/designs/abcdefghijklmnop/vote');
    expect((fetchMock.mock.calls[0][1] as RequestInit).method).toBe('PUT');
    expect(store.items[0]).toMatchObject({ votes: 4, votedByMe: true });
    await store.toggleVote('abcdefghijklmnop');
    expect((fetchMock.mock.calls[1][1] as RequestInit).method).toBe('DELETE');
    expect(store.items[0]).toMatchObject({ votes: 3, votedByMe: false });
  });
});

describe('GalleryCard rating', () => {
  test('shows "★ 4,5 (3)" with reviews, nothing without', () => {
    expect(
      mountCard({ item: item({ ratingAverage: 4.5, reviewCount: 3 }) }, false)
        .get('[data-testid="gallery-rating"]')
        .text(),
    ).toContain('★ 4,5 (3)');
    expect(mountCard({ item: item() }, false).find('[data-testid="gallery-rating"]').exists()).toBe(false);
  });
});
