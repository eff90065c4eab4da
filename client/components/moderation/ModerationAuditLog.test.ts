import { flushPromises } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import type { AuditEntry, AuditPage } from '@shared/moderation';
import { mountWith } from '@client/testing/mountWith';
import ModerationAuditLog from './ModerationAuditLog.vue';

const entry = (id: string, action: AuditEntry['action'], reason: string | null): AuditEntry => ({
  id,
  at: '2026-11-23T10:00:00.000Z',
  actor: { id: 'm1', displayName: 'Moni' },
  action,
  designId: null,
  userId: null,
  from: 'pending',
  to: action === 'approve' ? 'public' : 'rejected',
  reason,
  reasonCode: action === 'reject' ? 'offensive_text' : null,
});

afterEach(() => vi.unstubAllGlobals());

test('shows who decided what and why, and pages to older entries', async () => {
  const pages: AuditPage[] = [
    { items: [entry('a', 'reject', 'Bitte ohne Beschimpfungen.')], nextCursor: 'c1' },
    { items: [entry('b', 'approve', null)], nextCursor: null },
  ];
  const fetchMock = vi.fn(async () => Response.json(pages.shift()));
  vi.stubGlobal('fetch', fetchMock);
  const wrapper = mountWith(ModerationAuditLog);
  await flushPromises();
  const first = wrapper.get('[data-testid="audit-entry"]').text();
  expect(first).toContain('Moni');
  expect(first).toContain('abgelehnt');
  expect(first).toContain('Der Text ist beleidigend');
  expect(first).toContain('Bitte ohne Beschimpfungen.');
  await wrapper.get('.audit__more').trigger('click');
  await flushPromises();
  expect(wrapper.findAll('[data-testid="audit-entry"]')).toHaveLength(2);
  expect(String((fetchMock.mock.calls[1] as unknown as [string])[0])).toContain('cursor=c1');
  expect(wrapper.find('.audit__more').exists()).toBe(false);
});
