import { flushPromises } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import type { Collaborator, InviteCreated, InviteLink } from '@shared/codesign/protocol';
import { i18n } from '@client/i18n';
import { useToastStore } from '@client/stores/useToastStore';
import { mountWith } from '@client/testing/mountWith';
import CodesignShare from './CodesignShare.vue';

const EXPIRES = new Date(2026, 11, 8, 12).toISOString();
const owner: Collaborator = { id: 'u1', displayName: 'Ada', role: 'owner', online: true, you: true };
const link: InviteLink = { id: 'l1', role: 'editor', expiresAt: EXPIRES, createdAt: EXPIRES };
const created: InviteCreated = { token: 't1', url: 'http://x/invite/t1', role: 'editor', expiresAt: EXPIRES };

/** The API as the owner of a design sees it; POST invites answers `invite` (a Response). */
function stubApi(invite: () => Response) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') return invite();
    return Response.json(url.endsWith('/collaborators') ? [owner] : [link]);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const mountShare = () =>
  mountWith(CodesignShare, { props: { designId: 'd1', owner: true, online: [] }, attachTo: document.body });

afterEach(() => {
  i18n.global.locale.value = 'de';
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

test('a new link and the live ones say until when in the UI language, not the browser’s', async () => {
  stubApi(() => Response.json(created, { status: 201 }));
  const w = mountShare();
  await flushPromises();
  await w.get('[data-testid="invite-editor"]').trigger('click');
  await flushPromises();
  const said = () => [
    w.get('[data-testid="invite-created"] label').text(),
    w.get('[data-testid="invite-link"]').text(),
  ];
  expect(said().every((s) => s.includes('08.12.2026'))).toBe(true);
  i18n.global.locale.value = 'en';
  await flushPromises();
  expect(said().every((s) => s.includes('8 Dec 2026'))).toBe(true);
  w.unmount();
});

test('a refused invite is said in a toast and the buttons are usable again', async () => {
  stubApi(() => Response.json({ code: 'forbidden', status: 403, title: 'Forbidden', detail: 'nope' }, { status: 403 }));
  const w = mountShare();
  await flushPromises();
  await w.get('[data-testid="invite-viewer"]').trigger('click');
  await flushPromises();
  expect(useToastStore().toasts.map((t) => t.kind)).toEqual(['error']);
  expect(w.get('[data-testid="invite-viewer"]').attributes('disabled')).toBeUndefined();
  expect(w.find('[data-testid="invite-created"]').exists()).toBe(false);
  w.unmount();
});
