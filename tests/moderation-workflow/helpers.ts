import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';

export const PASSWORD = 'correct horse battery';
export const ADMIN = { email: 'admin@prosumer.test', password: 'admin password 123' };
let counter = 0;

/** The app with an admin account and the rate limits off (these tests sign many users up). */
export function startWorkflowServer(
  opts: { client?: boolean; clientDir?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  return startTestServer({
    ...opts,
    env: {
      ...opts.env,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_REGISTER: '0',
      RATE_LIMIT_LOGIN: '0',
      RATE_LIMIT_WRITE: '0',
      RATE_LIMIT_CHECK: '0',
    },
  });
}

export interface Person {
  client: Client;
  id: string;
  email: string;
  name: string;
}

/** A new browser session that registered as a fresh shopper. */
export async function shopper(base: string, name = 'Shopper'): Promise<Person> {
  const client = new Client(base);
  const email = `${name.toLowerCase().replace(/\W/g, '')}.${Date.now().toString(36)}.${counter++}@example.org`;
  const res = await client.post('/api/auth/register', { email, password: PASSWORD, displayName: name });
  if (res.status !== 201) throw new Error(`register answered ${res.status}: ${res.text}`);
  return { client, id: res.json.id, email, name };
}

/** Signs the admin in (ADMIN_EMAIL / ADMIN_PASSWORD made the account at start). */
export async function admin(base: string): Promise<Client> {
  const client = new Client(base);
  const res = await client.post('/api/auth/login', ADMIN);
  if (res.status !== 200) throw new Error(`admin login answered ${res.status}: ${res.text}`);
  return client;
}

/** A fresh user whom the admin granted the moderator role (their session sees it at once). */
export async function moderator(base: string, name = 'Moderator'): Promise<Person> {
  const person = await shopper(base, name);
  const res = await (await admin(base)).patch(`/api/admin/users/${person.id}`, { roles: ['moderator'] });
  if (res.status !== 200) throw new Error(`granting moderator answered ${res.status}: ${res.text}`);
  return person;
}

let muesli: Catalog | undefined;

/** A valid muesli draft named `name`: two portions of the first base in stock, one fruit. */
export async function muesliDraft(base: string, name = 'Omas Frühstück'): Promise<DesignDraft> {
  muesli ??= (await new Client(base).get('/api/catalogs/muesli')).json as Catalog;
  const pick = (group: string) => muesli!.options.find((o) => o.groupId === group && o.inStock)!;
  return {
    catalogId: 'muesli',
    name,
    selections: [
      { optionId: pick('base').id, quantity: 2 },
      { optionId: pick('fruits').id, quantity: 1 },
    ],
  };
}

let label: Catalog | undefined;

/** A valid jar label with these lines: the first option of each group (checked against the rules). */
export async function labelDraft(
  base: string,
  texts: Record<string, string>,
  name = 'Mein Etikett',
): Promise<DesignDraft> {
  label ??= (await new Client(base).get('/api/catalogs/label')).json as Catalog;
  const first = (group: string, tag?: string) =>
    label!.options.find((o) => o.groupId === group && o.inStock && (!tag || o.tags.includes(tag)))!.id;
  return {
    catalogId: 'label',
    name,
    selections: [
      { optionId: first('jar-size'), quantity: 1 },
      { optionId: first('font'), quantity: 1 },
      { optionId: first('background', 'light-background'), quantity: 1 },
      { optionId: 'text-schwarz', quantity: 1 },
    ],
    texts,
  };
}

/** A saved design of `owner`, returned as the API shows it. */
export async function saved(owner: Person, draft: DesignDraft) {
  const res = await owner.client.post('/api/designs', draft);
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.text}`);
  return res.json as { id: string; status: string };
}

/** A saved and submitted muesli of `owner`; its id. */
export async function submitted(base: string, owner: Person, name?: string): Promise<string> {
  const { id } = await saved(owner, await muesliDraft(base, name));
  const res = await owner.client.post(`/api/designs/${id}/submit`);
  if (res.status !== 200) throw new Error(`submit answered ${res.status}: ${res.text}`);
  return id;
}

/** A design that a moderator approved: public. */
export async function published(base: string, owner: Person, mod: Person, name?: string): Promise<string> {
  const id = await submitted(base, owner, name);
  const res = await mod.client.post(`/api/moderation/designs/${id}/approve`);
  if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${res.text}`);
  return id;
}
