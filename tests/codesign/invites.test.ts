/** Invite links and collaborators over the real API and the test FerretDB. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, signedUp, uniqueEmail, validDraft } from '@tests/security/helpers';
import { InviteModel } from '@server/models/Invite';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_INVITE: '30', RATE_LIMIT_REGISTER: '0' } });
});
afterAll(() => server.stop());

async function ownDesign() {
  const owner = await signedUp(server.url, 'Olga');
  const design = (await owner.client.post('/api/designs', await validDraft(server.url))).json;
  return { owner: owner.client, id: design.id as string };
}

describe('invite links', () => {
  test('the owner makes an editor link (7 days) whose token is stored only hashed; a guest accepts it and edits', async () => {
    const { owner, id } = await ownDesign();
    const res = await owner.post(`/api/designs/${id}/invites`, { role: 'editor' });
    expect(res.status).toBe(201);
    const { token, url, role, expiresAt } = res.json;
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(url).toBe(`${server.url}/invite/${token}`);
    expect(role).toBe('editor');
    const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const stored = await InviteModel.find({ designId: id }).lean();
    expect(JSON.stringify(stored)).not.toContain(token);

    const guest = new Client(server.url);
    expect((await guest.get(`/api/designs/${id}`)).status).toBe(403);
    const accepted = await guest.post(`/api/invites/${token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.json).toEqual({ designId: id, role: 'editor' });
    const seen = await guest.get(`/api/designs/${id}`);
    expect(seen.json).toMatchObject({ role: 'editor', shared: true, editable: true });
    expect((await guest.patch(`/api/designs/${id}`, { name: 'Zusammen' })).status).toBe(200);
    // Only the owner shares, submits and deletes.
    expect((await guest.post(`/api/designs/${id}/invites`, { role: 'viewer' })).status).toBe(403);
    expect((await guest.delete(`/api/designs/${id}`)).status).toBe(403);
    // Guests never submit (401); an editor with an account may not either (403, below).
    expect((await guest.post(`/api/designs/${id}/submit`)).status).toBe(401);
  });

  test('a co-designer’s text is screened like the owner’s', async () => {
    const { owner, id } = await ownDesign();
    const { token } = (await owner.post(`/api/designs/${id}/invites`, { role: 'editor' })).json;
    const guest = new Client(server.url);
    await guest.post(`/api/invites/${token}/accept`);
    const res = await guest.patch(`/api/designs/${id}`, { name: 'du Arschloch' });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('text_rejected');
  });

  test('a viewer reads and never writes; the viewer link lasts 30 days', async () => {
    const { owner, id } = await ownDesign();
    const res = await owner.post(`/api/designs/${id}/invites`, { role: 'viewer' });
    expect((Date.parse(res.json.expiresAt) - Date.now()) / 86_400_000).toBeGreaterThan(29.9);
    const viewer = new Client(server.url);
    expect((await viewer.post(`/api/invites/${res.json.token}/accept`)).json.role).toBe('viewer');
    expect((await viewer.get(`/api/designs/${id}`)).json).toMatchObject({ role: 'viewer', editable: false });
    expect((await viewer.patch(`/api/designs/${id}`, { name: 'Meins' })).status).toBe(403);
  });

  test('made-up → 404, revoked → 410, expired → 410; the list shows only live links', async () => {
    const { owner, id } = await ownDesign();
    const guest = new Client(server.url);
    expect((await guest.post(`/api/invites/${'x'.repeat(22)}/accept`)).status).toBe(404);
    expect((await guest.post(`/api/invites/%24where/accept`)).status).toBe(404);
    const a = (await owner.post(`/api/designs/${id}/invites`, { role: 'editor' })).json;
    const b = (await owner.post(`/api/designs/${id}/invites`, { role: 'viewer' })).json;
    const list = (await owner.get(`/api/designs/${id}/invites`)).json;
    expect(list.map((l: { role: string }) => l.role).sort()).toEqual(['editor', 'viewer']);
    expect(JSON.stringify(list)).not.toContain(a.token);
    expect((await owner.delete(`/api/designs/${id}/invites/${a.token}`)).status).toBe(204);
    expect((await owner.delete(`/api/designs/${id}/invites/${a.token}`)).status).toBe(404);
    const revoked = await guest.post(`/api/invites/${a.token}/accept`);
    expect(revoked.status).toBe(410);
    expect(revoked.json.code).toBe('gone');
    expect((await owner.get(`/api/designs/${id}/invites`)).json).toHaveLength(1);
    // Revoking by the id the list shows works too; a stranger cannot revoke.
    const stranger = new Client(server.url);
    expect((await stranger.delete(`/api/designs/${id}/invites/${list[0].id}`)).status).toBe(403);
    await InviteModel.updateOne({ designId: id, role: 'viewer' }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await guest.post(`/api/invites/${b.token}/accept`)).status).toBe(410);
    expect((await owner.get(`/api/designs/${id}/invites`)).json).toEqual([]);
  });

  test('bad bodies are refused and change nothing', async () => {
    const { owner, id } = await ownDesign();
    for (const body of [{}, { role: 'owner' }, { role: 'editor', expiresAt: '2999-01-01' }, { role: { $ne: 1 } }])
      expect((await owner.post(`/api/designs/${id}/invites`, body)).status).toBe(400);
    expect((await owner.get(`/api/designs/${id}/invites`)).json).toEqual([]);
  });
});

describe('collaborators', () => {
  test('owner and members see who is in; a member leaves; the owner removes one; their next write is 403', async () => {
    const { owner, id } = await ownDesign();
    const { token } = (await owner.post(`/api/designs/${id}/invites`, { role: 'editor' })).json;
    const ben = await signedUp(server.url, 'Ben');
    const guest = new Client(server.url);
    await ben.client.post(`/api/invites/${token}/accept`);
    await guest.post(`/api/invites/${token}/accept`);
    expect((await ben.client.post(`/api/designs/${id}/submit`)).status).toBe(403);
    const list = (await ben.client.get(`/api/designs/${id}/collaborators`)).json;
    expect(list.map((c: { displayName: string; role: string }) => [c.displayName, c.role])).toEqual([
      ['Olga', 'owner'],
      ['Ben', 'editor'],
      [expect.stringMatching(/^Gast /), 'editor'],
    ]);
    expect(list.every((c: { online: boolean }) => c.online === false)).toBe(true);
    expect((await new Client(server.url).get(`/api/designs/${id}/collaborators`)).status).toBe(403);
    const [, benEntry, guestEntry] = list;
    // A member cannot remove another member, only leave.
    expect((await guest.delete(`/api/designs/${id}/collaborators/${benEntry.id}`)).status).toBe(403);
    expect((await guest.delete(`/api/designs/${id}/collaborators/${guestEntry.id}`)).status).toBe(204);
    expect((await guest.patch(`/api/designs/${id}`, { name: 'Noch da?' })).status).toBe(403);
    expect((await owner.delete(`/api/designs/${id}/collaborators/${benEntry.id}`)).status).toBe(204);
    expect((await ben.client.patch(`/api/designs/${id}`, { name: 'Noch da?' })).status).toBe(403);
    expect((await owner.get(`/api/designs/${id}/collaborators`)).json).toHaveLength(1);
    expect((await owner.delete(`/api/designs/${id}/collaborators/nobody`)).status).toBe(404);
  });
});

// Last: it spends this client IP's accept budget.
describe('a guest who signs in', () => {
  const invite = async (owner: Client, id: string, role: 'editor' | 'viewer') =>
    (await owner.post(`/api/designs/${id}/invites`, { role })).json.token as string;

  test('keeps the designs they were let into: the membership moves to the account, with its name', async () => {
    const { owner, id } = await ownDesign();
    const tab = new Client(server.url);
    expect((await tab.post(`/api/invites/${await invite(owner, id, 'editor')}/accept`)).status).toBe(200);
    const before = (await owner.get(`/api/designs/${id}/collaborators`)).json;
    expect(before[1]).toMatchObject({ role: 'editor', displayName: expect.stringMatching(/^Gast /) });
    // The same tab registers: the session becomes the account's.
    const email = uniqueEmail('Greta');
    expect((await tab.post('/api/auth/register', { email, password: PASSWORD, displayName: 'Greta' })).status).toBe(
      201,
    );
    expect((await tab.patch(`/api/designs/${id}`, { name: 'Mit Konto' })).status).toBe(200);
    const after = (await owner.get(`/api/designs/${id}/collaborators`)).json;
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({ id: before[1].id, role: 'editor', displayName: 'Greta' });
    // On another device, signed in to the account: still a member.
    const elsewhere = new Client(server.url);
    expect((await elsewhere.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    expect((await elsewhere.get(`/api/designs/${id}`)).json).toMatchObject({ name: 'Mit Konto' });
    // The guest session's part is gone with it: the old guest row no longer lets anyone in.
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(403);
  });

  test('an account that was already a viewer becomes an editor with the guest’s editor link; never twice in the list', async () => {
    const { owner, id } = await ownDesign();
    const greta = await signedUp(server.url, 'Greta');
    await greta.client.post(`/api/invites/${await invite(owner, id, 'viewer')}/accept`);
    const tab = new Client(server.url);
    await tab.post(`/api/invites/${await invite(owner, id, 'editor')}/accept`);
    expect((await tab.post('/api/auth/login', { email: greta.email, password: PASSWORD })).status).toBe(200);
    const list = (await owner.get(`/api/designs/${id}/collaborators`)).json;
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({ role: 'editor', displayName: 'Greta' });
    expect((await greta.client.patch(`/api/designs/${id}`, { name: 'Jetzt mit' })).status).toBe(200);
  });

  test('the owner’s own design, opened as a guest by its invite link, stays simply theirs', async () => {
    const owner = await signedUp(server.url, 'Olga');
    const id = (await owner.client.post('/api/designs', await validDraft(server.url))).json.id as string;
    const tab = new Client(server.url);
    await tab.post(`/api/invites/${await invite(owner.client, id, 'editor')}/accept`);
    expect((await tab.post('/api/auth/login', { email: owner.email, password: PASSWORD })).status).toBe(200);
    const list = (await owner.client.get(`/api/designs/${id}/collaborators`)).json;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ role: 'owner', you: true });
  });
});

describe('accepting', () => {
  test('accepting is rate-limited', async () => {
    const guest = new Client(server.url);
    const answers: number[] = [];
    for (let i = 0; i < 32; i++) answers.push((await guest.post(`/api/invites/${'y'.repeat(22)}/accept`)).status);
    expect(answers).toContain(429);
    expect(answers[0]).toBe(404);
  });
});
