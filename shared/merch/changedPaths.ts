/**
 * Where two drafts differ, as JSON pointers no deeper than `depth` (`/options/3/priceCents`):
 * what a conflict banner tells a merchandiser someone else changed.
 */
export function changedPaths(before: unknown, after: unknown, depth = 3, limit = 50): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, pointer: string, level: number) => {
    if (out.length >= limit || a === b) return;
    const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object';
    if (!bothObjects || level >= depth || Array.isArray(a) !== Array.isArray(b)) {
      if (JSON.stringify(a) !== JSON.stringify(b)) out.push(pointer);
      return;
    }
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
    for (const key of keys)
      walk(ra[key], rb[key], `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, level + 1);
  };
  walk(before, after, '', 0);
  return out;
}
