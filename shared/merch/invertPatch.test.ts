import { describe, expect, it } from 'vitest';
import { applyCatalogPatch } from './applyCatalogPatch';
import { invertPatch } from './invertPatch';

const draft = {
  options: [
    { id: 'a', priceCents: 1, tags: ['x'] },
    { id: 'b', priceCents: 2, tags: [] },
  ],
};

describe('invertPatch', () => {
  it.each([
    [[{ op: 'replace', path: '/options/0/priceCents', value: 9 }]],
    [[{ op: 'add', path: '/options/-', value: { id: 'c' } }]],
    [
      [
        { op: 'add', path: '/options/0', value: { id: 'z' } },
        { op: 'remove', path: '/options/2' },
      ],
    ],
    [
      [
        { op: 'add', path: '/options/1/color', value: '#fff' },
        { op: 'replace', path: '/options/0/tags', value: [] },
      ],
    ],
    [[{ op: 'add', path: '/options/0/priceCents', value: 5 }]],
  ] as const)('undoing %j gives back the draft', (ops) => {
    const forward = applyCatalogPatch(draft, ops);
    if (!forward.ok) throw new Error(forward.problem.message);
    const back = applyCatalogPatch(forward.draft, invertPatch(draft, ops as never));
    expect(back.ok && back.draft).toEqual(draft);
  });
});
