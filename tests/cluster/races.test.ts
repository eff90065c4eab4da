import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPORTS_TO_HIDE } from '@shared/moderation';
import type { Cluster } from '@scripts/cluster/launch';
import { Client } from '@tests/setup/http';
import { published, submitted, type Person } from '@tests/moderation-workflow/helpers';
import { putDraft } from '@tests/merchandising/helpers';
import { validDraft } from '@tests/security/helpers';
import { clusterAdmin, person, PROCESSES, staff, startTestCluster, statuses } from './helpers';

/**
 * The race tests of one process, with the racing requests sent to different app processes of
 * one cluster (FerretDB on PostgreSQL, Redis): each must hold exactly as on one process.
 */
let cluster: Cluster;
let urls: string[];
let owner: Person;
let mods: Person[];
beforeAll(async () => {
  cluster = await startTestCluster('races', 3810);
  urls = cluster.urls;
  owner = await person(urls, 'Olga');
  mods = await Promise.all(['Mia', 'Max', 'Mel'].map((n, i) => staff(urls, n, 'moderator', i)));
}, 180_000);
afterAll(() => cluster?.stop(), 60_000);

/** The URL of app process `i` (mod the number of processes). */
const on = (i: number) => urls[i % PROCESSES]!;
const base = () => urls[0]!;

