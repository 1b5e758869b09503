import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CertificateIssued, PlacementAccepted } from '@ikiraro/contracts';
import { freePort } from '@ikiraro/local-infra';
import {
  artifactsDir,
  cvPdf,
  eventually,
  launchBrowser,
  type MailCatcher,
  publishEvents,
  readPdf,
  type ServiceProcess,
  type ServiceUnderTest,
  spawnService,
  startMailCatcher,
  startService,
} from '@ikiraro/testing';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { admin, startGateway } from '../services/gateway/src/gateway.testing.ts';
import { AppModule as OutreachModule } from '../services/outreach/src/app.module.ts';
import { AppModule as ReportingModule } from '../services/reporting/src/app.module.ts';
import { journeyEnv } from './platform.ts';

// Funding as a programme manager, a committee, two teams and an investor meet it. Two ToTs have finished (at IPRC
// Kigali and IPRC Huye) and a third (Musanze) too: training and placement announced them. A registered investor
// signs up on the public page, confirms by e-mail and accepts the account the gateway then offers. The programme
// manager opens a call with a committee of three; every trainee with an address gets their team's link. Two teams
// draft and submit from phones (Musanze's, a team of one, through the API); Musanze's fails the qualifying round
// and its lead is told why. The committee scores, one member recusing from Kigali's; the shortlist tells the
// investor of the one proposal that matches their interests — with funding and notifications killed (SIGKILL)
// and restarted while that happens, and the mail counted at the SMTP server: exactly one. The allocation funds
// the best within the fund and skips the one that no longer fits; its approval makes the award (a second match
// mail, for the new stage). The investor reads the teaser, expresses interest, reads the whole proposal and
// pledges; the dashboard shows the pledge beside the fund. Kigali's lead reports the first milestone with a PDF;
// the manager approves it and records the payment: the tranche is released and the ledger adds up. Last, the
// results framework shows it live (proposals, awards, funds disbursed, jobs, investors, the trainers certified),
// a figure opens down to its source events, and the quarter's XLSX and PDF, read back, say the same. Screenshots
// land in test-artifacts/funding/.

const run = randomUUID().slice(0, 8);
const password = 'a long enough password';
const DAY = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

interface Person {
  id: string;
  name: string;
  sex: 'woman' | 'man';
  email?: string;
}
const team = (tot: string, people: [string, Person['sex'], boolean][]) =>
  people.map(([name, sex, mailed], i): Person => {
    const first = name.split(' ')[0]!.toLowerCase();
    return { id: `${tot}-t${i}`, name, sex, ...(mailed ? { email: `${first}.${run}@example.org` } : {}) };
  });
const cohorts = {
  kigali: {
    totId: `tot-kgl-${run}`,
    iprc: 'KGL',
    trainees: team(`tot-kgl-${run}`, [
      ['Aline Mukamana', 'woman', true],
      ['Bosco Habimana', 'man', false],
    ]),
  },
  huye: {
    totId: `tot-hye-${run}`,
    iprc: 'HYE',
    trainees: team(`tot-hye-${run}`, [
      ['Claire Ingabire', 'woman', true],
      ['Didier Nsengiyumva', 'man', true],
    ]),
  },
  musanze: {
    totId: `tot-msz-${run}`,
    iprc: 'MSZ',
    trainees: team(`tot-msz-${run}`, [['Esther Uwimana', 'woman', true]]),
  },
};
const manager = { email: `pm.${run}@example.org`, name: 'Pat Manager', roles: ['programme-manager'] };
/** The call's committee: three TWG members. */
const committee = ['One', 'Two', 'Three'].map((n) => ({
  email: `rev${n.toLowerCase()}.${run}@example.org`,
  name: `Rev ${n}`,
  roles: ['twg-member'],
}));
const investor = {
  organisation: 'Umurava Impact Fund',
  name: 'Grace Kayitesi',
  email: `grace.${run}@example.org`,
};
const callTitle = `Pilot projects ${run}`;
const proposals = {
  kigali: { title: 'Solar dryers for Kigali market vendors', sector: 'renewable-energy', cost: 8_000 },
  huye: { title: 'Drip irrigation kits for Huye farms', sector: 'irrigation-drainage', cost: 6_000 },
};

