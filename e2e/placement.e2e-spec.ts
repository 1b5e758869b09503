import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CandidateSelected,
  MemberContactUpdated,
  PlacementOffered,
  type PlacementOfferedV1,
  TorPublished,
} from '@ikiraro/contracts';
import {
  artifactsDir,
  eventually,
  launchBrowser,
  type MailCatcher,
  probeTopic,
  publishEvents,
  startMailCatcher,
} from '@ikiraro/testing';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { admin, journeyEnv, type Platform, startPlatform } from './platform.ts';

// Placement as people meet it: selection picks a professional for a ToR at IPRC Kigali; the offer mail reaches
// them and they accept from its link on their phone, naming their passport; the programme manager sees the
// placement on the board with a late task and works it; the IPRC's focal point confirms the arrival and files
// the appraisal; the professional, now a trainer with an account, files the end-of-mission report; the placement
// is completed, its timeline on its page. Another professional declines from the offer page.
// Screenshots land in test-artifacts/placement/.

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const password = 'a long enough password';
const run = randomUUID().slice(0, 8);
const tor = { torId: `tor-${run}`, title: 'Solar PV installation trainer' };
const ada = {
  memberId: `m-ada-${run}`,
  firstName: 'Ada',
  lastName: 'Uwase',
  email: `ada.${run}@example.org`,
};
const ben = {
  memberId: `m-ben-${run}`,
  firstName: 'Ben',
  lastName: 'Mugabo',
  email: `ben.${run}@example.org`,
};
const manager = { email: `pm.${run}@test.ikiraro.org`, name: 'Pat Manager' };
const focal = { email: `focal.${run}@test.ikiraro.org`, name: 'Fidele Focal' };

