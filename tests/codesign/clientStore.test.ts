/**
 * The browser's co-design store (client/stores/useCodesignStore.ts) against the real app over
 * real WebSockets: undo and redo take back one's own operations only and are checked again
 * like any operation; a dropped connection reconnects and resends what is pending; a reload
 * (a fresh store on the same sessionStorage) keeps pending operations and sends them.
 * Node stands in for the browser with `ws` (carrying the session cookie, as a browser would)
 * and an in-memory sessionStorage.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import NodeWebSocket from 'ws';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { loadCatalogFiles } from '@server/catalogs/loadCatalogFiles';
import { useCodesignStore } from '@client/stores/useCodesignStore';
import { setLocale } from '@client/i18n';
import type { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { signedUp } from '@tests/security/helpers';
import { nearlyFull, openLive } from './liveClient';

let server: TestServer;
const catalog = loadCatalogFiles().find((c) => c.id === 'muesli') as Catalog;
/** The session whose cookie the "browser" sends, and the sockets it opened. */
let browser: { client: Client | null; host: string; sockets: NodeWebSocket[] } = {
  client: null,
  host: '',
  sockets: [],
};

class BrowserWebSocket extends NodeWebSocket {
  constructor(url: string) {
    const u = new URL(url);
    super(`ws://${browser.host}${u.pathname}${u.search}`, {
      headers: { cookie: browser.client?.cookieHeader() ?? '', origin: server.url },
    });
    browser.sockets.push(this);
    // A browser reports a refused connection as a close event only.
    this.on('error', () => undefined);
  }
}

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_REGISTER: '0' } });
  Object.assign(globalThis, { WebSocket: BrowserWebSocket, location: { protocol: 'http:', host: 'x' } });
});
afterAll(() => server.stop());
beforeEach(() => {
  setActivePinia(createPinia());
  Object.assign(globalThis, { sessionStorage: memoryStorage() });
  browser = { client: null, host: new URL(server.url).host, sockets: [] };
});

async function shared() {
  const anna = await signedUp(server.url, 'Anna');
  const ben = await signedUp(server.url, 'Ben');
  const id = (await anna.client.post('/api/designs', nearlyFull)).json.id as string;
  const { token } = (await anna.client.post(`/api/designs/${id}/invites`, { role: 'editor' })).json;
  await ben.client.post(`/api/invites/${token}/accept`);
  browser.client = anna.client;
  const stored = async () => (await anna.client.get(`/api/designs/${id}`)).json as DesignDraft & { revision: number };
  return { anna: anna.client, ben: ben.client, id, stored };
}

const until = async (what: () => boolean | Promise<boolean>, ms = 10_000) => {
  for (const end = Date.now() + ms; !(await what());) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((ok) => setTimeout(ok, 20));
  }
};
const quantity = (d: DesignDraft, optionId: string) => d.selections.find((s) => s.optionId === optionId)?.quantity ?? 0;
const op = (clientId: string, mutationId: number, o: object) =>
  JSON.stringify({ type: 'op', clientId, mutationId, op: o });

