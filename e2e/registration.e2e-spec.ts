import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  artifactsDir,
  call,
  eventually,
  launchBrowser,
  type MailCatcher,
  startMailCatcher,
} from '@ikiraro/testing';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '@ikiraro/local-infra';
import { admin, type Platform, startPlatform } from './platform.ts';

// The outreach journey in a browser: staff create and launch a campaign in the portal, a visitor opens its event
// link on a phone, registers in French and follows the e-mailed link, and staff find the new registrant.
// Screenshots land in test-artifacts/registration/.
describe('registering from a campaign link', () => {
  let platform: Platform;
  let outreachMail: MailCatcher;
  let browser: Browser;
  let staff: Page;
  let visitor: Page;
  const shots = artifactsDir('registration');
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const campaign = { name: 'Engineers for Rwanda – Brussels evening' };
  const registrant = { firstName: 'Amina', lastName: 'Uwase', email: 'amina.uwase@example.org' };
  let joinPath = '';

  beforeAll(async () => {
    // Outreach e-mails registrants (verification, profile links): to a catcher of our own, read below.
    outreachMail = await startMailCatcher();
    process.env.SMTP_URL = outreachMail.url;
    platform = await startPlatform({ PORTAL_DIR: join(repoRoot, 'services/portal/dist') });
    browser = await launchBrowser();
    staff = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The visitor has their own browser session (no staff cookie) and a phone.
    visitor = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    staff.setDefaultTimeout(10_000);
    visitor.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await outreachMail?.stop();
  });

  const url = (path: string) => `${platform.gateway.url}${path}`;
  const noSidewaysScroll = async (page: Page) =>
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);

  it('lets a programme manager create and launch a campaign, with a link per channel', async () => {
    await staff.goto(url('/campaigns'));
    await staff.getByLabel('Email address').fill(admin.email);
    await staff.getByLabel('Password', { exact: true }).fill(admin.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();

    await staff.getByRole('link', { name: 'Create a campaign' }).click();
    const form = staff.getByRole('form', { name: 'Create a campaign' });
    await form.getByLabel('Campaign name').fill(campaign.name);
    await form.getByLabel('Office').selectOption('BE');
    await form.getByLabel('Kind of partner').selectOption('embassy');
    await form.getByLabel("Partner's name").fill('Embassy of Rwanda in Brussels');
    await form.getByLabel('Country', { exact: true }).selectOption('BE');
    await form.getByRole('checkbox', { name: 'Event' }).check();
    await form.getByRole('checkbox', { name: 'Social media' }).check();
    await form.getByLabel('Starts on').fill('2026-11-01');
    await form.getByLabel('Ends on').fill('2027-02-28');
    await form.getByLabel('Subjects sought').fill('Electrical technology\nRenewable energy');
    await form.getByLabel('Description').fill('An evening at the embassy for engineers and technicians.');
    await shot(staff, '01-create-campaign');
    await form.getByRole('button', { name: 'Create campaign' }).click();

    await staff.getByRole('heading', { name: campaign.name, level: 1 }).waitFor();
    await staff.getByText('The campaign has been created as a draft.').waitFor();
    await staff.getByRole('button', { name: 'Launch campaign' }).click();
    await staff.getByText('The campaign is live.').waitFor();
    await staff.getByRole('button', { name: 'Copy the Event link' }).waitFor();
    const eventLink = await staff
      .getByRole('link', { name: /\/join\/.+channel=event$/ })
      .getAttribute('href');
    const link = new URL(eventLink!);
    joinPath = `${link.pathname}${link.search}`;
    expect(joinPath).toMatch(/^\/join\/[^/?]+\?channel=event$/);
    await shot(staff, '02-campaign-live');
  });

  it('lets a visitor register on a phone, in French, from the event link', async () => {
    await visitor.goto(url(joinPath));
    await visitor.getByRole('heading', { name: campaign.name, level: 1 }).waitFor();
    // A public page: no staff navigation, every language on offer.
    expect(await visitor.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const languages = await visitor.getByLabel('Language').locator('option').allTextContents();
    expect(languages).toEqual(['English', 'Français', 'Deutsch', 'Ikinyarwanda']);
    await visitor.getByLabel('Language').selectOption('fr');
    await visitor.getByRole('heading', { name: 'Manifester votre intérêt' }).waitFor();
    expect(await visitor.getAttribute('html', 'lang')).toBe('fr');

    const form = visitor.getByRole('form', { name: 'Inscription' });
    await form.waitFor();
    // The form notes when it was opened (a submission within 3 s is treated as a bot's): counted from here, once
    // it is on screen, whatever the machine's load made the page take to render.
    const openedAt = Date.now();
    await form.getByLabel('Prénom').fill(registrant.firstName);
    await form.getByLabel('Nom', { exact: true }).fill(registrant.lastName);
    await form.getByLabel('Adresse e-mail').fill(registrant.email);
    await form.getByLabel('Numéro de téléphone (facultatif)').fill('+32 470 12 34 56');
    await form.getByLabel('Pays de résidence').selectOption('BE');
    await form.getByLabel('Genre (facultatif)').selectOption('woman');

    const first = form.getByRole('group', { name: 'Qualification 1' });
    await first.getByLabel('Niveau').selectOption('master');
    await first.getByLabel('Domaine d’études').fill('Génie électrique');
    await first.getByLabel('Établissement').fill('Université libre de Bruxelles');
    await first.getByLabel('Année d’obtention').fill('2012');
    await form.getByRole('button', { name: 'Ajouter une qualification' }).click();
    const second = form.getByRole('group', { name: 'Qualification 2' });
    // The new row takes the focus, so that keyboard users land in it.
    await expect(second.getByLabel('Niveau').evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await second.getByLabel('Niveau').selectOption('bachelor');
    await second.getByLabel('Domaine d’études').fill('Électromécanique');
    await second.getByLabel('Établissement').fill('IPRC Kigali');
    await second.getByLabel('Année d’obtention').fill('2008');

    await form.getByLabel('Années d’expérience professionnelle').fill('12');
    await form.getByRole('checkbox', { name: 'Electrical technology' }).check();
    await form.getByLabel('Autres matières (facultatif)').fill('Solar installations');
    await form.getByRole('checkbox', { name: 'Kinyarwanda' }).check();
    await form.getByRole('checkbox', { name: 'Français' }).check();
    const period = form.getByRole('group', { name: 'Période 1' });
    // A day is asked as day, month by name and year, in the page's order (not the browser's).
    for (const [label, day, month, year] of [
      ['Du', '1', 'mars', '2027'],
      ['Au', '15', 'avril', '2027'],
    ]) {
      const date = period.getByRole('group', { name: label, exact: true });
      await date.getByLabel('Jour').fill(day);
      await date.getByLabel('Mois').selectOption({ label: month });
      await date.getByLabel('Année').fill(year);
    }

    // Sending without consent is refused here, with the reason next to the box.
    await form.getByRole('button', { name: 'M’inscrire' }).click();
    await form
      .getByRole('alert')
      .getByText(/^Veuillez corriger les points suivants/)
      .waitFor();
    const consent = form.getByRole('checkbox', { name: /^J’accepte l’utilisation de mes données/ });
    await expect(consent.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await form.getByText('Texte de consentement, version 2026-12').waitFor();
    await consent.check();
    await noSidewaysScroll(visitor);
    await shot(visitor, '03-registration-form-fr');

    // The service refuses forms sent within seconds of opening (robots): a person takes longer than that.
    await sleep(Math.max(0, openedAt + 3_500 - Date.now()));
    await form.getByRole('button', { name: 'M’inscrire' }).click();
    await visitor.getByRole('heading', { name: 'Consultez vos e-mails' }).waitFor();
    await visitor.getByText(`Nous avons envoyé un lien à ${registrant.email}`).waitFor();
    await shot(visitor, '04-check-your-email');
  });

  it('confirms the registration from the e-mailed link', async () => {
    const mail = await outreachMail.waitFor(registrant.email);
    const verification = new URL(mail.links.find((link) => link.includes('/verify?token='))!);
    await visitor.goto(url(`${verification.pathname}${verification.search}`));
    await visitor.getByRole('heading', { name: 'Votre inscription est confirmée', level: 1 }).waitFor();
    await noSidewaysScroll(visitor);
    await shot(visitor, '05-verified');
  });

  it('shows the new registrant to staff, with their profile and consent', async () => {
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registrants' }).click();
    await staff.getByRole('heading', { name: 'Registrants', level: 1 }).waitFor();
    const search = staff.getByRole('search', { name: 'Search registrants' });
    await search.getByLabel('Name or e-mail').fill(registrant.email);
    // The search reads a projection that follows the verification shortly after.
    const name = `${registrant.firstName} ${registrant.lastName}`;
    await eventually(async () => {
      await search.getByRole('button', { name: 'Search' }).click();
      await staff.getByRole('link', { name }).waitFor({ timeout: 1_000 });
    });
    await staff.getByText('1 registrant found.').waitFor();
    await shot(staff, '06-registrants');

    await staff.getByRole('link', { name }).click();
    await staff.getByRole('heading', { name, level: 1 }).waitFor();
    await staff
      .getByText("Master's degree in Génie électrique, Université libre de Bruxelles, 2012")
      .waitFor();
    await staff.getByText(/^Given on .+ \(text version 2026-12\)$/).waitFor();
    expect(await staff.getByText('Registered', { exact: true }).count()).toBeGreaterThan(0);
    await shot(staff, '07-registrant-profile');
  });

  it('announces the registration to other services: reporting counts it from the event', async () => {
    await eventually(async () => {
      const figures = await call(`${platform.gateway.url}/api/v1/figures/members`, 'GET', undefined, {
        as: 'programme-manager',
      });
      expect(figures.body).toMatchObject({ BE: { registered: 1, byChannel: { event: 1 } } });
    });
  });

  it('counts the visit, the start and the verification on the campaign funnel', async () => {
    await staff.getByRole('link', { name: 'Open the campaign' }).click();
    await staff.getByRole('heading', { name: campaign.name, level: 1 }).waitFor();
    const funnel = staff.getByRole('table', { name: 'Funnel by channel' });
    await eventually(
      async () => {
        await staff.reload();
        const event = funnel.getByRole('row', { name: /^Event/ });
        await event.waitFor();
        expect(await event.getByRole('cell').allTextContents()).toEqual(['1', '1', '1', '0']);
        // Each reload makes a few API calls: slowly, to stay well under the gateway's rate limit.
      },
      20_000,
      500,
    );
    await shot(staff, '08-funnel');
  });

  it('lets the registrant open their profile from a magic link', async () => {
    await visitor.goto(url('/my-profile'));
    await visitor.getByRole('heading', { name: 'Votre profil', level: 1 }).waitFor();
    const since = new Date();
    await visitor.getByLabel('Adresse e-mail').fill(registrant.email);
    await visitor.getByRole('button', { name: 'M’envoyer un lien' }).click();
    await visitor.getByText(`Si une inscription existe pour ${registrant.email}`).waitFor();
    const mail = await outreachMail.waitFor(registrant.email, { since });
    const link = new URL(mail.links.find((candidate) => candidate.includes('/my-profile?token='))!);
    await visitor.goto(url(`${link.pathname}${link.search}`));
    await visitor
      .getByRole('heading', {
        name: `Votre profil, ${registrant.firstName} ${registrant.lastName}`,
        level: 1,
      })
      .waitFor();
    await visitor.getByRole('heading', { name: 'Opportunités ouvertes' }).waitFor();
    // Open opportunities and the member's applications load side by side: wait for both.
    await eventually(async () => expect(await visitor.getByText('Chargement…').count()).toBe(0));
    const profile = visitor.getByRole('form', { name: 'Votre profil' });
    expect(await profile.getByLabel('Années d’expérience professionnelle').inputValue()).toBe('12');
    await noSidewaysScroll(visitor);
    await shot(visitor, '09-my-profile');
  });
});
