import type { ErrorObject } from 'ajv';

/** The catalog meta-schema validator, compiled ahead of time (scripts/generateCatalogValidator.ts). */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
