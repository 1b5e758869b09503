import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { artifactsDir, campaignDraft, launchBrowser } from '@ikiraro/testing';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '@ikiraro/local-infra';
import { admin, type Platform, startPlatform } from './platform.ts';

// The portal as a user meets it: the built app served by the real gateway, driven in headless Chromium.
// Screenshots land in test-artifacts/portal/.
describe('the staff portal', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  const shots = artifactsDir('portal');
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const officer = {
    email: 'officer.de@test.ikiraro.org',
    name: 'Ada Officer',
    password: 'a long enough password',
  };

  beforeAll(async () => {
    platform = await startPlatform({ PORTAL_DIR: join(repoRoot, 'services/portal/dist') });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  const url = (path: string) => `${platform.gateway.url}${path}`;

  it('sends a signed-out visitor to sign in, then back where they were going', async () => {
    await page.goto(url('/users'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot('01-sign-in');
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/users');
    await shot('02-users');
  });

  it('invites a user with a role and an office', async () => {
    await page.getByRole('link', { name: 'Invite a user' }).click();
    const form = page.getByRole('form', { name: 'Invite a user' });
    await form.getByLabel('Name').fill(officer.name);
    await form.getByLabel('Email address').fill(officer.email);
    await form.getByRole('checkbox', { name: 'Outreach officer' }).check();
    await form.getByLabel('Office', { exact: true }).selectOption('DE');
    await shot('03-invite');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`An invitation has been sent to ${officer.email}`).waitFor();
    await shot('04-invited');
  });

  it('signs the admin out', async () => {
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The session is over on the server too: a reload does not bring it back.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('lets the invited user set a password from the e-mail, sign in and see only what their role allows', async () => {
    const mail = await platform.gateway.mail.waitFor(officer.email);
    const link = new URL(mail.links[0]!);
    await page.goto(url(`${link.pathname}${link.search}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('New password').fill(officer.password);
    await shot('05-accept-invitation');
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByLabel('Email address').fill(officer.email);
    await page.getByLabel('Password', { exact: true }).fill(officer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await page.getByText(officer.name).first().waitFor();
    await shot('06-officer-dashboard');

    // Typing the address of a page the role may not use shows no user data.
    await page.goto(url('/users'));
    await page.getByRole('heading', { name: 'No access to this page', level: 1 }).waitFor();
    expect(await page.getByText('admin@test.ikiraro.org').count()).toBe(0);
    await shot('07-officer-users-denied');
  });

  it('speaks French when asked, and keeps it after a reload', async () => {
    await page.goto(url('/'));
    await page.getByLabel('Language').selectOption('fr');
    await page
      .getByRole('navigation', { name: 'Principale' })
      .getByRole('link', { name: 'Tableau de bord' })
      .waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Principale' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await shot('08-french');
  });

  it('makes no session call on a public page, and logs no error there', async () => {
    const manager = { as: 'programme-manager' as const };
    const created = await platform.gateway.request(
      'POST',
      '/api/v1/campaigns',
      campaignDraft({ name: 'Open evening' }),
      manager,
    );
    await platform.gateway.request('POST', `/api/v1/campaigns/${created.body.id}/launch`, undefined, manager);
    // A visitor's own browser: no staff cookie.
    const visitor = await browser.newPage();
    const calls: string[] = [];
    const errors: string[] = [];
    visitor.on('request', (request) => calls.push(new URL(request.url()).pathname));
    visitor.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    visitor.on('pageerror', (error) => errors.push(error.message));
    try {
      for (const path of [`/join/${created.body.slug}?channel=event`, '/verify', '/my-profile']) {
        await visitor.goto(url(path));
        await visitor.getByRole('heading', { level: 1 }).first().waitFor();
        await visitor.waitForLoadState('networkidle');
      }
      expect(calls).toContain(`/api/v1/public/campaigns/${created.body.slug}`);
      expect(calls.filter((path) => path.startsWith('/api/v1/auth/'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('09-phone');
  });
});
