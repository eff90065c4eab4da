import type { Person } from '@shared/codesign/protocol';
import { i18n } from '@client/i18n';

/** A person's name in the viewer's language: a nameless guest is "Gast Nw41" / "Guest Nw41". */
export function personName(p: Pick<Person, 'name' | 'guestTag'>): string {
  if (p.guestTag === undefined) return p.name;
  const guest = i18n.global.t('codesign.guest');
  return p.guestTag ? `${guest} ${p.guestTag}` : guest;
}
