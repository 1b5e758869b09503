import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  artifactsDir,
  type CaughtMail,
  eventually,
  launchBrowser,
  type MailCatcher,
  startMailCatcher,
} from '@ikiraro/testing';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  type Receiver,
  startReceiver,
} from '../services/notifications/src/webhooks/webhook-receiver.testing.ts';
import { draft, scoresOf } from '../services/selection/src/applications/selection.testing.ts';
import { journeysOn } from './journeys.ts';
import { admin, journeyEnv, type Platform, startPlatform } from './platform.ts';

// Notifications as people meet them: a registrant (in French) applies to a published ToR and is shortlisted; the
// news reaches them once, in French, naming the ToR; from the link at the bottom of that message they switch off
// "applications" in the browser; their next outcome is then not sent (the admin's Messages screen shows it
// suppressed, with why), while a new ToR in their subject still reaches them; the admin finds all of the
// person's messages by their address. Then the admin subscribes a partner's receiver to published ToRs in the
// Webhooks screens, and the receiver verifies the signature of the event it gets with the secret shown once.
// Screenshots land in test-artifacts/notifications/.

const amina = { firstName: 'Amina', lastName: 'Uwase', email: 'amina.notifications@example.org' };
const shortlistedFor = draft({ title: 'Solar PV installation trainer', subject: 'Renewable energy' });
const newInHerSubject = draft({ title: 'Mechatronics trainer for IPRC Kigali', subject: 'Mechatronics' });
const forThePartner = draft({ title: 'Plumbing trainer for IPRC Musanze', subject: 'Plumbing' });
const manager = { as: 'programme-manager' as const };
const reviewer = { id: randomUUID(), name: 'Rev One', roles: ['twg-member' as const] };
const allFives = scoresOf(5);

