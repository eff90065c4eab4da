/**
 * The operations that undo `ops` on `draft` (add, remove and replace only: what the studio
 * sends), so each edit of the studio is one undo step of a few RFC 6902 operations.
 */
import jsonPatch from 'fast-json-patch';
import type { CatalogPatchOperation } from './applyCatalogPatch';

const parentAndKey = (path: string) => {
  const cut = path.lastIndexOf('/');
  return { parent: path.slice(0, cut), key: path.slice(cut + 1) };
};

/** The inverse of `ops` applied in order to `draft`; throws (as applying would) on a bad path. */
export function invertPatch(draft: unknown, ops: readonly CatalogPatchOperation[]): CatalogPatchOperation[] {
  let doc = structuredClone(draft);
  const inverse: CatalogPatchOperation[] = [];
  for (const op of ops) {
    const { parent, key } = parentAndKey(op.path);
    const container = jsonPatch.getValueByPointer(doc, parent) as unknown;
    if (op.op === 'add') {
      if (Array.isArray(container)) {
        const index = key === '-' ? container.length : Number(key);
        inverse.unshift({ op: 'remove', path: `${parent}/${index}` });
      } else {
        const had = container !== null && typeof container === 'object' && key in container;
        inverse.unshift(
          had
            ? { op: 'replace', path: op.path, value: structuredClone(jsonPatch.getValueByPointer(doc, op.path)) }
            : { op: 'remove', path: op.path },
        );
      }
    } else if (op.op === 'remove' || op.op === 'replace') {
      const old = structuredClone(jsonPatch.getValueByPointer(doc, op.path)) as unknown;
      inverse.unshift(
        op.op === 'remove' ? { op: 'add', path: op.path, value: old } : { op: 'replace', path: op.path, value: old },
      );
    } else {
      throw new Error(`invertPatch handles add, remove and replace; got "${op.op}"`);
    }
    doc = jsonPatch.applyOperation(doc, op, true, true, true).newDocument;
  }
  return inverse;
}
