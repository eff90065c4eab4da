import type { Browser, BrowserContext } from 'playwright-core';
import { Client } from '@tests/setup/http';
import { merchandiser } from '@tests/merchandising/helpers';
import {
  ADMIN,
  moderator,
  muesliDraft,
  published,
  saved,
  shopper,
  submitted,
  type Person,
} from '@tests/moderation-workflow/helpers';

/** Who looks at a page: a signed-out visitor, or someone signed in with that role. */
export type Role = 'visitor' | 'shopper' | 'moderator' | 'merchandiser' | 'admin';

/** How a person looks at it: German on a desktop, English on a phone. */
export interface Variant {
  name: string;
  locale: 'de' | 'en';
  viewport: { width: number; height: number };
}

export const VARIANTS: Variant[] = [
  { name: 'de desktop', locale: 'de', viewport: { width: 1280, height: 800 } },
  { name: 'en phone', locale: 'en', viewport: { width: 390, height: 844 } },
];

/** The data the pages show: made once per test file through the real API. */
export interface World {
  base: string;
  /** The shopper's own private design. */
  ownDesignId: string;
  /** The shopper's design that a moderator approved. */
  publicDesignId: string;
  /** Another shopper's design waiting in the moderation queue. */
  pendingDesignId: string;
  /** The shopper's design shared with the second shopper (an editor), and a live editor link to it. */
  sharedDesignId: string;
  inviteToken: string;
  /** An invite link to it that the shopper revoked. */
  revokedInviteToken: string;
  /** Signed-in sessions (cookies) per role; the visitor has none. */
  sessions: Record<Exclude<Role, 'visitor'>, Client>;
  /** The people behind them, and a second shopper who submits designs for the queue. */
  people: { shopper: Person; other: Person; moderator: Person; merchandiser: Person };
}

/** Seeds a shopper with a private and a public design, a queue item, a moderator, a merchandiser with a draft and the admin. */
export async function makeWorld(base: string): Promise<World> {
  const [owner, other, mod, merch] = await Promise.all([
    shopper(base, 'Sina'),
    shopper(base, 'Rolf'),
    moderator(base, 'Moni'),
    merchandiser(base, 'Merle'),
  ]);
  const own = await saved(owner, await muesliDraft(base, 'Mein Frühstück'));
  const publicDesignId = await published(base, owner, mod, 'Sonnenmüsli');
  const pendingDesignId = await submitted(base, other, 'Dummkopf Müsli');
  const draft = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' });
  if (draft.status !== 201 && draft.status !== 200) throw new Error(`draft answered ${draft.status}: ${draft.text}`);
  const shared = await saved(owner, await muesliDraft(base, 'Zusammen gemischt'));
  const link = async () => (await owner.client.post(`/api/designs/${shared.id}/invites`, { role: 'editor' })).json;
  const [invite, revoked] = [await link(), await link()];
  await other.client.post(`/api/invites/${invite.token}/accept`);
  await owner.client.delete(`/api/designs/${shared.id}/invites/${revoked.token}`);
  const adminClient = new Client(base);
  const login = await adminClient.post('/api/auth/login', ADMIN);
  if (login.status !== 200) throw new Error(`admin login answered ${login.status}`);
  return {
    base,
    ownDesignId: own.id,
    publicDesignId,
    pendingDesignId,
    sharedDesignId: shared.id,
    inviteToken: invite.token,
    revokedInviteToken: revoked.token,
    sessions: { shopper: owner.client, moderator: mod.client, merchandiser: merch.client, admin: adminClient },
    people: { shopper: owner, other, moderator: mod, merchandiser: merch },
  };
}

/** A browser context for `role` in `variant`: the role's cookies, the variant's language and screen. */
export async function contextFor(
  browser: Browser,
  world: World,
  role: Role,
  variant: Variant,
  options: { deviceScaleFactor?: number; reducedMotion?: 'reduce' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...options,
    viewport: variant.viewport,
    locale: variant.locale === 'de' ? 'de-DE' : 'en-GB',
    isMobile: variant.viewport.width < 600,
    hasTouch: variant.viewport.width < 600,
  });
  await context.addInitScript((locale) => localStorage.setItem('prosumer.locale', locale), variant.locale);
  if (role !== 'visitor') {
    const { hostname } = new URL(world.base);
    const cookies = world.sessions[role]
      .cookieList()
      .map(([name, value]) => ({ name, value, domain: hostname, path: '/' }));
    await context.addCookies(cookies);
  }
  return context;
}
