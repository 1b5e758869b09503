import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  artifactsDir,
  eventually,
  launchBrowser,
  type MailCatcher,
  startMailCatcher,
} from '@ikiraro/testing';
import { MemberErased } from '@ikiraro/contracts';
import { KafkaConnection, KafkaEventServer } from '@ikiraro/messaging';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Consumer } from 'kafkajs';
import type { Browser, Page } from 'playwright-core';
import { journeysOn } from './journeys.ts';
import { admin, journeyEnv, type Platform, startPlatform } from './platform.ts';

// Erasure as people meet it in the portal: a programme manager erases a registrant on request and watches the
// certificate until outreach and selection have both confirmed; the person opens their link as any visitor,
// reads it in French, and finds no name on it; a registrant who withdraws on their profile page while selection
// holds back the erasure is led to their own certificate, which waits for selection and completes by itself once
// selection has acted on it.
// Screenshots land in test-artifacts/erasure-portal/.

const password = 'a long enough password';
const manager = { email: 'pm.erasure@test.ikiraro.org', name: 'Grace Manager', roles: ['programme-manager'] };
const people = {
  // Erased by staff on request.
  solange: { firstName: 'Solange', lastName: 'Ingabire', email: 'solange.ingabire@example.org' },
  // Withdraws on her own profile page.
  eric: { firstName: 'Eric', lastName: 'Nkurunziza', email: 'eric.nkurunziza@example.org' },
};
type Person = (typeof people)[keyof typeof people];
const note = 'E-mail of 3 March to the Brussels office';
/** Long enough for both services' receipts to travel through Kafka; the page polls meanwhile. */
const untilConfirmed = { timeout: 60_000 };

