import type { Page } from 'playwright-core';
import type { Role, World } from './world';

/** One page as one kind of person sees it; the accessibility scan runs over all of them. */
export interface A11yPage {
  /** Shown in the test name. */
  name: string;
  role: Role;
  path: (w: World) => string;
  /** A selector that is there once the page shows its content (not its skeleton). */
  ready: string;
  /** Steps before the scan: open a form, fill a field, reach a state. */
  prepare?: (page: Page, w: World) => Promise<void>;
  /** Parts that another entry already scans in the same state (the option tiles), to keep the run short. */
  exclude?: string[];
}

/** The option tiles: scanned in full on the nearly-full muesli (chosen, free and greyed tiles), burger and label. */
const TILES = ['.group__grid'];

const tid = (id: string) => `[data-testid="${id}"]`;

/** A muesli whose bag is nearly full and whose fruits are at their maximum: many greyed tiles with reasons. */
const FULL_MUESLI = 'haferflocken-kernig:4,dinkelflocken:3,apfelstuecke,aprikosen,datteln,feigen,sultaninen';

/**
 * Every page of the app, for every role that uses it. A new page is one more entry here
 * (co-design, merchandiser studio, insights …); the scan then covers it in both variants.
 */
export const A11Y_PAGES: A11yPage[] = [
  { name: 'home', role: 'visitor', path: () => '/', ready: tid('catalog-list') },
  {
    name: 'configurator muesli',
    role: 'visitor',
    path: () => '/c/muesli',
    ready: tid('configurator'),
    exclude: TILES,
  },
  {
    name: 'configurator muesli, bag nearly full',
    role: 'visitor',
    path: () => `/c/muesli?s=${FULL_MUESLI}`,
    ready: tid('configurator'),
  },
  {
    name: 'configurator muesli, searching',
    role: 'visitor',
    path: () => '/c/muesli',
    ready: tid('configurator'),
    prepare: async (page) => {
      await page.fill(tid('option-search'), 'mandel');
      await page.waitForSelector(tid('option-search-count'));
    },
  },
  { name: 'configurator burger', role: 'visitor', path: () => '/c/burger', ready: tid('configurator') },
  {
    name: 'configurator label, text refused',
    role: 'visitor',
    path: () => '/c/label',
    ready: tid('configurator'),
    prepare: async (page) => {
      await page.fill('#input-line1', 'Arschgeige');
      await page.waitForSelector(`${tid('text-hint-line1')}[data-verdict="block"]`);
    },
  },
  {
    name: 'saved design (owner)',
    role: 'shopper',
    path: (w) => `/d/${w.ownDesignId}`,
    ready: tid('configurator'),
    exclude: TILES,
  },
  {
    name: 'public design (owner)',
    role: 'shopper',
    path: (w) => `/d/${w.publicDesignId}`,
    ready: tid('configurator'),
    exclude: TILES,
  },
  {
    name: 'public design (visitor)',
    role: 'visitor',
    path: (w) => `/d/${w.publicDesignId}`,
    ready: tid('configurator'),
    exclude: TILES,
  },
  {
    name: 'shared design (owner), share panel with a new link and a collaborator',
    role: 'shopper',
    path: (w) => `/d/${w.sharedDesignId}`,
    ready: `${tid('codesign-share')} ${tid('member')}:nth-of-type(2)`,
    prepare: async (page) => {
      await page.click(tid('invite-editor'));
      await page.waitForSelector(tid('invite-created'));
    },
    exclude: TILES,
  },
  {
    name: 'invite link, opened by a guest (lands on the shared design, live)',
    role: 'visitor',
    path: (w) => `/invite/${w.inviteToken}`,
    ready: `${tid('codesign-bar')} ${tid('undo')}`,
    exclude: TILES,
  },
  {
    name: 'invite link, revoked',
    role: 'visitor',
    path: (w) => `/invite/${w.revokedInviteToken}`,
    ready: tid('error-state'),
  },
  { name: 'my designs', role: 'shopper', path: () => '/designs', ready: tid('design-list') },
  { name: 'my designs (visitor)', role: 'visitor', path: () => '/designs', ready: 'main h1' },
  { name: 'gallery', role: 'visitor', path: () => '/gallery', ready: tid('gallery-list') },
  { name: 'gallery (shopper)', role: 'shopper', path: () => '/gallery', ready: tid('gallery-list') },
  { name: 'sign in', role: 'visitor', path: () => '/signin', ready: tid('sign-in-submit') },
  {
    name: 'sign in, wrong password',
    role: 'visitor',
    path: () => '/signin',
    ready: tid('sign-in-submit'),
    prepare: async (page) => {
      await page.fill(tid('sign-in-email'), 'nobody@example.org');
      await page.fill(tid('sign-in-password'), 'wrong password 1');
      await page.click(tid('sign-in-submit'));
      await page.waitForSelector(tid('sign-in-error'));
    },
  },
  { name: 'sign up', role: 'visitor', path: () => '/signup', ready: tid('sign-up-submit') },
  {
    name: 'moderation queue',
    role: 'moderator',
    path: () => '/moderation',
    ready: tid('queue-actions'),
    prepare: async (page, w) => {
      await page.click(`${tid(`queue-item-${w.pendingDesignId}`)} ${tid('reject')}`);
      await page.waitForSelector(tid('reason-template'));
    },
  },
  {
    name: 'moderation audit log',
    role: 'moderator',
    path: () => '/moderation',
    ready: tid('queue-actions'),
    prepare: async (page) => {
      await page.click(tid('tab-audit'));
      await page.waitForSelector(tid('audit-entry'));
    },
  },
  {
    name: 'moderation (shopper, refused)',
    role: 'shopper',
    path: () => '/moderation',
    ready: 'main [role="alert"], main h1',
  },
  { name: 'admin users', role: 'admin', path: () => '/admin/users', ready: tid('admin-users-table') },
  { name: 'merch list', role: 'merchandiser', path: () => '/merch', ready: tid('merch-catalogs') },
  { name: 'merch draft', role: 'merchandiser', path: () => '/merch/muesli', ready: tid('merch-option-row') },
  {
    name: 'merch table, a cell error and two rows selected',
    role: 'merchandiser',
    path: () => '/merch/muesli',
    ready: tid('merch-option-row'),
    prepare: async (page) => {
      const price = page.locator(`${tid('merch-option-row')} ${tid('cell-price')}`).first();
      await price.fill('abc');
      await price.press('Tab');
      await page
        .locator(`${tid('merch-option-row')} input[type="checkbox"]`)
        .nth(0)
        .check();
      await page.waitForSelector('.merch-cell__error');
    },
  },
  {
    name: 'merch groups, deleting one',
    role: 'merchandiser',
    path: () => '/merch/muesli',
    ready: tid('merch-option-row'),
    prepare: async (page) => {
      await page.click(tid('merch-tab-groups'));
      await page
        .locator(`${tid('merch-group')} [data-testid^="merch-group-delete-"]`)
        .first()
        .click();
      await page.waitForSelector(tid('merch-group-confirm'));
    },
  },
  {
    name: 'merch stock now',
    role: 'merchandiser',
    path: () => '/merch/muesli',
    ready: tid('merch-option-row'),
    prepare: async (page) => {
      await page.click(tid('merch-tab-stock'));
      await page.waitForSelector(`${tid('merch-stock')} input[role="switch"]`);
    },
  },
  {
    name: 'merch rule builder, a field in error',
    role: 'merchandiser',
    path: () => '/merch/muesli',
    ready: tid('merch-option-row'),
    prepare: async (page) => {
      await page.click(tid('merch-tab-rules'));
      await page.selectOption(tid('rule-new-kind'), 'capacity');
      await page.click(tid('rule-add'));
      await page.fill('#rule-new-max', 'viel');
      await page.click(tid('rule-form-save'));
      await page.waitForSelector('#rule-new-max[aria-invalid="true"]');
      await page.waitForSelector(tid('rule-analysis-ok'));
    },
  },
  {
    name: 'merch review and publish',
    role: 'merchandiser',
    path: () => '/merch/muesli',
    ready: tid('merch-option-row'),
    prepare: async (page) => {
      await page.click(tid('merch-tab-publish'));
      await page.waitForSelector(tid('merch-diff'));
      await page.waitForSelector(tid('rule-analysis-ok'));
    },
  },
  {
    name: 'merch rules with warnings',
    role: 'merchandiser',
    path: () => '/merch/label',
    ready: `${tid('merch-no-draft')}, ${tid('merch-option-row')}`,
    prepare: async (page, w) => {
      // A label draft whose two rules contradict each other (retro font needs the big jar and excludes it).
      const m = w.sessions.merchandiser;
      let got = await m.get('/api/admin/catalogs/label/draft');
      if (got.status === 404) got = await m.post('/api/admin/catalogs', { fromCatalog: 'label' });
      if (!got.json.draft.rules.some((r: { id: string }) => r.id === 'retro-needs-big-jar')) {
        const ops = [
          {
            kind: 'requires',
            id: 'retro-needs-big-jar',
            if: { option: 'schrift-retro' },
            anyOf: [{ option: 'glas-750' }],
          },
          { kind: 'excludes', id: 'retro-not-big-jar', a: { option: 'schrift-retro' }, b: { option: 'glas-750' } },
        ].map((value) => ({ op: 'add', path: '/rules/-', value }));
        const res = await m.patch('/api/admin/catalogs/label/draft', ops, { 'if-match': `"${got.json.revision}"` });
        if (res.status !== 200) throw new Error(`the label draft answered ${res.status}: ${res.text}`);
      }
      await page.reload();
      await page.click(tid('merch-tab-rules'));
      await page.waitForSelector(tid('rule-warning'));
    },
  },
  { name: 'merch preview', role: 'merchandiser', path: () => '/merch/muesli/preview', ready: tid('preview-note') },
  {
    name: 'merch preview without a draft',
    role: 'merchandiser',
    path: () => '/merch/burger/preview',
    ready: tid('preview-no-draft'),
  },
  {
    name: 'merch insights',
    role: 'merchandiser',
    path: () => '/merch/muesli/insights',
    ready: '#insights-top',
  },
  { name: 'merch (shopper, refused)', role: 'shopper', path: () => '/merch', ready: 'main h1' },
  { name: 'not found', role: 'visitor', path: () => '/no-such-page', ready: tid('not-found') },
];