describe('messages to an applicant, and their preferences', () => {
  let platform: Platform;
  let mail: MailCatcher;
  let receiver: Receiver;
  let browser: Browser;
  let person: Page;
  let staff: Page;
  const shots = artifactsDir('notifications');
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const url = (path: string) => `${platform.gateway.url}${path}`;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);
  const journeys = journeysOn(
    () => platform,
    () => mail,
  );
  let applicationId = '';
  /** The link at the bottom of the first message: the person's preferences page. */
  let preferencesLink = '';

  /** The messages notifications sent to Amina: each carries the link to her preferences. */
  const notificationsTo = (email: string): CaughtMail[] =>
    mail.mails.filter((m) => m.to.includes(email) && m.links.some((link) => link.includes('/preferences?')));
  const log = async (query: Record<string, string>) => {
    const found = await api('GET', `/deliveries?${new URLSearchParams(query)}`, undefined, { as: 'admin' });
    expect(found.status).toBe(200);
    return found.body.items as { template: string; status: string; reason: string | null }[];
  };

  /** A ToR drafted, given a panel of one reviewer, approved and published by the programme manager: its id. */
  async function published(tor: Record<string, unknown>) {
    const created = await api('POST', '/tors', tor, manager);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const panel = { reviewers: [{ id: reviewer.id, name: reviewer.name }], blind: false };
    expect((await api('PUT', `/tors/${id}/panel`, panel, manager)).status).toBe(200);
    for (const step of ['approve', 'publish'])
      expect((await api('POST', `/tors/${id}/${step}`, undefined, manager)).status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    // Outreach and notifications both send to this catcher: the verification and profile links, and the news.
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    // The partner's receiver listens on loopback, over http: allowed for local runs and tests only.
    receiver = await startReceiver();
    process.env.WEBHOOK_ALLOW_HTTP = 'true';
    platform = await startPlatform(journeyEnv());
    browser = await launchBrowser();
    // The person's browser speaks French; the admin's English.
    person = await (
      await browser.newContext({ viewport: { width: 400, height: 860 }, locale: 'fr-FR' })
    ).newPage();
    staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    person.setDefaultTimeout(10_000);
    staff.setDefaultTimeout(10_000);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await mail?.stop();
    await receiver?.stop();
  });

  it('tells a French applicant once, in French, that they are shortlisted for the ToR they applied to', async () => {
    const torId = await published(shortlistedFor);
    const slug = await journeys.liveCampaign({ name: 'Forum de Bruxelles' });
    await journeys.register(slug, amina, {
      locale: 'fr',
      subjects: ['Mechatronics'],
      qualifications: [{ level: 'master', field: 'Electrical engineering', institution: 'ULB', year: 2012 }],
      availability: [{ from: '2027-03-01', to: '2027-08-31' }],
    });
    const exchanged = await api('POST', '/auth/member-token', undefined, {
      headers: { 'x-member-token': await journeys.magicLinkOf(amina.email) },
    });
    expect(exchanged.status).toBe(200);
    // Selection learns of the new member from outreach's event, moments after the registration.
    const application = await eventually(async () => {
      const applied = await api(
        'POST',
        '/member/applications',
        { torId, motivation: 'Dix ans d’installations solaires, et l’envie de former des formateurs.' },
        { token: exchanged.body.accessToken },
      );
      expect(applied.status).toBe(201);
      return applied.body as { id: string; screening: { eligible: boolean } };
    });
    expect(application.screening).toMatchObject({ eligible: true });
    applicationId = application.id;
    // The panel scores it (a shortlist needs a counted score), then the programme manager shortlists it.
    const review = { as: reviewer };
    const declared = await api(
      'POST',
      `/applications/${applicationId}/declaration`,
      { conflict: false },
      review,
    );
    expect(declared.status).toBe(200);
    const scored = await api('PUT', `/applications/${applicationId}/scorecard`, { scores: allFives }, review);
    expect(scored.status).toBe(200);
    expect((await api('POST', `/applications/${applicationId}/shortlist`, undefined, manager)).status).toBe(
      200,
    );

    const news = await eventually(async () => {
      const [message] = notificationsTo(amina.email);
      expect(message).toBeDefined();
      return Promise.resolve(message!);
    }, 30_000);
    expect(news.subject).toBe(`Vous êtes présélectionné·e : ${shortlistedFor.title}`);
    expect(news.text).toContain('Bonjour Amina,');
    expect(news.text).toContain(`votre candidature pour « ${shortlistedFor.title} » à IPRC Kigali`);
    preferencesLink = news.links.find((link) => link.includes('/preferences?token='))!;
    expect(preferencesLink).toBeDefined();
    // The log says it was sent, once: nothing else is on its way to her.
    await eventually(async () =>
      expect((await log({ address: amina.email })).map((entry) => [entry.template, entry.status])).toEqual([
        ['application-shortlisted', 'sent'],
      ]),
    );
    expect(notificationsTo(amina.email)).toHaveLength(1);
  });

  it('lets them switch off messages about their applications from the link in that message', async () => {
    const link = new URL(preferencesLink);
    await person.goto(url(`${link.pathname}${link.search}`));
    await person.getByRole('heading', { name: 'Vos préférences d’e-mail', level: 1 }).waitFor();
    const form = person.getByRole('form', { name: 'Vos préférences d’e-mail' });
    const applications = form.getByRole('switch', { name: 'Vos candidatures' });
    expect(await applications.isChecked()).toBe(true);
    expect(
      await form.getByRole('switch', { name: 'Nouvelles opportunités dans vos matières' }).isChecked(),
    ).toBe(true);
    // Security and legal messages have no switch: they are always sent.
    const always = person.getByRole('region', { name: 'Toujours envoyés' });
    await always.getByText(/^Sécurité/).waitFor();
    // Applications, opportunities, reviews, the logistics digest (staff's) and investors' matches
    await form.getByRole('switch', { name: 'Tâches logistiques' }).waitFor();
    await form
      .getByRole('switch', { name: 'Les propositions de projets pilotes qui correspondent à vos intérêts' })
      .waitFor();
    expect(await form.getByRole('switch').count()).toBe(5);
    await shot(person, '01-preferences');

    await applications.uncheck();
    await form.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    await person.getByText('Vos choix sont enregistrés.').waitFor();
    await shot(person, '02-preferences-saved');

    await person.reload();
    const reloaded = person.getByRole('form', { name: 'Vos préférences d’e-mail' });
    expect(await reloaded.getByRole('switch', { name: 'Vos candidatures' }).isChecked()).toBe(false);
    expect(
      await reloaded.getByRole('switch', { name: 'Nouvelles opportunités dans vos matières' }).isChecked(),
    ).toBe(true);
  });

  it('tells a link we did not sign that it does not work', async () => {
    const link = new URL(preferencesLink);
    const forged = `${link.searchParams.get('token')!.split('.')[0]}.forged`;
    await person.goto(url(`/preferences?token=${encodeURIComponent(forged)}`));
    await person.getByRole('heading', { name: 'Ce lien ne fonctionne pas', level: 1 }).waitFor();
    await person.getByRole('alert').getByText('Ce lien ne vient pas de nous.', { exact: false }).waitFor();
    expect(await person.getByRole('form').count()).toBe(0);
    await shot(person, '03-link-invalid');
  });

  it('sends no later outcome of theirs, but still a new ToR in their subject', async () => {
    const decided = await api(
      'POST',
      `/applications/${applicationId}/decision`,
      { outcome: 'rejected', reason: 'Another candidate had more years of off-grid installation work.' },
      manager,
    );
    expect(decided.status).toBe(200);
    await eventually(
      async () =>
        expect(await log({ address: amina.email, template: 'application-not-selected' })).toEqual([
          expect.objectContaining({
            status: 'suppressed',
            reason: 'the recipient switched off applications',
          }),
        ]),
      30_000,
    );

    await published(newInHerSubject);
    const opportunity = await eventually(async () => {
      const found = notificationsTo(amina.email).find((m) => m.subject.includes(newInHerSubject.title));
      expect(found).toBeDefined();
      return Promise.resolve(found!);
    }, 30_000);
    expect(opportunity.text).toContain('Bonjour Amina,');
    // By the time the new ToR reached her, the outcome she switched off had not: two messages in all.
    expect(notificationsTo(amina.email).map((m) => m.subject)).toEqual([
      `Vous êtes présélectionné·e : ${shortlistedFor.title}`,
      opportunity.subject,
    ]);
  });

  it('lets the admin find every message to the person by their address, and see why one was not sent', async () => {
    await staff.goto(url('/messages'));
    await staff.getByLabel('Email address').fill(admin.email);
    await staff.getByLabel('Password', { exact: true }).fill(admin.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).waitFor();

    const search = staff.getByRole('search', { name: 'Search the messages' });
    await search.getByLabel("Recipient's e-mail address").fill(amina.email.toUpperCase());
    await search.getByRole('button', { name: 'Search' }).click();
    await staff.getByText('3 messages.').waitFor();
    const table = staff.getByRole('table', { name: 'Messages, newest first' });
    const suppressed = table.getByRole('row').filter({ hasText: 'application-not-selected' });
    await suppressed.getByText('Suppressed').waitFor();
    await suppressed.getByText('the recipient switched off applications').waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'Sent' }).count()).toBe(2);
    await shot(staff, '04-messages-by-address');

    await table.getByRole('link', { name: `Vous êtes présélectionné·e : ${shortlistedFor.title}` }).click();
    await staff
      .getByRole('heading', {
        name: `Message: Vous êtes présélectionné·e : ${shortlistedFor.title}`,
        level: 1,
      })
      .waitFor();
    const attempts = staff.getByRole('table', { name: 'Attempts at the mail server, oldest first' });
    const [outcome, answer] = await attempts.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(outcome).toBe('Accepted');
    expect(answer).toMatch(/^250\b/);
    await staff.getByText('French', { exact: true }).waitFor();
    await shot(staff, '05-message');
  });

  it('lets the admin subscribe a partner to published ToRs, whose receiver verifies the signed event', async () => {
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    await staff.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await staff.getByRole('link', { name: 'Subscribe a partner' }).click();
    const form = staff.getByRole('form', { name: 'Subscribe a partner' });
    await form.getByLabel("Partner's URL").fill(receiver.url('/ikiraro/events'));
    await form.getByLabel('Event types').fill('selection.tor.published');
    await form.getByLabel('Purpose').selectOption('figures');
    await form.getByLabel('Description (optional)').fill("The donor's dashboard: counts of ToRs only.");
    await shot(staff, '06-new-webhook');
    await form.getByRole('button', { name: 'Subscribe' }).click();

    const shown = staff.getByRole('region', { name: 'The signing secret' });
    await shown.getByText('It will not be shown again', { exact: false }).waitFor();
    const secret = (await shown.locator('code').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await shot(staff, '07-webhook-secret');
    receiver.route('/ikiraro/events', { secret });

    const torId = await published(forThePartner);
    const [event] = await eventually(async () => {
      const delivered = receiver.delivered('/ikiraro/events');
      expect(delivered).toHaveLength(1);
      return Promise.resolve(delivered);
    }, 30_000);
    expect(event).toMatchObject({ type: 'selection.tor.published', data: { torId } });
    expect(receiver.requests('/ikiraro/events').every((request) => request.verified)).toBe(true);

    // Its page shows the delivery, and the secret no more.
    await staff.getByRole('link', { name: 'Go to the webhook' }).click();
    await staff.getByRole('heading', { name: receiver.url('/ikiraro/events'), level: 1 }).waitFor();
    expect(await staff.getByText(secret).count()).toBe(0);
    const deliveries = staff.getByRole('table', { name: 'Recent deliveries, newest first' });
    await eventually(async () => {
      await staff.reload();
      await deliveries
        .getByRole('row', { name: /selection\.tor\.published/ })
        .getByText('Delivered')
        .waitFor({
          timeout: 2_000,
        });
    });
    await shot(staff, '08-webhook');
  });
});
