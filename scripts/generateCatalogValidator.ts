/**
 * Writes shared/catalog/catalogValidator.generated.js: the catalog meta-schema compiled by
 * ajv ahead of time (standalone code), so checkCatalog runs in the browser under a CSP that
 * forbids eval, and the studio ships no schema compiler. `npm run generate:validator`;
 * shared/catalog/catalogValidator.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogValidatorSource } from '@shared/catalog/catalogValidatorSource';

const target = fileURLToPath(new URL('../shared/catalog/catalogValidator.generated.js', import.meta.url));
writeFileSync(target, catalogValidatorSource());
console.log(`wrote ${target}`);
