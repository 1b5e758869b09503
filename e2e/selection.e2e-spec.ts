import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  artifactsDir,
  eventually,
  launchBrowser,
  type MailCatcher,
  probeTopic,
  startMailCatcher,
} from '@ikiraro/testing';
import { join } from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { Browser, Page } from 'playwright-core';
import { journeysOn } from './journeys.ts';
import { admin, journeyEnv, type Platform, startPlatform } from './platform.ts';

// The selection journey in a browser: a programme manager drafts a ToR, sets a blind panel of two TWG reviewers,
// approves and publishes it; three registrants apply (one on their self-service page); one reviewer declares a
// conflict; both score blind; the programme manager shortlists and selects with a reason, and the transparency
// report shows how. Screenshots land in test-artifacts/selection/.

const password = 'a long enough password';
const manager = { email: 'pm@test.ikiraro.org', name: 'Grace Manager', roles: ['programme-manager'] };
const reviewers = [
  { email: 'rev.one@test.ikiraro.org', name: 'Rev One', roles: ['twg-member'] },
  { email: 'rev.two@test.ikiraro.org', name: 'Rev Two', roles: ['twg-member'] },
];
const applicants = {
  amina: { firstName: 'Amina', lastName: 'Uwase', email: 'amina.uwase@example.org', years: 9 },
  jean: { firstName: 'Jean', lastName: 'Habimana', email: 'jean.habimana@example.org', years: 6 },
  claire: { firstName: 'Claire', lastName: 'Mukamana', email: 'claire.mukamana@example.org', years: 12 },
};
type Applicant = (typeof applicants)[keyof typeof applicants];
const tor = { title: 'Mechatronics trainer for IPRC Kigali' };
const decisionReason = 'Highest panel score and a strong interview on PLC maintenance.';
const conflictReason = 'We worked together at the same company until last year.';

