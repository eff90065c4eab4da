import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GalleryPage } from '@shared/api';
import { DesignModel } from '@server/models/Design';
import { deletePermit, insertPermit } from '@server/db/permits';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import {
  moderator,
  muesliDraft,
  published,
  saved,
  shopper,
  startWorkflowServer,
  submitted,
  type Person,
} from '@tests/moderation-workflow/helpers';

let server: TestServer;
let mod: Person;
let owner: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  mod = await moderator(server.url, 'Mona');
  owner = await shopper(server.url, 'Anna');
});
afterAll(() => server.stop());

const vote = (who: Person, id: string) => who.client.put(`/api/designs/${id}/vote`);
const unvote = (who: Person, id: string) => who.client.delete(`/api/designs/${id}/vote`);
const galleryVotes = async (id: string, who = new Client(server.url)) =>
  ((await who.get('/api/gallery?limit=50')).json as GalleryPage).items.find((i) => i.id === id);

describe('PUT / DELETE /api/designs/:id/vote', () => {
  test('401 when signed out', async () => {
    const id = await published(server.url, owner, mod);
    const anon = new Client(server.url);
    expect((await anon.put(`/api/designs/${id}/vote`)).status).toBe(401);
    expect((await anon.delete(`/api/designs/${id}/vote`)).status).toBe(401);
  });

  test('404 on a private, a pending and an unknown design', async () => {
    const voter = await shopper(server.url, 'Vera');
    const priv = (await saved(owner, await muesliDraft(server.url))).id;
    const pending = await submitted(server.url, owner);
    for (const id of [priv, pending, 'AAAAAAAAAAAAAAAA', 'nope']) {
      expect((await vote(voter, id)).status).toBe(404);
      expect((await unvote(voter, id)).status).toBe(404);
    }
  });

  test('voting for your own design is refused (403)', async () => {
    const id = await published(server.url, owner, mod);
    const res = await vote(owner, id);
    expect(res.status).toBe(403);
    expect(res.json.code).toBe('forbidden');
    // The gallery tells the owner it is theirs, so the page offers no vote button there.
    expect(await galleryVotes(id, owner.client)).toMatchObject({ mine: true });
    expect(await galleryVotes(id)).toMatchObject({ mine: false });
  });

  test('voting twice keeps one vote; unvoting takes it back; both idempotent', async () => {
    const id = await published(server.url, owner, mod);
    const voter = await shopper(server.url, 'Vera');
    for (let i = 0; i < 2; i++) {
      const res = await vote(voter, id);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ votes: 1, votedByMe: true });
    }
    expect(await galleryVotes(id, voter.client)).toMatchObject({ votes: 1, votedByMe: true });
    expect(await galleryVotes(id)).toMatchObject({ votes: 1, votedByMe: false });
    for (let i = 0; i < 2; i++) expect((await unvote(voter, id)).json).toEqual({ votes: 0, votedByMe: false });
    expect(await galleryVotes(id, voter.client)).toMatchObject({ votes: 0, votedByMe: false });
  });

  test('five users voting at the same moment: 5 votes; all unvoting at once: 0', async () => {
    const id = await published(server.url, owner, mod);
    const voters = await Promise.all([1, 2, 3, 4, 5].map((n) => shopper(server.url, `P${n}`)));
    const results = await Promise.all(voters.map((v) => vote(v, id)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await galleryVotes(id))?.votes).toBe(5);
    // The same five again, in parallel: still five.
    await Promise.all(voters.map((v) => vote(v, id)));
    expect((await galleryVotes(id))?.votes).toBe(5);
    await Promise.all(voters.map((v) => unvote(v, id)));
    expect((await galleryVotes(id))?.votes).toBe(0);
  });

  test('a vote does not change the design itself (no revision, no updatedAt)', async () => {
    const id = await published(server.url, owner, mod);
    const before = (await owner.client.get(`/api/designs/${id}`)).json;
    await vote(await shopper(server.url, 'Vera'), id);
    const after = (await owner.client.get(`/api/designs/${id}`)).json;
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.revision).toBe(before.revision);
    // A moderator's decision afterwards still works (the revision did not move under it).
    expect((await mod.client.post(`/api/moderation/designs/${id}/takedown`, { reason: 'Test' })).status).toBe(200);
    expect((await vote(await shopper(server.url, 'Walter'), id)).status).toBe(404);
  });

  test('a recount waits for the write permit: it never writes over another process’s write in flight', async () => {
    const id = await published(server.url, owner, mod);
    const { revision } = (await owner.client.get(`/api/designs/${id}`)).json;
    // As if a writer in another app process holds the permit of this revision right now.
    await insertPermit({ _id: `${id}:${revision}`, at: new Date() });
    const voter = await shopper(server.url, 'Paula');
    // The vote is stored, but its recount may not write the design: it gives up with 409 …
    expect((await vote(voter, id)).status).toBe(409);
    expect((await DesignModel.findById(id, { votes: 1 }).lean<{ votes: number }>())?.votes).toBe(0);
    // … and once the other writer is done, the next recount counts it.
    await deletePermit(`${id}:${revision}`);
    expect((await vote(voter, id)).json).toEqual({ votes: 1, votedByMe: true });
  });
});
