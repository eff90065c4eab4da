/**
 * A client's copy of a shared design (shared/codesign/replica.ts): an own operation is pending
 * until the room commits it, then unsaved until the room says it is durable; a snapshot that
 * does not hold it (the room started again from what is stored, after a crash) makes it pending
 * again, shown once and sent again; a duplicate (sent once durable) settles it.
 */
import { describe, expect, it } from 'vitest';
import muesli from '@catalogs/muesli.json';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { applyOperation, type DesignOp } from '@shared/codesign/operations';
import type { LiveCommit, LiveReject, Person } from '@shared/codesign/protocol';
import { Replica } from '@shared/codesign/replica';

const catalog = muesli as unknown as Catalog;
const empty: DesignDraft = { catalogId: catalog.id, catalogVersion: catalog.version, selections: [] };
const anna: Person = { id: 'anna', name: 'Anna', role: 'owner' };
const add: DesignOp = { kind: 'add', optionId: 'cornflakes' };
const quantity = (d: DesignDraft) => d.selections.find((s) => s.optionId === 'cornflakes')?.quantity ?? 0;

const commitOf = (r: Replica, mutationId: number, version: number, draft: DesignDraft): LiveCommit => ({
  type: 'commit',
  version,
  draft,
  op: add,
  by: anna,
  clientId: r.clientId,
  mutationId,
});

describe('a replica’s own operations', () => {
  it('pending → committed but unsaved → saved', () => {
    const r = new Replica(catalog, 'anna-tab-0001', empty);
    r.apply(add);
    expect(r.pending.map((p) => p.mutationId)).toEqual([1]);
    const after = applyOperation(catalog, empty, add);
    r.receive(commitOf(r, 1, 1, after));
    expect(r.pending).toEqual([]);
    expect(r.notSaved().map((p) => p.mutationId)).toEqual([1]);
    // In the base now: shown once, not replayed on top.
    expect(quantity(r.view())).toBe(1);
    r.receive({ type: 'saved', version: 0 });
    expect(r.notSaved()).toHaveLength(1);
    r.receive({ type: 'saved', version: 1 });
    expect(r.notSaved()).toEqual([]);
  });

  it('a snapshot without a committed, unsaved operation makes it pending again and sends it again', () => {
    const r = new Replica(catalog, 'anna-tab-0001', empty);
    r.apply(add);
    r.apply(add);
    const one = applyOperation(catalog, empty, add);
    r.receive(commitOf(r, 1, 1, one));
    r.receive(commitOf(r, 2, 2, applyOperation(catalog, one, add)));
    // The room died; the new one has the first operation stored, not the second.
    const { snapshot } = r.receive({
      type: 'snapshot',
      version: 1,
      draft: one,
      you: anna,
      mutationIds: { 'anna-tab-0001': 1 },
      presence: [],
    });
    expect(snapshot).toBe(true);
    expect(r.resend().map((m) => m.type === 'op' && m.mutationId)).toEqual([2]);
    expect(quantity(r.view())).toBe(2);
    expect(r.notSaved().map((p) => p.mutationId)).toEqual([2]);
  });

  it('a refusal is news once: the same refusal again (a room started again) tells nobody', () => {
    const r = new Replica(catalog, 'anna-tab-0001', empty);
    r.apply(add);
    const reject: LiveReject = { type: 'reject', clientId: r.clientId, mutationId: 1, reasons: [], repair: [] };
    expect(r.receive(reject).rejected).toEqual(reject);
    expect(r.pending).toEqual([]);
    expect(r.receive(reject).rejected).toBeUndefined();
    expect(quantity(r.view())).toBe(0);
  });

  it('a duplicate answers what it names and everything before it', () => {
    const r = new Replica(catalog, 'anna-tab-0001', empty);
    r.apply(add);
    r.apply(add);
    r.receive(commitOf(r, 1, 1, applyOperation(catalog, empty, add)));
    r.receive({ type: 'duplicate', clientId: r.clientId, mutationId: 2 });
    expect(r.notSaved()).toEqual([]);
  });

  it('commits, saves and duplicates of other clients leave its own operations alone', () => {
    const r = new Replica(catalog, 'anna-tab-0001', empty);
    r.apply(add);
    const other = { ...commitOf(r, 1, 1, applyOperation(catalog, empty, add)), clientId: 'ben-tab-00001' };
    r.receive(other);
    r.receive({ type: 'duplicate', clientId: 'ben-tab-00001', mutationId: 1 });
    r.receive({ type: 'saved', version: 1 });
    expect(r.pending.map((p) => p.mutationId)).toEqual([1]);
    // Ben's addition in the base, Anna's still on top.
    expect(quantity(r.view())).toBe(2);
  });
});
