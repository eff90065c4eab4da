import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { Client } from '@tests/setup/http';

export const PASSWORD = 'correct horse battery';
let counter = 0;

/** A fresh address per call, so tests never collide on the unique email index. */
export const uniqueEmail = (name = 'user') => `${name}.${Date.now().toString(36)}.${counter++}@example.org`;

/** The session cookie (`name=value`) a response set, if any. */
export function sessionCookieOf(res: { headers: Headers }): string | undefined {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((pair) => pair.startsWith('prosumer.sid='));
}

/** A new browser session that registered (and so is signed in) as a fresh shopper. */
export async function signedUp(base: string, name = 'user'): Promise<{ client: Client; email: string; id: string }> {
  const client = new Client(base);
  const email = uniqueEmail(name);
  const res = await client.post('/api/auth/register', { email, password: PASSWORD, displayName: name });
  if (res.status !== 201) throw new Error(`register answered ${res.status}: ${res.text}`);
  return { client, email, id: res.json.id };
}

/** A new browser session signed in with these credentials. */
export async function signedIn(base: string, email: string, password = PASSWORD): Promise<Client> {
  const client = new Client(base);
  const res = await client.post('/api/auth/login', { email, password });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${res.text}`);
  return client;
}

/** A valid muesli draft: two portions of the first base in stock, one fruit in stock. */
export async function validDraft(base: string): Promise<DesignDraft> {
  const muesli: Catalog = (await new Client(base).get('/api/catalogs/muesli')).json;
  const pick = (group: string) => muesli.options.find((o) => o.groupId === group && o.inStock)!;
  return {
    catalogId: 'muesli',
    name: 'Sicherheitsmüsli',
    selections: [
      { optionId: pick('base').id, quantity: 2 },
      { optionId: pick('fruits').id, quantity: 1 },
    ],
  };
}
