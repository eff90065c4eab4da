import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@client/i18n';
import { personName } from './personName';

describe('personName', () => {
  afterEach(() => setLocale('de'));

  it('names a nameless guest in the viewer’s language, whatever language the server stamped', () => {
    const ben = { name: 'Guest Nw41', guestTag: 'Nw41' };
    setLocale('de');
    expect(personName(ben)).toBe('Gast Nw41');
    setLocale('en');
    expect(personName(ben)).toBe('Guest Nw41');
    expect(personName({ name: 'Gast', guestTag: '' })).toBe('Guest');
  });

  it('keeps an account’s own name', () => {
    setLocale('en');
    expect(personName({ name: 'Anna' })).toBe('Anna');
  });
});