describe('undo and redo in a shared design', () => {
  test('take back only one’s own operation, and redo it', async () => {
    const { ben, id, stored } = await shared();
    const store = useCodesignStore();
    store.open(id, catalog, nearlyFull);
    await until(() => store.status === 'live');
    store.apply({ kind: 'add', optionId: 'cornflakes' });
    await until(() => store.saved);
    const b = await openLive(server.url, id, ben);
    await b.next('snapshot');
    b.send(op('ben-tab-0001', 1, { kind: 'setQuantity', optionId: 'haferflocken-zart', quantity: 2 }));
    await until(() => quantity(store.view, 'haferflocken-zart') === 2);
    store.undo();
    await until(async () => quantity(await stored(), 'cornflakes') === 0);
    // Ben's edit stays: the undo took back Anna's addition only.
    expect(quantity(await stored(), 'haferflocken-zart')).toBe(2);
    expect(store.redoStack).toHaveLength(1);
    store.redo();
    await until(async () => quantity(await stored(), 'cornflakes') === 1);
    expect(quantity(await stored(), 'haferflocken-zart')).toBe(2);
    b.ws.close();
    store.close();
  });

  test('an undo that would break the rules now is refused with its reason and leaves the stack', async () => {
    const { ben, id, stored } = await shared();
    const store = useCodesignStore();
    store.open(id, catalog, nearlyFull);
    await until(() => store.status === 'live');
    store.apply({ kind: 'add', optionId: 'cornflakes' }); // 575 g: full
    store.apply({ kind: 'remove', optionId: 'cornflakes' }); // 525 g
    await until(() => store.saved);
    const b = await openLive(server.url, id, ben);
    await b.next('snapshot');
    // Ben takes the room: 575 g.
    b.send(op('ben-tab-0001', 1, { kind: 'add', optionId: 'cornflakes' }));
    await until(() => quantity(store.view, 'cornflakes') === 1);
    store.undo(); // Anna's cornflakes back: 625 g
    await until(() => store.notice !== null);
    expect(store.notice!.text).toMatch(/Ben/);
    // The refused undo leaves both stacks; the one before it is still there.
    expect(store.undoStack).toHaveLength(1);
    expect(store.redoStack).toHaveLength(0);
    expect(quantity(await stored(), 'cornflakes')).toBe(1);
    b.ws.close();
    store.close();
  });
});

describe('the language', () => {
  test('switched on the page, the room’s refusals come in the new one', async () => {
    const { ben, id } = await shared();
    setLocale('de');
    const store = useCodesignStore();
    store.open(id, catalog, nearlyFull);
    await until(() => store.status === 'live');
    setLocale('en');
    await until(() => browser.sockets.length === 2 && store.status === 'live');
    const b = await openLive(server.url, id, ben);
    await b.next('snapshot');
    b.send(op('ben-tab-0001', 1, { kind: 'add', optionId: 'cornflakes' })); // 575 g: full
    await until(() => quantity(store.view, 'cornflakes') === 1);
    store.apply({ kind: 'add', optionId: 'haferflocken-zart' });
    await until(() => store.notice !== null);
    expect(store.notice!.text).toMatch(/is full: at most 575 g \(now 650 g\)/);
    expect(store.notice!.text).not.toMatch(/Beutel/);
    setLocale('de');
    b.ws.close();
    store.close();
  });
});

describe('pending operations', () => {
  test('a dropped connection reconnects and resends what is pending', async () => {
    const { id, stored } = await shared();
    const store = useCodesignStore();
    store.open(id, catalog, nearlyFull);
    await until(() => store.status === 'live');
    // The network goes: the socket drops and the next attempts find nobody.
    browser.host = '127.0.0.1:9';
    browser.sockets.at(-1)!.terminate();
    await until(() => store.status === 'offline');
    store.apply({ kind: 'add', optionId: 'cornflakes' });
    expect(store.pendingCount).toBe(1);
    browser.host = new URL(server.url).host;
    await until(() => store.saved && store.status === 'live');
    expect(quantity(await stored(), 'cornflakes')).toBe(1);
    store.close();
  });

  test('a reload keeps pending operations and sends them', async () => {
    const { id, stored } = await shared();
    browser.host = '127.0.0.1:9'; // offline from the start
    const before = useCodesignStore();
    before.open(id, catalog, nearlyFull);
    await until(() => before.status === 'offline');
    before.apply({ kind: 'add', optionId: 'cornflakes' });
    before.apply({ kind: 'setName', name: 'Nach dem Neuladen' });
    expect(before.pendingCount).toBe(2);
    // The tab reloads (same sessionStorage): a fresh store, the page reads the design again.
    before.close();
    setActivePinia(createPinia());
    browser.host = new URL(server.url).host;
    const after = useCodesignStore();
    after.open(id, catalog, await stored());
    expect(after.pendingCount).toBe(2);
    expect(quantity(after.view, 'cornflakes')).toBe(1);
    await until(() => after.saved && after.status === 'live');
    const now = await stored();
    expect(quantity(now, 'cornflakes')).toBe(1);
    expect(now.name).toBe('Nach dem Neuladen');
    after.close();
  });
});
