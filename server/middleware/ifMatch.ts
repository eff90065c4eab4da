/** The ETag of a revision: `"<revision>"` (designs and catalog drafts alike). */
export const etagOf = (revision: number) => `"${revision}"`;

/** The revision an `If-Match: "<revision>"` names; undefined when absent, NaN when unreadable. */
export function ifMatchRevision(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const m = /^\s*(?:W\/)?"(\d{1,12})"\s*$/.exec(header);
  return m ? Number(m[1]) : Number.NaN;
}

/** The expected revision of a write: undefined without If-Match, -1 (matches nothing) when unreadable. */
export function expectedRevision(header: string | undefined): number | undefined {
  const r = ifMatchRevision(header);
  return r !== undefined && Number.isNaN(r) ? -1 : r;
}
