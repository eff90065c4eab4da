/** True for MongoDB's duplicate-key error (11000): the one atomic compare-and-set FerretDB 1.x offers. */
export const isDuplicateKey = (err: unknown) => (err as { code?: number } | null)?.code === 11000;
