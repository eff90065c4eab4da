/**
 * RFC 6902 JSON Patch on a catalog draft, run the same way by the studio (optimistically, as
 * one types) and by the server (the authority). fast-json-patch does the applying; the guards
 * here make every outside patch safe first: known ops only, well-formed pointers, no segment
 * that reaches an object's prototype or makes a MongoDB operator or dotted key.
 */
import jsonPatch, { type Operation } from 'fast-json-patch';

export type CatalogPatchOperation = Operation;

/** Enough for a pasted block of cells or a CSV import; more is a whole-draft PUT. */
export const MAX_PATCH_OPERATIONS = 1000;
const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PatchProblem {
  /** The index of the operation at fault. */
  index: number;
  code: 'patch_malformed' | 'patch_forbidden_path' | 'patch_unresolvable' | 'patch_test_failed';
  message: string;
}

export type PatchResult = { ok: true; draft: Record<string, unknown> } | { ok: false; problem: PatchProblem };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The reason a pointer is refused, or undefined when it is fine. */
function pointerProblem(pointer: unknown): string | undefined {
  if (typeof pointer !== 'string') return 'must be a string';
  if (pointer === '') return 'may not be the whole draft: send a PUT instead';
  if (!pointer.startsWith('/')) return 'must start with "/"';
  if (pointer.length > 300) return 'is too long';
  for (const raw of pointer.slice(1).split('/')) {
    if (/~[^01]|~$/.test(raw)) return 'has a "~" that is not ~0 or ~1';
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (FORBIDDEN_SEGMENTS.has(segment)) return `may not name "${segment}"`;
    if (segment.startsWith('$') || segment.includes('.'))
      return `may not name a key starting with "$" or containing "."`;
  }
  return undefined;
}

/** A key inside a value that would reach a prototype or make a MongoDB operator, if any. */
function forbiddenKeyIn(value: unknown, depth = 0): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > 24) return '(nested too deep)';
  for (const [key, v] of Object.entries(value)) {
    if (!Array.isArray(value) && (FORBIDDEN_SEGMENTS.has(key) || key.startsWith('$') || key.includes('.'))) return key;
    const inner = forbiddenKeyIn(v, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Checks the shape of every operation before any is applied: all or nothing. */
export function checkPatch(ops: unknown): PatchProblem | undefined {
  const bad = (index: number, message: string, code: PatchProblem['code'] = 'patch_malformed') => ({
    index,
    code,
    message,
  });
  if (!Array.isArray(ops)) return bad(-1, 'The patch must be a JSON array of operations (RFC 6902).');
  if (ops.length === 0) return bad(-1, 'The patch has no operations.');
  if (ops.length > MAX_PATCH_OPERATIONS) return bad(-1, `At most ${MAX_PATCH_OPERATIONS} operations per patch.`);
  for (const [index, op] of ops.entries()) {
    if (!isObject(op) || typeof op.op !== 'string' || !OPS.has(op.op))
      return bad(index, `Operation ${index}: "op" must be one of ${[...OPS].join(', ')}.`);
    const pathProblem = pointerProblem(op.path);
    if (pathProblem) return bad(index, `Operation ${index}: "path" ${pathProblem}.`, 'patch_forbidden_path');
    if (op.op === 'move' || op.op === 'copy') {
      const fromProblem = pointerProblem(op.from);
      if (fromProblem) return bad(index, `Operation ${index}: "from" ${fromProblem}.`, 'patch_forbidden_path');
    }
    if ((op.op === 'add' || op.op === 'replace' || op.op === 'test') && !('value' in op))
      return bad(index, `Operation ${index}: "${op.op}" needs a "value".`);
    const key = forbiddenKeyIn(op.value);
    if (key !== undefined)
      return bad(index, `Operation ${index}: the key ${JSON.stringify(key)} is not allowed.`, 'patch_forbidden_path');
  }
  return undefined;
}

/**
 * Applies `ops` to a copy of `draft` (never to `draft` itself): every operation or none. The
 * result is JSON, not yet a valid catalog: `checkCatalog` says what is wrong with it.
 */
export function applyCatalogPatch(draft: Record<string, unknown>, ops: unknown): PatchResult {
  const problem = checkPatch(ops);
  if (problem) return { ok: false, problem };
  const operations = ops as Operation[];
  let doc: unknown = structuredClone(draft);
  let index = -1;
  try {
    // One at a time, so a failure names its own operation.
    for (index = 0; index < operations.length; index++)
      doc = jsonPatch.applyOperation(doc, operations[index]!, true, true, true, index).newDocument;
    if (!isObject(doc)) throw new Error('the draft must stay an object');
    return { ok: true, draft: doc };
  } catch (err) {
    const e = err as { name?: string; message?: string };
    const failedTest = e.name === 'TEST_OPERATION_FAILED';
    const first = String(e.message ?? err).split('\n')[0];
    return {
      ok: false,
      problem: {
        index,
        code: failedTest ? 'patch_test_failed' : 'patch_unresolvable',
        message: `Operation ${index}: ${failedTest ? 'the test failed' : first}.`,
      },
    };
  }
}