describe('erasure in the portal', () => {
  let platform: Platform;
  let mail: MailCatcher;
  let browser: Browser;
  let pm: Page;
  const shots = artifactsDir('erasure-portal');
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const url = (path: string) => `${platform.gateway.url}${path}`;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);
  const memberIds: Record<string, string> = {};
  /** The person's certificate link, as staff read it on their certificate page. */
  let certificateLink = '';

  const { liveCampaign, register, magicLinkOf } = journeysOn(
    () => platform,
    () => mail,
  );

  /** The page's text holds nothing that names the person. */
  const expectNothingOf = async (page: Page, person: Person) => {
    const text = await page.locator('body').innerText();
    for (const value of [person.firstName, person.lastName, person.email]) expect(text).not.toContain(value);
  };

  /** A browser of its own (no staff cookie) that records its API calls and errors. */
  async function visitorPage() {
    const page = await (await browser.newContext({ viewport: { width: 400, height: 900 } })).newPage();
    page.setDefaultTimeout(10_000);
    const calls: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => calls.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return { page, calls, errors };
  }

  beforeAll(async () => {
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    platform = await startPlatform(journeyEnv());
    // The programme manager's account, invited by the administrator and activated from the e-mail.
    const login = await api('POST', '/auth/login', { email: admin.email, password: admin.password });
    expect((await api('POST', '/users', manager, { token: login.body.accessToken })).status).toBe(201);
    const invitation = await platform.gateway.mail.waitFor(manager.email);
    const token = new URL(invitation.links[0]!).searchParams.get('token');
    expect((await api('POST', '/auth/invitations/accept', { token, password })).status).toBeLessThan(300);

    const slug = await liveCampaign({
      name: 'Brussels evening',
      startsOn: '2027-01-01',
      endsOn: '2027-02-28',
    });
    const [solange, eric] = await Promise.all([register(slug, people.solange), register(slug, people.eric)]);
    Object.assign(memberIds, { solange, eric });
    // Selection keeps its own copy of each registrant (from outreach's events): it, too, must confirm erasure.
    const selection = platform.services.selection.app.get<Connection>(getConnectionToken()).db!;
    await eventually(async () => {
      expect(
        await selection
          .collection<{ _id: string }>('members')
          .countDocuments({ _id: { $in: [solange, eric] } }),
      ).toBe(2);
    }, 60_000);

    browser = await launchBrowser();
    pm = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    pm.setDefaultTimeout(10_000);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await mail?.stop();
  });

  it('lets a programme manager erase a registrant on request and follow the certificate until complete', async () => {
    await pm.goto(url('/registrants'));
    await pm.getByLabel('Email address').fill(manager.email);
    await pm.getByLabel('Password', { exact: true }).fill(password);
    await pm.getByRole('button', { name: 'Sign in' }).click();
    await pm.getByRole('heading', { name: 'Registrants', level: 1 }).waitFor();
    await pm.getByRole('link', { name: 'Solange Ingabire' }).click();
    await pm.getByRole('heading', { name: 'Solange Ingabire', level: 1 }).waitFor();

    await pm.getByRole('button', { name: 'Erase this person' }).click();
    const form = pm.getByRole('form', { name: 'Erase this person' });
    await form.getByText('It cannot be undone.').waitFor();
    // Without a reason, nothing is sent.
    await form.getByRole('button', { name: 'Erase permanently' }).click();
    await form.getByText('Choose the reason.').first().waitFor();
    await form.getByLabel('Reason').selectOption({ label: 'The person asked to be erased' });
    await form.getByLabel('Note (optional)').fill(note);
    await shot(pm, '01-erase-form');
    await form.getByRole('button', { name: 'Erase permanently' }).click();

    await pm.getByRole('heading', { name: 'Erasure certificate', level: 1 }).waitFor();
    await pm.getByText('The person has been erased.').waitFor();
    await pm.getByText('The erasure is complete').waitFor(untilConfirmed);
    const outreach = pm.getByRole('listitem').filter({ hasText: 'Registration and contact data (outreach)' });
    await outreach
      .getByText('Removed: registration and profile, consent records, CV, and e-mail address.')
      .waitFor();
    expect(await outreach.innerText()).toMatch(/Confirmed on /);
    const selection = pm.getByRole('listitem').filter({ hasText: 'Applications (selection)' });
    expect(await selection.innerText()).toMatch(/Confirmed on .*Removed: copy of the profile\./s);
    // Her registration still counts in the programme's figures, naming no one
    const reporting = pm.getByRole('listitem').filter({ hasText: 'Programme figures (reporting)' });
    expect(await reporting.innerText()).toMatch(
      /Confirmed on .*Removed: 1 fact behind the figures, now naming no one and the copy of the stated gender\./s,
    );
    await pm.getByText('The person asked for their data to be erased.').waitFor();
    await pm.getByText('You (Programme manager)').waitFor();
    await pm.getByText(note).waitFor();
    await expectNothingOf(pm, people.solange);
    await shot(pm, '02-staff-certificate');
    certificateLink = await pm
      .getByRole('region', { name: "The person's link to this certificate" })
      .getByRole('link')
      .innerText();
    expect(new URL(certificateLink).pathname).toBe('/erasure-certificate');

    // The profile is gone; the certificate is still a click away.
    await pm.goto(url(`/registrants/${memberIds.solange}`));
    await pm.getByRole('heading', { name: 'Registrant not found', level: 1 }).waitFor();
    await pm.getByRole('link', { name: 'Open the erasure certificate' }).click();
    await pm.getByRole('heading', { name: 'Erasure certificate', level: 1 }).waitFor();
    await pm.getByText('The erasure is complete').waitFor();
  }, 120_000);

  it('shows a visitor the certificate from its link, in French, naming no one', async () => {
    const { page, calls, errors } = await visitorPage();
    await page.goto(certificateLink);
    await page.getByRole('heading', { name: 'Erasure certificate', level: 1 }).waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Certificat d’effacement', level: 1 }).waitFor();
    await page.getByText('L’effacement est terminé').waitFor();
    await page.getByText('La personne a demandé l’effacement de ses données.').waitFor();
    const outreach = page
      .getByRole('listitem')
      .filter({ hasText: 'Données d’inscription et de contact (sensibilisation)' });
    expect(await outreach.innerText()).toMatch(
      /Confirmé le .*Supprimé : inscription et profil, consentements enregistrés, CV et adresse e-mail\./s,
    );
    const selection = page.getByRole('listitem').filter({ hasText: 'Candidatures (sélection)' });
    expect(await selection.innerText()).toMatch(/Confirmé le .*Supprimé : copie du profil\./s);
    await expectNothingOf(page, people.solange);
    // Nor who asked, nor staff's note: the person's link shows what was erased, not how staff handled it.
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(note);
    expect(text).not.toContain(manager.name);
    await shot(page, '03-public-certificate-fr');
    // A public page: no session call, no error in the console.
    expect(calls.filter((path) => path.startsWith('/api/v1/auth/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells a visitor plainly when a certificate link leads nowhere', async () => {
    const { page } = await visitorPage();
    for (const id of [randomUUID(), 'not-a-certificate']) {
      await page.goto(url(`/erasure-certificate?id=${id}`));
      await page.getByRole('heading', { name: 'Certificate not found', level: 1 }).waitFor();
      await page.getByText('We found no erasure certificate with this number.').waitFor();
    }
    await page.goto(url('/erasure-certificate'));
    await page.getByText('This link is incomplete.').waitFor();
    await shot(page, '04-unknown-certificate');
    await page.close();
  });

  it('leads a registrant who withdraws to their certificate, which completes by itself when selection confirms', async () => {
    const { page } = await visitorPage();
    await page.goto(url(`/my-profile?token=${encodeURIComponent(await magicLinkOf(people.eric.email))}`));
    await page.getByRole('heading', { name: 'Your profile, Eric Nkurunziza', level: 1 }).waitFor();
    // Selection holds back the erasure event (its real consumer, paused on outreach's member topic): its receipt
    // can only come once it resumes, so the certificate must wait for it.
    const { app } = platform.services.selection;
    const consumer = app.get(KafkaEventServer).unwrap<Consumer>();
    const members = [{ topic: app.get(KafkaConnection).topicOf(MemberErased) }];
    consumer.pause(members);
    await page.getByRole('button', { name: 'Withdraw and erase my data' }).click();
    await page.getByRole('button', { name: 'Yes, erase my data' }).click();
    await page.getByRole('heading', { name: 'Your data has been erased', level: 1 }).waitFor();
    await shot(page, '05-withdrawn');
    await page.getByRole('link', { name: 'See your erasure certificate' }).click();
    await page.getByRole('heading', { name: 'Erasure certificate', level: 1 }).waitFor();
    await page.getByText('The person withdrew their consent.').waitFor();
    await page.getByText('The erasure is in progress').waitFor();
    const outreach = page
      .getByRole('listitem')
      .filter({ hasText: 'Registration and contact data (outreach)' });
    expect(await outreach.innerText()).toMatch(/Confirmed on /);
    const selection = page.getByRole('listitem').filter({ hasText: 'Applications (selection)' });
    await selection.getByText('Waiting for confirmation.').waitFor();
    await shot(page, '06-own-certificate-waiting');

    // Selection reads the erasure and confirms; the open page follows without a reload.
    consumer.resume(members);
    await page.getByText('The erasure is complete').waitFor(untilConfirmed);
    expect(await selection.innerText()).toMatch(/Confirmed on .*Removed: copy of the profile\./s);
    await expectNothingOf(page, people.eric);
    await shot(page, '07-own-certificate-complete');
    await page.close();

    // Staff read the same erasure by member id, and see that the person asked for it themself.
    await pm.goto(url(`/registrants/${memberIds.eric}/erasure`));
    await pm.getByText('The person themself, on their profile page').waitFor();
    await pm.getByText('The erasure is complete').waitFor();
  }, 120_000);
});
