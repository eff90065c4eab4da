import { expect, it } from 'vitest';
import { catalogValidatorSource } from './catalogValidatorSource';

const generated = import.meta.glob<string>('./catalogValidator.generated.js', {
  query: '?raw',
  eager: true,
  import: 'default',
});

it('the precompiled catalog validator matches the meta-schema (else: npm run generate:validator)', () => {
  expect(Object.values(generated)[0]).toBe(catalogValidatorSource());
});
