import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Design } from '@shared/api';
import type { AuditEntry, QueueItem } from '@shared/moderation';
import { i18n } from '@client/i18n';
import { mountWith } from '@client/testing/mountWith';
import ModerationAuditLog from './ModerationAuditLog.vue';
import ModerationHistory from './ModerationHistory.vue';
import ModerationQueueItem from './ModerationQueueItem.vue';

/**
 * Every moment on the moderation pages is written in the UI language (the DE/EN switch), not
 * in the browser's: the test runner's default locale is en-US, which writes "12/1/26, 9:05 AM".
 */
const AT = '2026-12-01T09:05:00.000Z';
const hh = String(new Date(AT).getHours()).padStart(2, '0');
const SAID = { de: `01.12.2026, ${hh}:05`, en: `1 Dec 2026, ${hh}:05` } as const;

const mounted: VueWrapper[] = [];

/** In German, then after the switch in English, the page writes the moment as that language does. */
async function inBothLanguages(w: VueWrapper, text: () => string): Promise<void> {
  mounted.push(w);
  i18n.global.locale.value = 'de';
  await flushPromises();
  expect(text()).toContain(SAID.de);
  i18n.global.locale.value = 'en';
  await flushPromises();
  expect(text()).toContain(SAID.en);
}

const design = {
  id: 'd1',
  catalogId: 'muesli',
  catalogVersion: 1,
  name: 'Frühstück',
  selections: [],
  texts: {},
  diets: [],
  status: 'pending',
} as unknown as Design;

const item: QueueItem = {
  design,
  kind: 'submission',
  priority: 'normal',
  queuedAt: AT,
  author: { id: 'u1', displayName: 'Ada' },
  texts: [],
  history: [{ action: 'submit', from: 'private', to: 'pending', at: AT, by: { id: 'u1', displayName: 'Ada' } }],
  claim: null,
  reportCount: 0,
  reports: [],
  appeal: null,
  rejection: null,
  blockedForMe: null,
};

afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount());
  i18n.global.locale.value = 'de';
  vi.unstubAllGlobals();
});

describe('moments on the moderation pages follow the UI language', () => {
  test('a design’s history', async () => {
    const w = mountWith(ModerationHistory, { props: { history: item.history } });
    await inBothLanguages(w, () => w.get('time').text());
  });

  test('a queue entry: waiting since', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 503 })),
    );
    const w = mountWith(ModerationQueueItem, { props: { item } });
    await inBothLanguages(w, () => w.get('.qitem__meta time').text());
  });

  test('the audit log', async () => {
    const entry: AuditEntry = {
      id: 'a1',
      at: AT,
      actor: { id: 'm1', displayName: 'Moni' },
      action: 'approve',
      designId: 'd1',
      userId: null,
      from: 'pending',
      to: 'public',
      reason: null,
      reasonCode: null,
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ items: [entry], nextCursor: null })),
    );
    const w = mountWith(ModerationAuditLog);
    await inBothLanguages(w, () => w.get('[data-testid="audit-entry"]').text());
  });
});