describe('funding, from the call to the first tranche and an investor’s pledge', () => {
  let mail: MailCatcher;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let inProcess: ServiceUnderTest[];
  const processes: Record<'funding' | 'notifications', { port: number; process?: ServiceProcess }> = {
    funding: { port: 0 },
    notifications: { port: 0 },
  };
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const shots = artifactsDir('funding');
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const url = (path: string) => `${gateway.url}${path}`;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    gateway.request(method, `/api/v1${path}`, body, options);
  let callId = '';

  /** Funding or notifications as its own process, on the same port each time (the gateway forwards there). */
  const started: ServiceProcess[] = [];
  const start = async (name: 'funding' | 'notifications') => {
    processes[name].process = await spawnService(name, {
      PORT: String(processes[name].port),
      SMTP_URL: mail.url,
      PUBLIC_URL: gateway?.url ?? '',
    });
    started.push(processes[name].process!);
  };
  /**
   * A reload once the page is quiet. Reloaded while its session refresh is in flight, a page loses the rotated
   * cookie, and its next refresh presents the old one: a replay, and the gateway ends the session.
   */
  const quietReload = async (at: Page) => {
    await at.waitForLoadState('networkidle');
    await at.reload();
  };
  const crash = async (name: 'funding' | 'notifications') => processes[name].process!.kill('SIGKILL');

  const page = async (options: Parameters<Browser['newContext']>[0] = {}) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    const created = await context.newPage();
    created.setDefaultTimeout(15_000);
    return created;
  };
  const phone = () =>
    page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-GB' });

  /** An account invited by the administrator, activated from the e-mailed link. */
  async function account(person: { email: string; name: string; roles: string[] }, adminToken: string) {
    expect((await api('POST', '/users', person, { token: adminToken })).status).toBe(201);
    const invitation = await gateway.mail.waitFor(person.email);
    const token = new URL(invitation.links[0]!).searchParams.get('token');
    expect((await api('POST', '/auth/invitations/accept', { token, password })).status).toBeLessThan(300);
  }
  async function signIn(at: Page, email: string, path: string, heading: string) {
    await at.goto(url(path));
    // In English or, for the investor, in French.
    await at.getByLabel(/^(Email address|Adresse e-mail)$/).fill(email);
    await at.getByLabel(/^(Password|Mot de passe)$/).fill(password);
    await at.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
    await at.getByRole('heading', { name: heading, level: 1 }).waitFor();
  }
  /** The last mail to `email` whose subject or text matches, once it arrived. */
  const mailTo = (email: string, matching: RegExp) =>
    eventually(() => {
      const found = mail.mails
        .filter((m) => m.to.includes(email.toLowerCase()) && matching.test(`${m.subject}\n${m.text}`))
        .at(-1);
      if (!found) throw new Error(`no mail to ${email} matching ${matching}`);
      return Promise.resolve(found);
    }, 30_000);
  /** The team link mailed to a trainee: its token. */
  async function teamToken(email: string) {
    const invitation = await mailTo(email, /\/pitch\?token=/);
    const link = new URL(invitation.links.find((l) => l.includes('/pitch?token='))!);
    return link.searchParams.get('token')!;
  }
  const investorMails = (stage: RegExp) =>
    mail.mails.filter(
      (m) =>
        m.to.includes(investor.email) &&
        stage.test(m.text) &&
        m.links.some((l) => l.includes('/investor/matches')),
    );

  beforeAll(async () => {
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    processes.funding.port = await freePort();
    processes.notifications.port = await freePort();
    inProcess = await Promise.all([startService(OutreachModule), startService(ReportingModule)]);
    const [outreach, reporting] = inProcess as [ServiceUnderTest, ServiceUnderTest];
    gateway = await startGateway(journeyEnv(), {
      outreach: outreach.url,
      reporting: reporting.url,
      funding: `http://127.0.0.1:${processes.funding.port}`,
      notifications: `http://127.0.0.1:${processes.notifications.port}`,
    });
    await Promise.all([start('funding'), start('notifications')]);
    const adminLogin = await api('POST', '/auth/login', admin);
    expect(adminLogin.status).toBe(200);
    for (const person of [manager, ...committee])
      await account(person, adminLogin.body.accessToken as string);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all(Object.values(processes).map(({ process }) => process?.kill('SIGTERM')));
    // What each process printed (warnings and errors), crashed ones included, next to the screenshots.
    started.forEach((p, i) => writeFileSync(join(shots, `${i}-${p.name}.log`), p.output.join('')));
    await gateway?.close();
    await Promise.all((inProcess ?? []).map((service) => service.close()));
    await mail?.stop();
  });

  it('knows three finished ToTs from training and placement', async () => {
    for (const { totId, iprc, trainees } of Object.values(cohorts)) {
      const memberId = `trainer-${totId}`;
      await publishEvents(PlacementAccepted, [
        {
          subject: totId,
          data: {
            placementId: totId,
            applicationId: `app-${totId}`,
            torId: `tor-${totId}`,
            memberId,
            iprc,
            period: { start: dateIn(-90), end: dateIn(-30) },
            email: `${memberId}@example.org`,
            name: `Trainer of ${iprc}`,
          },
        },
      ]);
      await publishEvents(
        CertificateIssued,
        trainees.map((t) => ({
          subject: `cert-${t.id}`,
          data: {
            totId,
            iprc,
            memberId,
            certificateId: `cert-${t.id}`,
            kind: 'training' as const,
            holderId: t.id,
            sex: t.sex,
            verificationCode: `V${run}${t.id.slice(-2)}`.toUpperCase(),
            name: t.name,
            ...(t.email ? { email: t.email } : {}),
          },
        })),
      );
    }
    const manager = { as: { roles: ['programme-manager' as const] } };
    await eventually(async () => {
      const known = await api('GET', '/cohorts', undefined, manager);
      expect(known.status).toBe(200);
      const totIds = (known.body.items as { totId: string }[]).map((c) => c.totId);
      expect(totIds).toEqual(expect.arrayContaining(Object.values(cohorts).map((c) => c.totId)));
    }, 60_000);
  });

  it('signs up an investor on the public page, in French, who confirms by e-mail and gets an account', async () => {
    const visitor = await page({ locale: 'fr-FR' });
    await visitor.goto(url('/invest'));
    const form = visitor.getByRole('form', { name: 'Inscription investisseur' });
    await form.getByLabel('Organisation').fill(investor.organisation);
    await form.getByLabel('Personne de contact').fill(investor.name);
    await form.getByLabel('E-mail').fill(investor.email);
    await form.getByRole('checkbox', { name: 'Renewable energy' }).check();
    await form.getByLabel('Plus petit montant par projet').fill('1000');
    await form.getByLabel('Plus grand montant par projet').fill('10000');
    await form.getByRole('checkbox', { name: 'Subvention' }).check();
    await form.getByRole('checkbox', { name: /J’accepte ces conditions/ }).check();
    await shot(visitor, '01-investor-sign-up');
    await form.getByRole('button', { name: 'S’inscrire' }).click();
    await visitor.getByText(investor.email).waitFor();

    const confirmation = await mailTo(investor.email, /\/invest\/verify\?token=/);
    const verify = confirmation.links.find((l) => l.includes('/invest/verify?token='))!;
    await visitor.goto(verify.replace(/^https?:\/\/[^/]+/, gateway.url));
    await visitor.getByRole('heading', { name: /Confirmer votre inscription/ }).waitFor();
    await visitor.getByText(/votre inscription est confirmée/i).waitFor();

    // The gateway offers an account with the investor role; they choose a password from its link.
    const invitation = await gateway.mail.waitFor(investor.email);
    const token = new URL(invitation.links[0]!).searchParams.get('token');
    expect((await api('POST', '/auth/invitations/accept', { token, password })).status).toBeLessThan(300);
  });

  it('lets the programme manager open a call with a committee of three: every team is invited', async () => {
    const pm = await page();
    await signIn(pm, manager.email, '/funding/calls', 'Calls for pilot proposals');
    const form = pm.getByRole('form', { name: 'New call' });
    await form.getByLabel('Title', { exact: true }).fill(callTitle);
    await form.getByLabel('Description').fill('The pilot projects of the 2026 Trainings of Trainers.');
    await form.getByLabel('Deadline').fill(`${dateIn(20)}T17:00`);
    await form.getByLabel('Qualifying round ends').fill(dateIn(30));
    await form.getByLabel('Scoring ends').fill(dateIn(40));
    await form.getByLabel('Fund amount').fill('12000');
    await form.getByLabel('Ceiling per proposal').fill('10000');
    for (const member of committee)
      await eventually(async () => {
        await form.getByRole('checkbox', { name: new RegExp(`^${member.name}`) }).check({ timeout: 1_000 });
      });
    await shot(pm, '02-new-call');
    await form.getByRole('button', { name: 'Create the call' }).click();
    await pm.getByRole('heading', { name: callTitle, level: 1 }).waitFor();
    callId = new URL(pm.url()).pathname.split('/').pop()!;
    await pm.getByRole('button', { name: 'Open the call' }).click();
    await pm.getByText('The call is open: the teams are invited.').waitFor();
    // The five trainees and the three trainers.
    // The invitations are made from the cohorts as the call opens: a moment later.
    await eventually(async () => {
      await quietReload(pm);
      await pm.getByText('Invited (8)').waitFor({ timeout: 2_000 });
    }, 30_000);
    await shot(pm, '03-call-open');

    // Everyone with an address gets their team's link; Bosco, with none, gets it from his trainer.
    for (const { trainees } of Object.values(cohorts))
      for (const trainee of trainees.filter((t) => t.email))
        expect(await teamToken(trainee.email!)).not.toBe('');
  });

  /** A team's phone: the proposal drafted, saved, then submitted. */
  async function pitch(token: string, which: 'kigali' | 'huye', lead: string) {
    const { title, sector, cost } = proposals[which];
    const team = await phone();
    await team.goto(url(`/pitch?token=${encodeURIComponent(token)}`));
    const form = team.getByRole('form', { name: 'Your team’s proposal' });
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Summary').fill(`${title}: a pilot the team built during its ToT.`);
    await form.getByLabel('The problem').fill('Produce is lost before it reaches the market.');
    await form.getByLabel('The local need').fill('Vendors and farmers near the IPRC ask for it.');
    await form.getByLabel('Your solution').fill('Build and maintain the equipment with the IPRC’s workshop.');
    await form.getByLabel('Sector').selectOption(sector);
    await form.getByLabel('Jobs you expect to create').fill(which === 'kigali' ? '6' : '4');
    await form.getByLabel('Team lead').selectOption({ label: lead });
    await form.getByRole('button', { name: 'Add a budget line' }).click();
    await form.getByLabel('Item 1').fill('Materials and tools');
    await form.getByLabel('Quantity 1').fill('1');
    await form.getByLabel('Unit cost 1').fill(String(cost));
    await form.getByText(`Total: €${cost.toLocaleString('en-GB')}`).waitFor();
    // Saved as a draft first: submitting without milestones is refused with the reason.
    await form.getByRole('button', { name: 'Save draft' }).click();
    await team.getByText('Draft saved.').waitFor();
    await form.getByRole('button', { name: 'Submit' }).click();
    await team
      .getByText(/milestone/i)
      .first()
      .waitFor();
    for (const [n, share] of [
      [1, 0.5],
      [2, 0.5],
    ] as const) {
      await form.getByRole('button', { name: 'Add a milestone' }).click();
      const row = form.getByRole('group', { name: `Milestone ${n}` });
      await row
        .getByRole('textbox', { name: 'Milestone' })
        .fill(n === 1 ? 'Prototype built' : 'Ten units in use');
      await row.getByLabel('Due').fill(dateIn(60 * n));
      await row.getByLabel('Tranche').fill(String(cost * share));
    }
    await form.getByRole('button', { name: 'Save draft' }).click();
    await team.getByText('Draft saved.').waitFor();
    await shot(team, `04-pitch-${which}`);
    await form.getByRole('button', { name: 'Submit' }).click();
    await team.getByText('Submitted. Your team will hear of the qualifying round by e-mail.').waitFor();
    await shot(team, `05-pitch-${which}-submitted`);
  }

  it('takes two proposals from phones and a third through the API', async () => {
    await pitch(await teamToken(cohorts.kigali.trainees[0]!.email!), 'kigali', 'Aline Mukamana');
    await pitch(await teamToken(cohorts.huye.trainees[0]!.email!), 'huye', 'Claire Ingabire');
    // Musanze's team of one: complete, but under the call's smallest team.
    const esther = {
      headers: { 'x-invitation-token': await teamToken(cohorts.musanze.trainees[0]!.email!) },
    };
    const saved = await api(
      'PUT',
      '/public/proposal',
      {
        title: 'Mobile phone repair kiosk',
        summary: 'Repair phones in Musanze.',
        problem: 'Broken phones are thrown away.',
        localNeed: 'No repair shop near the IPRC.',
        solution: 'A kiosk run by the trainee.',
        sector: 'electronics-telecom',
        jobsExpected: 2,
        leadId: cohorts.musanze.trainees[0]!.id,
        budget: [{ item: 'Tools', quantity: 1, unitCost: 3_000 }],
        milestones: [{ title: 'Kiosk open', due: dateIn(60), amount: 3_000 }],
      },
      esther,
    );
    expect(saved.status).toBe(200);
    expect((await api('POST', '/public/proposal/submit', undefined, esther)).status).toBe(200);
  });

  /** A committee member's review page. */
  const reviewPage = async (member: { email: string }) => {
    const at = await page();
    await signIn(at, member.email, `/funding/calls/${callId}/review`, `Review: ${callTitle}`);
    return at;
  };
  let pmReview: Page;

  it('closes the call and screens the proposals: the team of one fails, and its lead hears why', async () => {
    const pm = await page();
    await signIn(pm, manager.email, `/funding/calls/${callId}`, callTitle);
    await pm.getByRole('button', { name: 'Close the call' }).click();
    await pm.getByText('Closed', { exact: true }).first().waitFor();

    pmReview = await reviewPage(manager);
    for (const title of [proposals.kigali.title, proposals.huye.title]) {
      await pmReview.getByRole('button', { name: `Check the rules for ${title}` }).click();
      await pmReview
        .getByRole('article', { name: title })
        .getByText('Qualified: it meets every rule of the call.')
        .waitFor();
    }
    const kiosk = 'Mobile phone repair kiosk';
    await pmReview.getByRole('button', { name: `Check the rules for ${kiosk}` }).click();
    const failed = pmReview.getByRole('article', { name: kiosk });
    await failed.getByText('Disqualified:').waitFor();
    await shot(pmReview, '06-qualifying-round');
    const reasons = await failed.getByRole('listitem').allTextContents();
    expect(reasons.join('\n')).toMatch(/team/i);

    const told = await mailTo(cohorts.musanze.trainees[0]!.email!, /qualif/i);
    for (const reason of reasons) expect(told.text).toContain(reason.trim());
  });

  /** Scores a proposal on the review page (all four criteria, out of 10). */
  async function score(at: Page, title: string, marks: [number, number, number, number]) {
    const form = at.getByRole('form', { name: `Your score of ${title}` });
    for (const [index, label] of ['Relevance', 'Feasibility', 'Impact and jobs', 'Budget'].entries())
      await form.getByLabel(new RegExp(`^${label} \\(`)).fill(String(marks[index]));
    await form.getByRole('button', { name: 'Save my score' }).click();
    await form.getByRole('button', { name: 'Change my score' }).waitFor();
  }

  it('has the committee score blind, with one recusal, and ranks the proposals', async () => {
    // Rev One sees nothing of the others' scores until their own is in.
    const one = await reviewPage(committee[0]!);
    await score(one, proposals.huye.title, [7, 6, 7, 7]);
    const three = await reviewPage(committee[2]!);
    const kigali = three.getByRole('article', { name: proposals.kigali.title });
    await score(three, proposals.kigali.title, [9, 9, 8, 9]);
    const huye = three.getByRole('article', { name: proposals.huye.title });
    await huye.getByText('The other members’ scores are hidden until yours').waitFor();
    expect(await huye.getByText('Rev One').count()).toBe(0);
    await score(three, proposals.huye.title, [6, 7, 6, 6]);
    await huye
      .getByRole('table', { name: `Members’ scores of ${proposals.huye.title}` })
      .getByText('Rev One')
      .waitFor();
    await score(one, proposals.kigali.title, [8, 9, 9, 8]);
    await kigali.getByText(/Mean weighted score/).waitFor();

    // Rev Two advises the Kigali team's trainer: they recuse themselves from it.
    const two = await reviewPage(committee[1]!);
    await two
      .getByRole('button', { name: `Declare a conflict of interest on ${proposals.kigali.title}` })
      .click();
    const conflict = two.getByRole('form', { name: `Conflict of interest on ${proposals.kigali.title}` });
    await conflict.getByLabel('What the conflict is').fill('I mentor the Kigali team’s trainer.');
    await conflict.getByRole('button', { name: 'Declare and recuse myself' }).click();
    await two.getByText('You declared a conflict of interest').waitFor();
    await score(two, proposals.huye.title, [7, 7, 7, 6]);
    await shot(two, '07-review-recused');

    await quietReload(pmReview);
    await pmReview.getByText('Rev Two recused: I mentor the Kigali team’s trainer.').waitFor();
    const rows = pmReview.getByRole('table', { name: 'Qualified proposals by rank' }).getByRole('row');
    await expect(rows.nth(1).textContent()).resolves.toContain(proposals.kigali.title);
    await expect(rows.nth(2).textContent()).resolves.toContain(proposals.huye.title);
  });

  it('tells the matching investor once of the shortlisted proposal, with funding and notifications crashing meanwhile', async () => {
    await pmReview.getByRole('button', { name: 'Make shortlist' }).click();
    await pmReview.getByText('The shortlist is made.').waitFor();
    // Both die with the shortlist's events on their way: funding between its outbox and its matching, the sender
    // before (or while) it sends. Back up, each finishes what it had started, once.
    await Promise.all([crash('funding'), crash('notifications')]);
    await Promise.all([start('funding'), start('notifications')]);
    await eventually(async () => expect(investorMails(/Solar dryers/)).toHaveLength(1), 60_000);
  });

  it('allocates within the fund, skipping what no longer fits, and makes the award', async () => {
    const pm = pmReview;
    await pm.goto(url(`/funding/calls/${callId}/allocation`));
    const lines = pm.getByRole('table', { name: 'Proposed awards, best rank first' });
    const kigali = lines.getByRole('row').filter({ hasText: proposals.kigali.title });
    const huye = lines.getByRole('row').filter({ hasText: proposals.huye.title });
    await expect(kigali.textContent()).resolves.toMatch(
      /Funded[\s\S]*funded: 8[\s,.]?000 of 12[\s,.]?000 left/,
    );
    await expect(huye.textContent()).resolves.toMatch(
      /Skipped[\s\S]*skipped: asks 6[\s,.]?000, 4[\s,.]?000 left/,
    );
    await shot(pm, '08-allocation');
    await pm.getByRole('button', { name: 'Approve the allocation' }).click();
    await pm.getByText('1 awards, ').waitFor();
    const awardMail = await mailTo(cohorts.kigali.trainees[0]!.email!, /award/i);
    expect(awardMail.text).toContain(proposals.kigali.title);
    await eventually(async () => expect(investorMails(/Solar dryers/)).toHaveLength(2), 60_000);
  });

  it('lets the investor read the teaser, express interest, read the whole proposal and pledge', async () => {
    const grace = await page({ locale: 'fr-FR' });
    await signIn(grace, investor.email, '/investor/matches', 'Mes correspondances');
    const match = grace.locator('li.card').filter({ hasText: proposals.kigali.title }).first();
    await match
      .getByText(/Renewable energy/)
      .first()
      .waitFor();
    expect(await grace.getByText(proposals.huye.title).count()).toBe(0);
    await shot(grace, '09-investor-matches');
    await match.getByRole('link', { name: proposals.kigali.title }).click();
    // The teaser only: neither the team's problem nor its budget until interest is expressed.
    await grace.getByRole('heading', { name: proposals.kigali.title, level: 1 }).waitFor();
    expect(await grace.getByText('Produce is lost before it reaches the market.').count()).toBe(0);
    await grace.getByRole('button', { name: 'Exprimer mon intérêt' }).click();
    await grace.getByText('Produce is lost before it reaches the market.').waitFor();
    expect(await grace.getByText('Aline Mukamana').count()).toBe(0);
    const pledge = grace.getByRole('form', { name: 'Engagement' });
    await pledge.getByLabel(/Montant/).fill('5000');
    await pledge.getByLabel('Instrument').selectOption('grant');
    await pledge.getByLabel('Vos conditions').fill('Paid with the second tranche.');
    await pledge.getByRole('button', { name: 'M’engager' }).click();
    await grace.getByText(/Vous vous êtes engagé/).waitFor();
    await shot(grace, '10-investor-pledge');

    const pm = pmReview;
    await pm.goto(url(`/funding/calls/${callId}/dashboard`));
    const pledges = pm.getByRole('table', { name: 'Pledges by instrument' });
    await eventually(async () => {
      await quietReload(pm);
      await pledges
        .getByRole('row')
        .filter({ hasText: 'Grant' })
        .filter({ hasText: '5' })
        .waitFor({ timeout: 2_000 });
    }, 30_000);
    await shot(pm, '11-dashboard');
  });

  it('releases the first tranche once its milestone report is approved, and the ledger adds up', async () => {
    const aline = await phone();
    const token = await teamToken(cohorts.kigali.trainees[0]!.email!);
    await aline.goto(url(`/pitch/award?token=${encodeURIComponent(token)}`));
    await aline.getByRole('heading', { name: 'Your team’s award' }).waitFor();
    await aline.waitForTimeout(2_000);
    await shot(aline, '12a-award');
    const report = aline.getByRole('form', { name: 'Report: Prototype built' });
    await report
      .getByLabel('What the team did')
      .fill('The first dryer is built and in use at Kimironko market.');
    await report.getByLabel('Jobs created').fill('3');
    await report
      .getByLabel('Evidence (PDF)')
      .setInputFiles({ name: 'prototype.pdf', mimeType: 'application/pdf', buffer: cvPdf });
    await report.getByRole('button', { name: 'Send the report' }).click();
    await aline.getByText('Reported, being checked').waitFor();
    await shot(aline, '12-milestone-reported');

    const pm = pmReview;
    await pm.goto(url('/funding/awards'));
    await pm.getByRole('link', { name: proposals.kigali.title }).click();
    await pm.getByRole('button', { name: 'Approve Prototype built' }).click();
    await pm.getByText('Approved', { exact: true }).first().waitFor();
    const payment = pm.getByRole('form', { name: 'Payment of Prototype built' });
    // A day as day, month by name and year.
    const today = new Date();
    const paidOn = payment.getByRole('group', { name: 'Date', exact: true });
    await paidOn.getByLabel('Day').fill(String(today.getUTCDate()));
    await paidOn.getByLabel('Month').selectOption(String(today.getUTCMonth() + 1));
    await paidOn.getByLabel('Year').fill(String(today.getUTCFullYear()));
    await payment.getByLabel('Amount').fill('4000');
    await payment.getByLabel('Reference').fill(`IOM-${run}-1`);
    await payment.getByRole('button', { name: 'Record the payment' }).click();
    await pm.getByText(new RegExp(`reference IOM-${run}-1`)).waitFor();
    const ledger = pm.getByRole('region', { name: 'Ledger' });
    await expect(ledger.textContent()).resolves.toMatch(
      /Paid[\s\S]*4[\s,.]?000[\s\S]*Outstanding[\s\S]*4[\s,.]?000/,
    );
    await shot(pm, '13-tranche-paid');

    // What the investor heard, counted at the server at the end: once per stage, whatever the crashes.
    expect(investorMails(/Solar dryers/).map((m) => m.subject)).toHaveLength(2);
    const figures = await api('GET', '/figures/funding', undefined, {
      as: { roles: ['programme-manager' as const] },
    });
    expect(figures.status).toBe(200);
    expect(figures.body.total).toMatchObject({ submitted: 3, qualified: 2, awarded: 1, jobsCreated: 3 });
  });

  it("shows the live results framework, opens a figure down to its events, and gives the quarter's reports with the same numbers", async () => {
    const asManager = { as: { roles: ['programme-manager' as const] } };
    // Reporting counts from the events: once the tranche shows, everything before it has been counted
    const live = await eventually(async () => {
      const found = await api('GET', '/logframe', undefined, asManager);
      const disbursed = found.body.indicators.find((i: { code: string }) => i.code === '2.1.c');
      expect(disbursed.cumulative).toBe(4000);
      return found.body as { quarter: { code: string }; indicators: { code: string; cumulative: number }[] };
    }, 30_000);
    const figure = (code: string) => live.indicators.find((i) => i.code === code)!.cumulative;
    expect(['2.1.a', '2.1.b', '2.1.d', '2.2.a', '2.2.b', '1.3.b'].map(figure)).toEqual([3, 1, 3, 1, 5000, 5]);

    const pm = pmReview;
    await pm.goto(url('/logframe'));
    await pm.getByRole('heading', { name: 'Results framework', level: 1 }).waitFor();
    const card = (name: string) => pm.getByRole('article', { name });
    const certified = card('1.3.b Trainers certified');
    await certified
      .getByRole('link', { name: '5: the sources of Trainers certified', exact: true })
      .waitFor();
    await certified
      .getByRole('link', { name: '3: the sources of Trainers certified, Woman', exact: true })
      .waitFor();
    await card('2.1.d Jobs created')
      .getByRole('link', { name: '3: the sources of Jobs created', exact: true })
      .waitFor();
    await card('2.2.a Investors engaged')
      .getByRole('link', { name: '1: the sources of Investors engaged', exact: true })
      .waitFor();
    await shot(pm, '14-results-framework');

    // A figure down to its source events
    await card('2.1.a Pilot proposals received')
      .getByRole('link', { name: '3: the sources of Pilot proposals received', exact: true })
      .click();
    await pm.getByRole('heading', { name: 'Sources of 2.1.a: Pilot proposals received', level: 1 }).waitFor();
    await pm.getByText('3 events in all.').waitFor();
    const sources = pm.getByRole('table', { name: 'The events behind the figure, oldest first' });
    await expect(
      sources.getByRole('row').filter({ hasText: 'funding.proposal.submitted' }).count(),
    ).resolves.toBe(3);
    await shot(pm, '15-sources');
    await pm.getByRole('link', { name: 'Back to the results framework' }).click();

    // The quarter's donor reports, read back: the same numbers
    const downloads = pm.getByRole('region', { name: `Reports of ${live.quarter.code}` });
    const save = async (button: string) => {
      const [download] = await Promise.all([
        pm.waitForEvent('download'),
        downloads.getByRole('button', { name: button }).click(),
      ]);
      return readFile((await download.path())!);
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await save('XLSX report')) as never);
    const rows = new Map<string, unknown[]>();
    book.getWorksheet('Indicators')!.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.set(String(values[0]), values);
    });
    for (const code of ['2.1.a', '2.1.b', '2.1.c', '2.1.d', '2.2.a', '2.2.b', '1.3.b'])
      expect(rows.get(code)).toEqual(expect.arrayContaining([figure(code)]));
    const pdf = await readPdf(await save('PDF report'));
    expect(pdf.text).toMatch(/2\.1\.a Pilot proposals received( \(\w+\))? 40 3 3/);
    expect(pdf.text).toMatch(/2\.1\.d Jobs created( \(\w+\))? 60 3 3/);
    expect(pdf.text).toMatch(/1\.3\.b Trainers certified( \(\w+\))? 200 5 5/);
  });
});