describe('a placement, from the offer to the end of the mission', () => {
  let platform: Platform;
  let mail: MailCatcher;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  let browser: Browser;
  let adminToken = '';
  let placementId = '';
  const shots = artifactsDir('placement');
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const url = (path: string) => `${platform.gateway.url}${path}`;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);

  /** A professional selected for the ToR, starting in `startsIn` days: the link of their offer. */
  async function selected(person: typeof ada, startsIn: number): Promise<string> {
    await publishEvents(MemberContactUpdated, [
      {
        subject: person.memberId,
        data: {
          memberId: person.memberId,
          email: person.email,
          firstName: person.firstName,
          lastName: person.lastName,
          locale: 'en',
          opportunities: false,
          subjects: ['Renewable energy'],
        },
      },
    ]);
    const applicationId = `app-${person.memberId}`;
    await publishEvents(CandidateSelected, [
      {
        subject: applicationId,
        data: {
          applicationId,
          torId: tor.torId,
          memberId: person.memberId,
          iprc: 'KGL',
          period: { start: inDays(startsIn), end: inDays(startsIn + 90) },
        },
      },
    ]);
    const offered = await eventually(async () => {
      const found = probe.events.find((e) => e.type === PlacementOffered.type && e.subject === applicationId);
      expect(found).toBeDefined();
      return Promise.resolve(found!.data as PlacementOfferedV1);
    }, 30_000);
    // The offer mail (notifications' `placement-offered`) carries the link; its token is the event's.
    const link = await eventually(async () => {
      const found = mail
        .to(person.email)
        .flatMap((m) => m.links)
        .find((candidate) => candidate.includes('/offer?token='));
      expect(found).toBeDefined();
      return Promise.resolve(new URL(found!));
    }, 30_000);
    expect(link.searchParams.get('token')).toBe(offered.offerToken);
    return `${link.pathname}${link.search}`;
  }

  /** Follows the e-mailed invitation of `email` and sets its password (through the API: the portal's own page is tested elsewhere). */
  async function activate(email: string, since: Date) {
    const invitation = await platform.gateway.mail.waitFor(email, { since, timeoutMs: 30_000 });
    const token = new URL(
      invitation.links.find((link) => link.includes('/accept-invitation'))!,
    ).searchParams.get('token');
    expect((await api('POST', '/auth/invitations/accept', { token, password })).status).toBe(204);
  }

  /** A staff account invited by the admin and activated. */
  async function onboard(who: { email: string; name: string }, roles: string[], extra: object = {}) {
    const since = new Date();
    const invited = await api('POST', '/users', { ...who, roles, ...extra }, { token: adminToken });
    expect(invited.status).toBe(201);
    await activate(who.email, since);
  }

  /** A fresh browser of its own, signed in as `email`, on `path`. */
  async function signedIn(email: string, path: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(url(path));
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page;
  }

  const phone = async () => {
    const page = await (await browser.newContext({ viewport: { width: 400, height: 860 } })).newPage();
    page.setDefaultTimeout(10_000);
    return page;
  };

  beforeAll(async () => {
    // Notifications sends the offer to this catcher; the gateway keeps its own for invitations.
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX ?? ''}${PlacementOffered.topic}`);
    platform = await startPlatform(journeyEnv());
    browser = await launchBrowser();
    adminToken = (await api('POST', '/auth/login', admin)).body.accessToken as string;
    await publishEvents(TorPublished, [
      {
        subject: tor.torId,
        data: {
          torId: tor.torId,
          iprc: 'KGL',
          subject: 'Renewable energy',
          title: tor.title,
          experts: 2,
          period: { start: inDays(10), end: inDays(200) },
          durationMonths: 3,
        },
      },
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await probe?.stop();
    await platform?.close();
    await mail?.stop();
  });

  it('lets the professional accept the offer from the link in its mail, naming their passport', async () => {
    // Starting in 15 days: "Travel booked", due 21 days before the start, is late already.
    const link = await selected(ada, 15);
    const person = await phone();
    await person.goto(url(link));
    await person.getByRole('heading', { name: 'Your placement offer', level: 1 }).waitFor();
    const offer = person.getByRole('region', { name: 'What we offer' });
    await offer.getByText(tor.title).waitFor();
    await offer.getByText('IPRC Kigali').waitFor();
    await shot(person, '01-offer');

    const form = person.getByRole('form', { name: 'Accept the offer' });
    await form.getByLabel('Passport you travel on').selectOption('BE');
    await form.getByRole('button', { name: 'Accept the offer' }).click();
    await person.getByText('You accepted the offer.', { exact: false }).waitFor();
    expect(await person.getByRole('form').count()).toBe(0);
    await shot(person, '02-accepted');

    const board = await api('GET', '/placements', undefined, { as: 'programme-manager' });
    const found = (board.body.items as { id: string; professional: string | null }[]).find(
      (item) => item.professional === `${ada.firstName} ${ada.lastName}`,
    );
    expect(found).toBeDefined();
    placementId = found!.id;
  });

  it('shows the programme manager the placement on the board with a late task, and lets them work it', async () => {
    await onboard(manager, ['programme-manager']);
    const staff = await signedIn(manager.email, '/placements');
    await staff.getByRole('heading', { name: 'Placements', level: 1 }).waitFor();
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Placements' }).waitFor();
    const search = staff.getByRole('search', { name: 'Filter the placements' });
    await search.getByLabel('Late only').check();
    await search.getByRole('button', { name: 'Filter' }).click();
    const table = staff.getByRole('table', { name: 'Placements, soonest start first' });
    const row = table.getByRole('row').filter({ hasText: `${ada.firstName} ${ada.lastName}` });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual([tor.title, 'IPRC Kigali', 'Accepted']);
    expect(Number(cells[4])).toBeGreaterThanOrEqual(1);
    await shot(staff, '03-board-late');

    await row.getByRole('link', { name: `${ada.firstName} ${ada.lastName}` }).click();
    await staff
      .getByRole('heading', { name: `Placement: ${ada.firstName} ${ada.lastName}`, level: 1 })
      .waitFor();
    const travel = staff.getByRole('article', { name: 'Travel booked' });
    await travel.getByText('Late', { exact: true }).waitFor();
    const form = staff.getByRole('form', { name: 'Change the task: Travel booked' });
    await form.getByLabel('Task status').selectOption('done');
    await form.getByLabel('Notes').fill('Brussels–Kigali, booked with RwandAir');
    await form.getByRole('button', { name: 'Save the task' }).click();
    await travel.getByText('Brussels–Kigali, booked with RwandAir', { exact: true }).waitFor();
    await eventually(async () => expect(await travel.getByText('Late', { exact: true }).count()).toBe(0));
    await shot(staff, '04-task-done');

    const stored = await api('GET', `/placements/${placementId}`, undefined, { as: 'programme-manager' });
    expect(stored.body.tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'travel-booked',
          status: 'done',
          notes: 'Brussels–Kigali, booked with RwandAir',
        }),
      ]),
    );
  });

  it('lets the focal point confirm the arrival and file the appraisal, and the trainer file the report', async () => {
    await onboard(focal, ['iprc-focal-point'], { iprc: 'KGL' });
    const host = await signedIn(focal.email, `/placements/${placementId}`);
    await host
      .getByRole('heading', { name: `Placement: ${ada.firstName} ${ada.lastName}`, level: 1 })
      .waitFor();
    const arrival = host.getByRole('form', { name: 'Confirm the arrival' });
    await arrival.getByRole('button', { name: 'Confirm arrival' }).click();
    await host.getByText('The arrival is confirmed.').waitFor();
    const appraisal = host.getByRole('form', { name: 'Appraisal of the mission' });
    await appraisal.getByLabel('Rating').selectOption('5');
    await appraisal.getByLabel('Comments').fill('Trainers now install and maintain PV systems on their own.');
    await appraisal.getByRole('button', { name: 'File the appraisal' }).click();
    await host.getByText('The appraisal is filed.').waitFor();
    await shot(host, '05-appraisal-filed');

    // The gateway invites the professional as a trainer of the IPRC when they accept.
    await activate(ada.email, new Date(0));
    const trainer = await signedIn(ada.email, `/placements/${placementId}`);
    await trainer
      .getByRole('heading', { name: `Placement: ${ada.firstName} ${ada.lastName}`, level: 1 })
      .waitFor();
    const report = trainer.getByRole('form', { name: 'End-of-mission report' });
    await report.getByLabel('What was delivered').fill('Eight sessions on PV installation and maintenance.');
    await report.getByLabel('Trainers trained').fill('12');
    await report.getByLabel('Recommendations').fill('Stock spare inverters at the IPRC.');
    await report.getByRole('button', { name: 'File the report' }).click();
    await trainer.getByText('The report is filed.').waitFor();

    const summary = trainer.getByRole('region', { name: 'Summary' });
    await summary.getByText('Completed', { exact: true }).waitFor();
    const timeline = trainer.getByRole('table', { name: 'What happened, oldest first' });
    await timeline.getByRole('row').filter({ hasText: 'completed' }).waitFor();
    const actions = await timeline.locator('tbody tr td:last-child').allTextContents();
    expect(actions).toEqual(
      expect.arrayContaining(['offered', 'accepted', 'task-changed', 'arrived', 'completed']),
    );
    expect(await timeline.getByRole('row').filter({ hasText: focal.name }).count()).toBeGreaterThanOrEqual(2);
    await shot(trainer, '06-completed');
  });

  it('lets another professional decline from the offer page, and the placement shows declined', async () => {
    const link = await selected(ben, 40);
    const person = await phone();
    await person.goto(url(link));
    await person.getByRole('heading', { name: 'Your placement offer', level: 1 }).waitFor();
    await person.getByRole('button', { name: 'Decline the offer' }).click();
    await person.getByText('You declined the offer.', { exact: false }).waitFor();
    await shot(person, '07-declined');

    const staff = await signedIn(manager.email, '/placements?status=declined');
    const table = staff.getByRole('table', { name: 'Placements, soonest start first' });
    const row = table.getByRole('row').filter({ hasText: `${ben.firstName} ${ben.lastName}` });
    await row.getByText('Declined', { exact: true }).waitFor();
    await shot(staff, '08-board-declined');
  });
});