describe('selecting an expert for a ToR', () => {
  let platform: Platform;
  let outreachMail: MailCatcher;
  let browser: Browser;
  let pm: Page;
  let visitor: Page;
  const reviewerPages: Page[] = [];
  let candidates: Awaited<ReturnType<typeof probeTopic>>;
  const shots = artifactsDir('selection');
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const url = (path: string) => `${platform.gateway.url}${path}`;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);
  let torId = '';
  /** Application id and code by applicant, as the programme manager sees them. */
  const applications: Record<string, { id: string; code: string }> = {};

  async function signInToApi(email: string, secret: string) {
    const response = await api('POST', '/auth/login', { email, password: secret });
    expect(response.status).toBe(200);
    return response.body.accessToken as string;
  }

  /** An account invited by the administrator, activated from the e-mailed link. */
  async function account(person: { email: string; name: string; roles: string[] }, adminToken: string) {
    const invited = await api('POST', '/users', person, { token: adminToken });
    expect(invited.status).toBe(201);
    const mail = await platform.gateway.mail.waitFor(person.email);
    const token = new URL(mail.links[0]!).searchParams.get('token');
    expect((await api('POST', '/auth/invitations/accept', { token, password })).status).toBeLessThan(300);
  }

  async function signIn(page: Page, email: string) {
    await page.goto(url('/tors'));
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Terms of Reference', level: 1 }).waitFor();
  }

  const journeys = journeysOn(
    () => platform,
    () => outreachMail,
  );
  const register = (slug: string, person: Applicant) =>
    journeys.register(slug, person, { yearsOfExperience: person.years });
  const { magicLinkOf } = journeys;

  /** The page's text holds none of the applicants' names. */
  const expectNoNames = async (page: Page) => {
    const text = await page.locator('body').innerText();
    for (const person of Object.values(applicants)) {
      expect(text).not.toContain(person.firstName);
      expect(text).not.toContain(person.lastName);
    }
  };

  beforeAll(async () => {
    outreachMail = await startMailCatcher();
    process.env.SMTP_URL = outreachMail.url;
    platform = await startPlatform(journeyEnv());
    candidates = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}ikiraro.selection.candidate`);
    const adminToken = await signInToApi(admin.email, admin.password);
    for (const person of [manager, ...reviewers]) await account(person, adminToken);
    browser = await launchBrowser();
    const page = async (width = 1280) => {
      const created = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      created.setDefaultTimeout(10_000);
      return created;
    };
    pm = await page();
    visitor = await page(400);
    reviewerPages.push(await page(), await page());
  }, 120_000);
  afterAll(async () => {
    await candidates?.stop();
    await browser?.close();
    await platform?.close();
    await outreachMail?.stop();
  });

  it('lets a programme manager draft a ToR, set a blind panel of two reviewers, approve and publish it', async () => {
    await signIn(pm, manager.email);
    await pm.getByRole('link', { name: 'Draft a ToR' }).click();
    const form = pm.getByRole('form', { name: 'Draft a ToR' });
    await form.getByLabel('Title', { exact: true }).fill(tor.title);
    await form.getByLabel('IPRC', { exact: true }).selectOption('KGL');
    await form.getByLabel('Subject', { exact: true }).fill('Mechatronics');
    await form.getByLabel('Description', { exact: true }).fill('Train the mechatronics trainers on PLCs.');
    await form.getByLabel('Lowest qualification level').selectOption('bachelor');
    await form.getByLabel('Fields of qualification (optional)').fill('mechatronics');
    await form.getByLabel('Years of experience required').fill('5');
    await form.getByRole('checkbox', { name: 'English' }).check();
    await form.getByLabel('Experts sought').fill('1');
    await form.getByLabel('Period starts on').fill('2027-03-01');
    await form.getByLabel('Period ends on').fill('2027-06-30');
    await form.getByLabel('Months per expert').fill('1');
    await shot(pm, '01-draft-tor');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await pm.getByRole('heading', { name: tor.title, level: 1 }).waitFor();
    await pm.getByText('The ToR has been saved as a draft.').waitFor();
    torId = new URL(pm.url()).pathname.split('/').pop()!;

    const panel = pm.getByRole('form', { name: 'Review panel' });
    // The reviewers list follows account activations within moments.
    await eventually(async () => {
      await pm.getByRole('button', { name: 'Reload reviewers' }).click();
      await panel.getByRole('checkbox', { name: /^Rev Two/ }).waitFor({ timeout: 1_000 });
    });
    await panel.getByRole('checkbox', { name: /^Rev One/ }).check();
    await panel.getByRole('checkbox', { name: /^Rev Two/ }).check();
    await panel.getByRole('checkbox', { name: /^Blind review/ }).check();
    await panel.getByRole('button', { name: 'Save panel' }).click();
    await pm.getByText('The panel has been saved.').waitFor();
    await pm.getByText('Rev One, Rev Two (blind review)').waitFor();

    await pm.getByRole('button', { name: 'Approve ToR' }).click();
    await pm.getByText('The ToR is approved.').waitFor();
    await pm.getByRole('button', { name: 'Publish ToR' }).click();
    await pm.getByText('The ToR is published.').waitFor();
    await shot(pm, '02-tor-published');
  });

  it('takes three applications: one on the self-service page, two through the API', async () => {
    const slug = await journeys.liveCampaign({
      name: 'Mechatronics evening',
      startsOn: '2027-01-01',
      endsOn: '2027-02-28',
    });
    await Promise.all(Object.values(applicants).map((person) => register(slug, person)));

    // Jean and Claire apply with a member token; selection learns of new members from outreach's events.
    for (const person of [applicants.jean, applicants.claire]) {
      const exchanged = await api('POST', '/auth/member-token', undefined, {
        headers: { 'x-member-token': await magicLinkOf(person.email) },
      });
      expect(exchanged.status).toBe(200);
      await eventually(async () => {
        const applied = await api(
          'POST',
          '/member/applications',
          { torId, motivation: 'Fifteen years of automation work, eager to train trainers.' },
          { token: exchanged.body.accessToken },
        );
        expect(applied.status).toBe(201);
      });
    }

    // Amina applies on her profile page, from the e-mailed link, once selection knows her (outreach's event).
    const selectionDb = platform.services.selection.app.get<Connection>(getConnectionToken()).db!;
    await eventually(async () => {
      expect(await selectionDb.collection('members').countDocuments()).toBe(3);
    }, 60_000);
    await visitor.goto(
      url(`/my-profile?token=${encodeURIComponent(await magicLinkOf(applicants.amina.email))}`),
    );
    await visitor.getByRole('heading', { name: 'Your profile, Amina Uwase', level: 1 }).waitFor();
    await eventually(async () => {
      // Outreach lists the ToR once it has the published event.
      await visitor.reload();
      await visitor.getByRole('button', { name: `Apply to ${tor.title}` }).waitFor({ timeout: 2_000 });
    });
    await visitor.getByRole('button', { name: `Apply to ${tor.title}` }).click();
    const apply = visitor.getByRole('form', { name: `Apply to ${tor.title}` });
    await apply.getByLabel('Your motivation').fill('I maintain PLC lines and want to share it at home.');
    await shot(visitor, '03-apply');
    await apply.getByRole('button', { name: 'Send my application' }).click();
    // Shown from the answer at once, though the list is read from a projection written moments later.
    const applied = visitor.getByText('You have applied to this ToR.');
    await applied.waitFor();
    const mine = visitor.getByRole('region', { name: 'My applications' });
    await mine.getByRole('heading', { name: tor.title }).waitFor();
    await mine.getByText('Under review').waitFor();
    await shot(visitor, '04-my-applications');

    await eventually(async () => {
      const listed = await api('GET', `/tors/${torId}/applications`, undefined, { as: 'programme-manager' });
      expect(listed.body.items).toHaveLength(3);
      for (const [key, person] of Object.entries(applicants)) {
        const found = listed.body.items.find(
          (a: { applicantName: string }) => a.applicantName === `${person.firstName} ${person.lastName}`,
        );
        applications[key] = { id: found.id, code: found.code };
      }
    });
  });

  it('lets reviewer 1 declare a conflict on one application, which they then cannot score', async () => {
    const page = reviewerPages[0]!;
    await signIn(page, reviewers[0]!.email);
    await page.getByRole('link', { name: tor.title }).click();
    const table = page.getByRole('table', { name: 'Applications, best match first' });
    await table.getByRole('link', { name: applications.jean!.code }).click();
    await page.getByRole('heading', { name: `Application ${applications.jean!.code}`, level: 1 }).waitFor();
    await page.getByText('Blind review: the applicant').waitFor();
    await expectNoNames(page);
    await page.getByLabel('What is the conflict?').fill(conflictReason);
    await page.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await page.getByText('You declared a conflict of interest on this application').waitFor();
    expect(await page.getByRole('form', { name: 'Your scorecard' }).count()).toBe(0);
    await shot(page, '05-reviewer-recused');

    // Nor can they score it through the API.
    const token = await signInToApi(reviewers[0]!.email, password);
    const refused = await api(
      'PUT',
      `/applications/${applications.jean!.id}/scorecard`,
      { scores: { 'technical-expertise': 5 } },
      { token },
    );
    expect(refused.body).toMatchObject({ status: 403, code: 'review.conflict_declared' });
  });

  /** A reviewer declares no conflict and scores every criterion of one application, blind. */
  async function score(page: Page, key: keyof typeof applicants, value: string) {
    const { id, code } = applications[key]!;
    await page.goto(url(`/applications/${id}`));
    await page.getByRole('heading', { name: `Application ${code}`, level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Match: / }).waitFor();
    await page.getByRole('button', { name: 'I have no conflict of interest' }).click();
    const card = page.getByRole('form', { name: 'Your scorecard' });
    for (const label of [
      'Technical expertise in the subject',
      'Experience training adults or trainers',
      "Fit with the IPRC's needs assessment",
      'Motivation and commitment',
      'Communication in the languages of instruction',
    ])
      await card.getByLabel(label).selectOption(value);
    await card.getByRole('button', { name: 'Submit scorecard' }).click();
    await page.getByText(/^Your scorecard is in: /).waitFor();
    await expectNoNames(page);
  }

  it('lets both reviewers score blind, and see the others’ scores only after their own', async () => {
    const [one, two] = reviewerPages as [Page, Page];
    await score(one, 'amina', '5');
    await score(one, 'claire', '3');
    await shot(one, '06-reviewer-1-scored');

    await signIn(two, reviewers[1]!.email);
    await two.getByRole('link', { name: tor.title }).click();
    await two.getByRole('table', { name: 'Applications, best match first' }).waitFor();
    await expectNoNames(two);
    await score(two, 'jean', '3');
    await score(two, 'claire', '4');
    await score(two, 'amina', '4');
    const others = two.getByRole('table', { name: "The other reviewers' scores" });
    await others.getByRole('rowheader', { name: 'Rev One' }).waitFor();
    await shot(two, '07-reviewer-2-scored');
  });

  it('lets the programme manager shortlist and select a candidate with a reason', async () => {
    await pm.goto(url(`/tors/${torId}`));
    const table = pm.getByRole('table', { name: 'Applications, best match first' });
    await table.getByRole('link', { name: 'Amina Uwase' }).click();
    await pm.getByRole('heading', { name: 'Application Amina Uwase', level: 1 }).waitFor();
    await pm.getByText(`Rev One: no conflict`).waitFor();
    await pm.getByRole('button', { name: 'Shortlist for interview' }).click();
    await pm.getByRole('form', { name: 'Interview note' }).waitFor();
    await pm
      .getByRole('textbox', { name: 'Interview note' })
      .fill('Clear, practical answers on PLC fault finding.');
    await pm.getByRole('button', { name: 'Add note' }).click();
    await pm.getByText('Grace Manager, ').waitFor();
    const decide = pm.getByRole('form', { name: 'Decide' });
    await decide.getByLabel('Decision').selectOption('selected');
    await decide.getByLabel('Reason').fill(decisionReason);
    await shot(pm, '08-decision');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await pm.getByText('Decision: Selected.').waitFor();
    await shot(pm, '09-selected');

    await eventually(() => {
      const selected = candidates.events.find(
        (event) =>
          event.type === 'selection.candidate.selected' &&
          (event.data as { applicationId: string }).applicationId === applications.amina!.id,
      );
      expect(selected?.data).toMatchObject({ torId, iprc: 'KGL', period: { start: '2027-03-01' } });
      return Promise.resolve();
    }, 30_000);
  });

  it('shows the reviewers, scores, the recusal and the decision reason in the transparency report', async () => {
    await pm.goto(url(`/tors/${torId}`));
    await pm.getByRole('link', { name: 'Transparency report' }).click();
    await pm.getByRole('heading', { name: `Transparency report: ${tor.title}`, level: 1 }).waitFor();
    await pm.getByText('Rev One, Rev Two').waitFor();
    const amina = pm.getByRole('region', { name: new RegExp(`^${applications.amina!.code}`) });
    await amina.getByText(`Selected by Grace Manager`).waitFor();
    await amina.getByText(decisionReason).waitFor();
    const scores = amina.getByRole('table', { name: `Scores for ${applications.amina!.code}` });
    expect(
      await scores
        .getByRole('row', { name: /^Rev One/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['5', '5', '5', '5', '5', '100', '']);
    await scores.getByRole('row', { name: /^Rev Two/ }).waitFor();
    const jean = pm.getByRole('region', { name: new RegExp(`^${applications.jean!.code}`) });
    await jean.getByText('Rev One: conflict of interest declared: excluded').waitFor();
    // The report names no applicant.
    await expectNoNames(pm);
    await shot(pm, '10-transparency-report');

    await pm.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Balance' }).click();
    await pm.getByRole('heading', { name: 'Balance', level: 1 }).waitFor();
    await eventually(
      async () => {
        await pm.reload();
        await pm.getByRole('table', { name: 'By IPRC' }).waitFor();
        const row = pm.getByRole('table', { name: 'By IPRC' }).getByRole('row', { name: /^IPRC Kigali/ });
        expect(await row.getByRole('cell').allTextContents()).toEqual(['1', '1']);
      },
      20_000,
      500,
    );
    await shot(pm, '11-balance');
  });

  it('lets the selected candidate decline the offer from its mail, and the programme manager then select the reserve', async () => {
    const pmToken = await signInToApi(manager.email, password);
    const claire = applications.claire!.id;
    const reserveReason = 'A strong second: kept in reserve for this ToR.';
    expect(
      (await api('POST', `/applications/${claire}/shortlist`, undefined, { token: pmToken })).status,
    ).toBe(200);
    const kept = await api(
      'POST',
      `/applications/${claire}/decision`,
      { outcome: 'reserve', reason: reserveReason },
      { token: pmToken },
    );
    expect(kept.body).toMatchObject({ status: 'reserve' });
    // The ToR's one place is Amina's while her placement stands
    const early = await api(
      'POST',
      `/applications/${claire}/decision`,
      { outcome: 'selected', reason: decisionReason },
      { token: pmToken },
    );
    expect(early.body).toMatchObject({ code: 'tor.filled' });

    // Placement offered Amina the place (notifications mailed the link); she declines it on her phone
    const link = await eventually(async () => {
      const found = outreachMail
        .to(applicants.amina.email)
        .flatMap((m) => m.links)
        .find((candidate) => candidate.includes('/offer?token='));
      expect(found).toBeDefined();
      return Promise.resolve(new URL(found!));
    }, 30_000);
    await visitor.goto(url(`${link.pathname}${link.search}`));
    await visitor.getByRole('heading', { name: 'Your placement offer', level: 1 }).waitFor();
    await visitor.getByText(tor.title).waitFor();
    await visitor.getByRole('button', { name: 'Decline the offer' }).click();
    await visitor.getByText('You declined the offer.', { exact: false }).waitFor();
    await shot(visitor, '12-offer-declined');

    // Selection releases the place: her application is withdrawn, and the reserve can be selected
    await eventually(async () => {
      const amina = await api('GET', `/applications/${applications.amina!.id}`, undefined, {
        token: pmToken,
      });
      expect(amina.body).toMatchObject({ status: 'withdrawn' });
    }, 30_000);
    await pm.goto(url(`/applications/${claire}`));
    await pm.getByRole('heading', { name: 'Application Claire Mukamana', level: 1 }).waitFor();
    const decide = pm.getByRole('form', { name: 'Decide' });
    await decide.getByLabel('Decision').selectOption('selected');
    await decide
      .getByLabel('Reason')
      .fill('Selected from the reserve after the first candidate declined the offer.');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await pm.getByText('Decision: Selected.').waitFor();
    await shot(pm, '13-reserve-selected');
    await eventually(() => {
      const selected = candidates.events.find(
        (event) =>
          event.type === 'selection.candidate.selected' &&
          (event.data as { applicationId: string }).applicationId === claire,
      );
      expect(selected?.data).toMatchObject({ torId, iprc: 'KGL' });
      return Promise.resolve();
    }, 30_000);
  });
});
