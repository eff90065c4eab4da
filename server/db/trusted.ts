import mongoose from 'mongoose';

/**
 * Marks an operator object of OUR OWN filter as trusted: `sanitizeFilter` (on for the whole
 * app) would otherwise wrap `{ $ne: null }` in `$eq` and the filter would match nothing.
 * Never pass anything from a request through this.
 */
export const trusted = <T extends object>(operators: T): T => mongoose.trusted(operators) as T;
