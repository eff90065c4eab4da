/** The live channel over real WebSockets, the real app and the test FerretDB. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LiveSnapshot } from '@shared/codesign/protocol';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { signedUp } from '@tests/security/helpers';
import { nearlyFull, openLive } from './liveClient';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_REGISTER: '0' } });
});
afterAll(() => server.stop());

async function sharedDesign() {
  const owner = await signedUp(server.url, 'Anna');
  const id = (await owner.client.post('/api/designs', nearlyFull)).json.id as string;
  const invite = async (role: 'editor' | 'viewer', client = new Client(server.url)) => {
    const { token } = (await owner.client.post(`/api/designs/${id}/invites`, { role })).json;
    await client.post(`/api/invites/${token}/accept`);
    return client;
  };
  return { owner: owner.client, id, invite };
}

const op = (clientId: string, mutationId: number, o: object) =>
  JSON.stringify({ type: 'op', clientId, mutationId, op: o });

describe('joining', () => {
  test('needs the session cookie, the app’s own origin and a part in the design', async () => {
    const { owner, id } = await sharedDesign();
    await expect(openLive(server.url, id, null)).rejects.toThrow('401');
    await expect(openLive(server.url, id, owner, 'https://evil.example')).rejects.toThrow('403');
    const stranger = new Client(server.url);
    await stranger.post('/api/designs', nearlyFull);
    await expect(openLive(server.url, id, stranger)).rejects.toThrow('403');
    await expect(openLive(server.url, 'nope', owner)).rejects.toThrow('404');
    const live = await openLive(server.url, id, owner);
    const snap = (await live.next('snapshot')) as LiveSnapshot;
    expect(snap.you).toMatchObject({ id: 'owner', name: 'Anna', role: 'owner' });
    expect(snap.you.guestTag).toBeUndefined();
    expect(snap.draft.selections).toEqual(nearlyFull.selections);
    live.ws.close();
  });

  test('a nameless guest carries its tag, so each viewer names it in their own language', async () => {
    const { id, invite } = await sharedDesign();
    const guest = await invite('editor');
    const live = await openLive(server.url, id, guest);
    const { you } = (await live.next('snapshot')) as LiveSnapshot;
    expect(you.guestTag).toMatch(/^.{4}$/);
    expect(you.name).toMatch(new RegExp(`^(Gast|Guest) ${you.guestTag}$`));
    live.ws.close();
  });
});

describe('editing together', () => {
  test('an edit reaches the others stamped with its author and is stored before it is acknowledged (saved)', async () => {
    const { owner, id, invite } = await sharedDesign();
    const ben = await signedUp(server.url, 'Ben');
    await invite('editor', ben.client);
    const a = await openLive(server.url, id, owner);
    const b = await openLive(server.url, id, ben.client);
    await Promise.all([a.next('snapshot'), b.next('snapshot')]);
    b.send(op('ben-tab-0001', 1, { kind: 'setQuantity', optionId: 'haferflocken-zart', quantity: 2 }));
    const [seenByA, ackOfB] = await Promise.all([a.next('commit'), b.next('commit')]);
    expect(seenByA.by).toMatchObject({ name: 'Ben', role: 'editor' });
    expect(ackOfB).toEqual(seenByA);
    // The acknowledgement, `saved`, means stored.
    expect((await b.next('saved')).version).toBeGreaterThanOrEqual(ackOfB.version);
    const stored = (await owner.get(`/api/designs/${id}`)).json;
    expect(stored.selections).toContainEqual({ optionId: 'haferflocken-zart', quantity: 2 });
    // A resend is answered as a duplicate and changes nothing.
    b.send(op('ben-tab-0001', 1, { kind: 'setQuantity', optionId: 'haferflocken-zart', quantity: 2 }));
    expect(await b.next('duplicate')).toMatchObject({ clientId: 'ben-tab-0001', mutationId: 1 });
    // Presence: who is here and where, stamped by the server.
    a.send({ type: 'presence', focus: 'cornflakes' });
    const p = await b.next('presence', (m) => m.presence.some((x) => x.focus === 'cornflakes'));
    expect(p.presence.find((x) => x.focus === 'cornflakes')).toMatchObject({ id: 'owner', name: 'Anna' });
    const online = (await owner.get(`/api/designs/${id}/collaborators`)).json;
    expect(online.map((c: { online: boolean }) => c.online)).toEqual([true, true]);
    a.ws.close();
    b.ws.close();
  });

  test('two additions that together overflow the bag: one is applied, the other refused with its reason and a repair', async () => {
    const { owner, id, invite } = await sharedDesign();
    const ben = await invite('editor');
    const a = await openLive(server.url, id, owner);
    const b = await openLive(server.url, id, ben);
    await Promise.all([a.next('snapshot'), b.next('snapshot')]);
    a.send(op('anna-tab-001', 1, { kind: 'add', optionId: 'cornflakes' }));
    await a.next('commit');
    await a.next('saved');
    b.send(op('ben-tab-0001', 1, { kind: 'add', optionId: 'cornflakes' }));
    const reject = await b.next('reject');
    expect(reject.reasons.map((r) => r.code)).toEqual(['capacity_max']);
    expect(reject.after).toMatchObject({ by: { name: 'Anna' }, op: { kind: 'add', optionId: 'cornflakes' } });
    expect(reject.repair.length).toBeGreaterThan(0);
    const stored = (await owner.get(`/api/designs/${id}`)).json;
    expect(stored.selections).toContainEqual({ optionId: 'cornflakes', quantity: 1 });
    expect(stored.totals.weightGrams).toBe(575);
    a.ws.close();
    b.ws.close();
  });

  test('a save another way (PATCH) reaches the room: everyone gets the stored state and editing goes on', async () => {
    const { owner, id, invite } = await sharedDesign();
    const ben = await invite('editor');
    const a = await openLive(server.url, id, owner);
    await a.next('snapshot');
    expect((await ben.patch(`/api/designs/${id}`, { name: 'Per PATCH' })).status).toBe(200);
    expect((await a.next('snapshot')).draft.name).toBe('Per PATCH');
    a.send(op('anna-tab-001', 1, { kind: 'add', optionId: 'cornflakes' }));
    expect((await a.next('commit')).draft).toMatchObject({ name: 'Per PATCH' });
    await a.next('saved');
    const stored = (await owner.get(`/api/designs/${id}`)).json;
    expect(stored).toMatchObject({ name: 'Per PATCH' });
    expect(stored.selections).toContainEqual({ optionId: 'cornflakes', quantity: 1 });
    a.ws.close();
  });

  test('junk, oversized and forged messages get an error and change nothing; a viewer cannot edit', async () => {
    const { owner, id, invite } = await sharedDesign();
    const viewer = await invite('viewer');
    const v = await openLive(server.url, id, viewer);
    const a = await openLive(server.url, id, owner);
    await Promise.all([v.next('snapshot'), a.next('snapshot')]);
    v.send(op('viewer-tab-01', 1, { kind: 'add', optionId: 'cornflakes' }));
    expect(await v.next('error')).toMatchObject({ code: 'forbidden' });
    const junk = [
      'not json',
      '{"type":"op"}',
      op('short', 1, { kind: 'add', optionId: 'cornflakes' }),
      op('anna-tab-001', 1, { kind: 'add', optionId: { $ne: 1 } }),
      op('anna-tab-001', 1, { kind: 'setQuantity', optionId: 'cornflakes', quantity: 1, by: 'x' }),
      JSON.stringify({ type: 'presence', focus: 'x', name: 'Admin' }),
      op('anna-tab-001', 1, { kind: 'setText', fieldId: 'dedication', value: 'x'.repeat(20_000) }),
    ];
    for (const m of junk) a.send(m);
    for (let i = 0; i < junk.length; i++) expect((await a.next('error')).code).toMatch(/bad_message|message_too_large/);
    // A text the filter blocks is refused like any other broken edit.
    a.send(op('anna-tab-001', 1, { kind: 'setName', name: 'du Arschloch' }));
    expect((await a.next('reject')).reasons[0].code).toBe('text_blocked');
    expect(a.received.filter((m) => m.type === 'commit')).toEqual([]);
    expect((await owner.get(`/api/designs/${id}`)).json).toMatchObject({
      name: 'Zusammen',
      selections: nearlyFull.selections,
    });
    expect(a.ws.readyState).toBe(a.ws.OPEN);
    v.ws.close();
    a.ws.close();
  });

  test('a removed member’s connection closes at once and their next write is refused', async () => {
    const { owner, id, invite } = await sharedDesign();
    const ben = await invite('editor');
    const b = await openLive(server.url, id, ben);
    await b.next('snapshot');
    const list = (await owner.get(`/api/designs/${id}/collaborators`)).json;
    expect((await owner.delete(`/api/designs/${id}/collaborators/${list[1].id}`)).status).toBe(204);
    expect(await b.closed).toBe(4403);
    expect((await ben.patch(`/api/designs/${id}`, { name: 'Doch noch' })).status).toBe(403);
    await expect(openLive(server.url, id, ben)).rejects.toThrow('403');
    // Deleting the design closes everyone's connection.
    const a = await openLive(server.url, id, owner);
    await a.next('snapshot');
    expect((await owner.delete(`/api/designs/${id}`)).status).toBe(204);
    expect(await a.closed).toBe(4403);
  });
});