describe(`${PROCESSES} app processes on one database`, () => {
  test('approve on one process against reject on another: exactly one wins, every time', async () => {
    for (let round = 0; round < 6; round++) {
      const id = await submitted(base(), owner);
      const [a, b] = await Promise.all([
        mods[0]!.client.at(on(round)).post(`/api/moderation/designs/${id}/approve`),
        mods[1]!.client.at(on(round + 1)).post(`/api/moderation/designs/${id}/reject`, { reason: 'nein' }),
      ]);
      expect(statuses([a, b])).toEqual([200, 409]);
      const winner = a.status === 200 ? a : b;
      for (let p = 0; p < PROCESSES; p++)
        expect((await owner.client.at(on(p)).get(`/api/designs/${id}`)).json.status).toBe(winner.json.status);
    }
  });

  test('two moderators claim on two processes: one 200, one 409', async () => {
    const id = await submitted(base(), owner);
    const results = await Promise.all(
      mods.slice(0, 2).map((m, i) => m.client.at(on(i)).post(`/api/moderation/designs/${id}/claim`)),
    );
    expect(statuses(results)).toEqual([200, 409]);
  });

  test('six votes at once over three processes count six; all taken back at once: zero', async () => {
    const id = await published(base(), owner, mods[0]!);
    const voters = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => person(urls, `V${i}`, i)));
    const cast = await Promise.all(voters.map((v, i) => v.client.at(on(i)).put(`/api/designs/${id}/vote`)));
    expect(cast.map((r) => r.status)).toEqual(voters.map(() => 200));
    const count = async () =>
      (await new Client(on(2)).get('/api/gallery?limit=50')).json.items.find((i: { id: string }) => i.id === id)?.votes;
    expect(await count()).toBe(6);
    await Promise.all(voters.map((v, i) => v.client.at(on(i + 1)).delete(`/api/designs/${id}/vote`)));
    expect(await count()).toBe(0);
  });

  test('six reviews at once over three processes: count and average of all six', async () => {
    const id = await published(base(), owner, mods[0]!);
    const reviewers = await Promise.all([1, 2, 3, 4, 5, 5].map((_, i) => person(urls, `R${i}`, i)));
    const ratings = [1, 2, 3, 4, 5, 5];
    const results = await Promise.all(
      reviewers.map((r, i) => r.client.at(on(i)).post(`/api/designs/${id}/reviews`, { rating: ratings[i] })),
    );
    expect(results.map((r) => r.status)).toEqual(ratings.map(() => 201));
    const page = (await new Client(on(1)).get(`/api/designs/${id}/reviews`)).json;
    expect(page).toMatchObject({ count: 6, average: 3.33 });
  });

  test(`${REPORTS_TO_HIDE} reports at once on different processes hide the design`, async () => {
    const id = await published(base(), owner, mods[0]!);
    const reporters = await Promise.all(Array.from({ length: REPORTS_TO_HIDE }, (_, i) => person(urls, `Rep${i}`, i)));
    const results = await Promise.all(
      reporters.map((r, i) => r.client.at(on(i)).post(`/api/designs/${id}/report`, { reason: `Spam ${i}` })),
    );
    expect(results.map((r) => r.status)).toEqual(reporters.map(() => 201));
    for (let p = 0; p < PROCESSES; p++) expect((await new Client(on(p)).get(`/api/designs/${id}`)).status).toBe(403);
    const mine = (await owner.client.get(`/api/designs/${id}`)).json;
    expect(mine).toMatchObject({ status: 'public', moderation: { hidden: true } });
  });

  test('two draft saves with one ETag on two processes: one 200, one 412', async () => {
    const merch = await staff(urls, 'Merle', 'merchandiser');
    expect((await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label' })).status).toBe(201);
    for (let round = 0; round < 3; round++) {
      const { revision, draft } = (await merch.client.get('/api/admin/catalogs/label/draft')).json;
      const [a, b] = await Promise.all([
        putDraft(merch.client.at(on(round)), 'label', { ...draft, basePriceCents: 1000 + round }, revision),
        putDraft(merch.client.at(on(round + 1)), 'label', { ...draft, basePriceCents: 2000 + round }, revision),
      ]);
      expect(statuses([a, b])).toEqual([200, 412]);
      const winner = a.status === 200 ? a : b;
      const after = (await merch.client.at(on(round + 2)).get('/api/admin/catalogs/label/draft')).json;
      expect(after.revision).toBe(revision + 1);
      expect(after.draft.basePriceCents).toBe(winner.json.draft.basePriceCents);
    }
  });

  test('a role granted on one process while the user is suspended on another: both are kept', async () => {
    const admin = await clusterAdmin(urls);
    for (let round = 0; round < 8; round++) {
      const target = await person(urls, `T${round}`);
      const [grant, suspend] = await Promise.all([
        admin.at(on(round)).patch(`/api/admin/users/${target.id}`, { roles: ['merchandiser'] }),
        mods[0]!.client.at(on(round + 1)).post(`/api/moderation/users/${target.id}/suspend`, { reason: 'Spam' }),
      ]);
      expect([grant.status, suspend.status]).toEqual([200, 204]);
      const found = (await admin.get(`/api/admin/users?email=${encodeURIComponent(target.email)}`)).json;
      expect(found).toEqual([
        expect.objectContaining({ id: target.id, suspended: true, roles: ['shopper', 'merchandiser'] }),
      ]);
    }
  });
  test('one invite accepted by one guest on three processes at once: one membership, the same answer', async () => {
    const id = (await owner.client.post('/api/designs', await validDraft(base()))).json.id as string;
    const { token } = (await owner.client.post(`/api/designs/${id}/invites`, { role: 'editor' })).json;
    // A guest who already has a session (its own design): three requests without one would be three guests.
    const guest = new Client(on(0));
    expect((await guest.post('/api/designs', await validDraft(base()))).status).toBe(201);
    const answers = await Promise.all([0, 1, 2].map((p) => guest.at(on(p)).post(`/api/invites/${token}/accept`)));
    expect(answers.map((a) => [a.status, a.json])).toEqual(
      [0, 1, 2].map(() => [200, { designId: id, role: 'editor' }]),
    );
    for (let p = 0; p < PROCESSES; p++) {
      const members = (await owner.client.at(on(p)).get(`/api/designs/${id}/collaborators`)).json;
      expect(members.filter((m: { role: string }) => m.role === 'editor')).toHaveLength(1);
    }
  });

  test('six guests accept on three processes while the owner revokes the link on a fourth request: every accept before the revocation counts, none after', async () => {
    for (let round = 0; round < 3; round++) {
      const id = (await owner.client.post('/api/designs', await validDraft(base()))).json.id as string;
      const { token } = (await owner.client.post(`/api/designs/${id}/invites`, { role: 'viewer' })).json;
      const guests = [0, 1, 2, 3, 4, 5].map((i) => new Client(on(i)));
      const [revoked, ...accepts] = await Promise.all([
        owner.client.at(on(round)).delete(`/api/designs/${id}/invites/${token}`),
        ...guests.map((g, i) => g.at(on(i + round)).post(`/api/invites/${token}/accept`)),
      ]);
      expect(revoked.status).toBe(204);
      for (const a of accepts) expect([200, 410]).toContain(a.status);
      const members = (await owner.client.at(on(round + 1)).get(`/api/designs/${id}/collaborators`)).json;
      expect(members.filter((m: { role: string }) => m.role === 'viewer')).toHaveLength(
        accepts.filter((a) => a.status === 200).length,
      );
      for (let p = 0; p < PROCESSES; p++)
        expect((await new Client(on(p)).post(`/api/invites/${token}/accept`)).status).toBe(410);
    }
  });

  test('a member removed on one process cannot write on another, not even one racing the removal', async () => {
    for (let round = 0; round < 3; round++) {
      const id = (await owner.client.post('/api/designs', await validDraft(base()))).json.id as string;
      const { token } = (await owner.client.post(`/api/designs/${id}/invites`, { role: 'editor' })).json;
      const editor = await person(urls, `E${round}`, round);
      expect((await editor.client.post(`/api/invites/${token}/accept`)).status).toBe(200);
      expect(
        (await editor.client.at(on(round + 1)).patch(`/api/designs/${id}`, { name: `Vorher ${round}` })).status,
      ).toBe(200);
      const members = (await owner.client.get(`/api/designs/${id}/collaborators`)).json;
      const member = members.find((m: { displayName: string }) => m.displayName === `E${round}`);
      const [removed, racing] = await Promise.all([
        owner.client.at(on(round)).delete(`/api/designs/${id}/collaborators/${member.id}`),
        editor.client.at(on(round + 1)).patch(`/api/designs/${id}`, { name: `Zugleich ${round}` }),
      ]);
      expect(removed.status).toBe(204);
      expect([200, 403, 412]).toContain(racing.status);
      for (let p = 0; p < PROCESSES; p++)
        expect((await editor.client.at(on(p)).patch(`/api/designs/${id}`, { name: `Danach ${p}` })).status).toBe(403);
      const stored = (await owner.client.at(on(round + 2)).get(`/api/designs/${id}`)).json;
      expect(stored.name).toBe(racing.status === 200 ? `Zugleich ${round}` : `Vorher ${round}`);
    }
  });
});
