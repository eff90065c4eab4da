import { Client } from '@tests/setup/http';
import { admin, shopper, type Person } from '@tests/moderation-workflow/helpers';

export {
  admin,
  moderator,
  published,
  saved,
  muesliDraft,
  shopper,
  startWorkflowServer,
} from '@tests/moderation-workflow/helpers';

/** A fresh user whom the admin granted the merchandiser role. */
export async function merchandiser(base: string, name = 'Merle'): Promise<Person> {
  const person = await shopper(base, name);
  const res = await (await admin(base)).patch(`/api/admin/users/${person.id}`, { roles: ['merchandiser'] });
  if (res.status !== 200) throw new Error(`granting merchandiser answered ${res.status}: ${res.text}`);
  return person;
}

/** PUT of a whole draft with If-Match. */
export const putDraft = (client: Client, id: string, body: unknown, revision: number | string) =>
  client.put(`/api/admin/catalogs/${id}/draft`, body, { 'if-match': `"${revision}"` });

/** PUT of the options as CSV with If-Match. */
export const putCsv = (client: Client, id: string, csv: string, revision: number) =>
  client.put(`/api/admin/catalogs/${id}/draft/options.csv`, csv, {
    'content-type': 'text/csv; charset=utf-8',
    'if-match': `"${revision}"`,
  });
