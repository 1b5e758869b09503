import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberContactUpdated, PlacementAccepted, TorPublished } from '@ikiraro/contracts';
import {
  artifactsDir,
  eventually,
  launchBrowser,
  type MailCatcher,
  publishEvents,
  startMailCatcher,
} from '@ikiraro/testing';
import jsqr from 'jsqr';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { readPdf } from '@ikiraro/testing';
import { journeyEnv, type Platform, startPlatform } from './platform.ts';

// Training as a trainer meets it, from the invitation to the figures: the professional accepted a placement at IPRC
// Kigali, so training opened its ToT and the gateway invited them as a trainer. They sign in, plan two sessions
// (today and tomorrow), enrol three trainees from a CSV (dry run, then import) and open today's register on a
// laptop. Two trainees (Aline, Bosco) check in on their phones by scanning the QR on the trainer's screen (read
// from a screenshot with a real QR decoder) and typing their personal code; the third (Claire) is marked absent by
// hand while the laptop has no connection, the page reloaded offline (the service worker answers it); back
// online, the mark reaches the register exactly once; the trainer closes the register: today's session is held.
// Then the course's results: the trainer writes two questions, opens the pre-test; Aline and Bosco take it on
// their phones, Claire's paper score is entered by hand; the same for the post-test, and Aline answers the
// survey. The results show each trainee's normalised gain and the cohort's (from the means) with a chart. The
// trainer closes the course: with the programme's thresholds (80 % of held sessions, 60 on the post-test) only
// Aline is certified; her PDF, read back with pdfjs, names her and her verification code, which anyone checks
// on the public page without signing in, and which she sees on her own page. Aline, a teacher, records a session
// she gave her own students; the trainer sees it in the ToT's cascade and the IPRC's totals; reporting counts the
// trainer trained, the session held with its attendance by sex, the students reached and the ToT's gain. Last,
// the service worker's copies: the app shell kept, the ToTs' forgotten on sign-out. Screenshots land in
// test-artifacts/training/.

const DAY = 86_400_000;
const password = 'a long enough password';
const run = randomUUID().slice(0, 8);
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Now at the IPRC (Central Africa Time, UTC+2 all year): the day and the minute, as training reads sessions. */
function kigaliNow(plusDays = 0) {
  const local = new Date(Date.now() + 2 * 3_600_000 + plusDays * DAY).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
/** Two hours after `time`, or the day's last minute. */
const twoHoursAfter = (time: string) => {
  const minutes = Math.min(Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + 120, 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

const tor = { torId: `tor-tr-${run}`, title: 'Mechatronics trainer' };
const ada = {
  memberId: `m-ada-tr-${run}`,
  firstName: 'Ada',
  lastName: 'Uwase',
  email: `ada.tr.${run}@example.org`,
};
const placementId = `pl-tr-${run}`;
const title = 'Mechatronics for trainers, Kigali';
const trainees = [
  { name: 'Aline Mukamana', sex: 'woman', role: 'teacher', department: 'Mechatronics' },
  { name: 'Bosco Habimana', sex: 'man', role: 'teacher', department: 'Electrical' },
  { name: 'Claire Ingabire', sex: 'woman', role: 'student', department: 'Mechatronics' },
] as const;
const csv = [
  'name,sex,role,department,email,phone',
  ...trainees.map((t) => `${t.name},${t.sex},${t.role},${t.department},,`),
].join('\n');

/** Both tests' questions; the right answer of each by its index. */
const questions = [
  {
    text: 'What does PLC stand for?',
    options: ['Programmable logic controller', 'Power line circuit'],
    answer: 0,
  },
  { text: 'Which of these is a sensor?', options: ['A relay coil', 'A proximity switch'], answer: 1 },
];
const right = (index: number) => questions[index]!.options[questions[index]!.answer]!;
const wrong = (index: number) => questions[index]!.options[1 - questions[index]!.answer]!;
const cascadeSubject = 'Sensors for beginners';

/** A table row's cells (its row header first), as their text. */
const cellsOf = async (row: Locator) => {
  await row.waitFor();
  return (await row.locator('th, td').allTextContents()).map((text) => text.trim());
};
/** A list of facts (dt → dd) within `where`. */
const factsOf = async (where: Locator) => {
  await where.locator('dl.facts').first().waitFor();
  const terms = await where.locator('dl.facts > dt').allTextContents();
  const values = await where.locator('dl.facts > dd').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term.trim(), values[index]?.trim()]));
};
/** Reads the page again until `target` shows: for what arrives over Kafka after the action. */
const reloadUntil = (page: Page, target: Locator, timeoutMs = 30_000) =>
  eventually(
    async () => {
      if ((await target.count()) > 0) return;
      await page.reload();
      await target.waitFor({ timeout: 2_000 });
    },
    timeoutMs,
    500,
  );

// jsqr is CommonJS: its function is the module and, for typed imports, its `default` too.
const decodeQr = jsqr.default;

/** The register's status cell of a trainee, once it reads exactly `text`. */
const statusOf = (table: Locator, name: string, text: string) =>
  table
    .getByRole('row')
    .filter({ hasText: name })
    .locator('td[data-label="Status"]')
    .filter({ hasText: new RegExp(`^${text}$`) });

interface RegisterRow {
  traineeId: string;
  name: string | null;
  status: string | null;
}
interface Mark {
  markId: string;
  traineeId: string;
  status: string;
  source: string;
}

describe('a Training of Trainers, from the trainer’s invitation to certificates, the cascade and the figures', () => {
  let platform: Platform;
  let mail: MailCatcher;
  let browser: Browser;
  let laptop: BrowserContext;
  let trainer: Page;
  let sessionToday = '';
  const codes = new Map<string, string>();
  const shots = artifactsDir('training');
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const url = (path: string) => `${platform.gateway.url}${path}`;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);
  const pm = { as: 'programme-manager' as const };
  let verificationCode = '';
  /** A trainee's own page on a phone of their own, opened from the link of their code. */
  const phoneOf = async (name: string) => {
    const phone = await (await browser.newContext({ viewport: { width: 400, height: 860 } })).newPage();
    phone.setDefaultTimeout(10_000);
    await phone.goto(url(`/trainee?code=${codes.get(name)!}`));
    await phone.getByText(`You are ${name}.`).waitFor();
    return phone;
  };
  /** A trainee takes a test on their phone, choosing the options named: their score shows. */
  const takeTest = async (name: string, kind: 'pre' | 'post', choices: string[], score: number) => {
    const phone = await phoneOf(name);
    const when = kind === 'pre' ? 'start' : 'end';
    const section = phone.getByRole('region', { name: `Test at the ${when} of the course` });
    const form = section.getByRole('form', { name: `Take the test at the ${when} of the course` });
    for (const [index, choice] of choices.entries())
      await form
        .getByRole('group', { name: new RegExp(`^Question ${index + 1} of ${questions.length}:`) })
        .getByRole('radio', { name: choice, exact: true })
        .check();
    await form.getByRole('button', { name: 'Send my answers' }).click();
    await section.getByText(`Your score: ${score} %.`).waitFor();
    await shot(phone, `11-${kind}-test-${name.split(' ')[0]!.toLowerCase()}`);
    return phone;
  };
  const register = async () =>
    (await api('GET', `/tots/${placementId}/sessions/${sessionToday}/register`, undefined, pm)).body as {
      trainees: RegisterRow[];
      marks: Mark[];
      closedAt: string | null;
    };

  beforeAll(async () => {
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    platform = await startPlatform(journeyEnv());
    browser = await launchBrowser();
    const period = { start: inDays(-1), end: inDays(59) };
    await publishEvents(MemberContactUpdated, [
      {
        subject: ada.memberId,
        data: {
          memberId: ada.memberId,
          email: ada.email,
          firstName: ada.firstName,
          lastName: ada.lastName,
          locale: 'en',
          opportunities: false,
          subjects: ['Mechatronics'],
        },
      },
    ]);
    await publishEvents(TorPublished, [
      {
        subject: tor.torId,
        data: {
          torId: tor.torId,
          iprc: 'KGL',
          subject: 'Mechatronics',
          title: tor.title,
          experts: 1,
          period,
          durationMonths: 2,
        },
      },
    ]);
    // The ToT's first title names the ToR's when training has read it by then: the trainer sets their own below.
    await publishEvents(PlacementAccepted, [
      {
        subject: placementId,
        data: {
          placementId,
          applicationId: `app-tr-${run}`,
          torId: tor.torId,
          memberId: ada.memberId,
          iprc: 'KGL',
          period,
          email: ada.email,
          name: `${ada.firstName} ${ada.lastName}`,
        },
      },
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await mail?.stop();
  });

  it('invites the professional as a trainer, who signs in and plans two sessions', async () => {
    const invitation = await platform.gateway.mail.waitFor(ada.email, {
      since: new Date(0),
      timeoutMs: 30_000,
    });
    const token = new URL(
      invitation.links.find((link) => link.includes('/accept-invitation'))!,
    ).searchParams.get('token');
    expect((await api('POST', '/auth/invitations/accept', { token, password })).status).toBe(204);
    await eventually(async () => {
      expect((await api('GET', `/tots/${placementId}`, undefined, pm)).status).toBe(200);
    }, 30_000);

    laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    trainer = await laptop.newPage();
    trainer.setDefaultTimeout(10_000);
    await trainer.goto(url('/tots'));
    await trainer.getByLabel('Email address').fill(ada.email);
    await trainer.getByLabel('Password', { exact: true }).fill(password);
    await trainer.getByRole('button', { name: 'Sign in' }).click();
    await trainer.getByRole('heading', { name: 'Trainings of Trainers', level: 1 }).waitFor();
    await trainer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).waitFor();
    const list = trainer.getByRole('table', { name: 'Trainings of Trainers, soonest first' });
    const row = list.getByRole('row').filter({ hasText: `${ada.firstName} ${ada.lastName}` });
    await row.getByText('IPRC Kigali').waitFor();
    await row.getByText('Being planned').waitFor();
    await shot(trainer, '01-tots');
    await row.getByRole('link').first().click();
    await trainer.getByRole('heading', { name: /^Training of Trainers/, level: 1 }).waitFor();

    const plan = trainer.getByRole('form', { name: 'The course’s plan' });
    await plan.getByLabel('Title').fill(title);
    await plan.getByLabel('Outline').fill('Day 1: PLC basics. Day 2: sensors and actuators.');
    await plan.getByLabel('Capacity').fill('24');
    await plan.getByRole('button', { name: 'Save the plan' }).click();
    await trainer.getByRole('heading', { name: title, level: 1 }).waitFor();

    const now = kigaliNow();
    const plans = [
      {
        date: now.date,
        start: now.time,
        end: twoHoursAfter(now.time),
        room: 'Workshop B2',
        topic: 'PLC basics',
      },
      { date: kigaliNow(1).date, start: '09:00', end: '12:00', room: 'Workshop B2', topic: 'Sensors' },
    ];
    const sessions = trainer.getByRole('table', { name: 'Sessions, in order' });
    for (const plan of plans) {
      const form = trainer.getByRole('form', { name: 'Add a session' });
      const date = form.getByRole('group', { name: 'Date' });
      await date.getByLabel('Day').fill(String(Number(plan.date.slice(8, 10))));
      await date.getByLabel('Month').selectOption(String(Number(plan.date.slice(5, 7))));
      await date.getByLabel('Year').fill(plan.date.slice(0, 4));
      await form.getByLabel('Start').fill(plan.start);
      await form.getByLabel('End').fill(plan.end);
      await form.getByLabel('Room').fill(plan.room);
      await form.getByLabel('Topic').fill(plan.topic);
      await form.getByRole('button', { name: 'Add the session' }).click();
      await sessions.getByRole('row').filter({ hasText: plan.topic }).waitFor();
    }
    const stored = await api('GET', `/tots/${placementId}`, undefined, pm);
    expect(stored.body).toMatchObject({ title, capacity: 24 });
    const list2 = stored.body.sessionList as { id: string; topic: string; date: string; start: string }[];
    expect(list2.map((s) => [s.topic, s.date, s.start])).toEqual(
      plans.map((p) => [p.topic, p.date, p.start]),
    );
    sessionToday = list2.find((s) => s.topic === 'PLC basics')!.id;
    await shot(trainer, '02-sessions');
  });

  it('enrols three trainees from a CSV: a dry run row by row, then the import', async () => {
    const form = trainer.getByRole('form', { name: 'Import a list of trainees' });
    await form.getByLabel('CSV file').setInputFiles({
      name: 'trainees.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await form.getByRole('button', { name: 'Check the list' }).click();
    const report = trainer.getByRole('region', { name: 'Report of trainees.csv' });
    await report.getByText('To enrol').waitFor();
    expect(await report.locator('.figures__item', { hasText: 'To enrol' }).locator('dd').textContent()).toBe(
      '3',
    );
    await shot(trainer, '03-dry-run');
    await report.getByRole('button', { name: 'Import the list' }).click();
    await trainer.getByText('3 trainees enrolled.').waitFor();

    const table = trainer.getByRole('table', { name: 'Trainees' });
    for (const trainee of trainees) {
      const row = table.getByRole('row').filter({ hasText: trainee.name });
      await row.waitFor();
      const code = (await row.locator('td[data-label="Personal code"]').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
      codes.set(trainee.name, code);
    }
    expect(new Set(codes.values()).size).toBe(3);
    await shot(trainer, '04-trainees');

    // The handout: one card per trainee, their code and a QR of their own page's link.
    await trainer.getByRole('link', { name: 'Print the codes to hand out' }).click();
    const cards = trainer.getByRole('list', { name: 'Trainees’ codes' }).getByRole('listitem');
    await expect(cards.count()).resolves.toBe(3);
    for (const trainee of trainees) {
      const card = cards.filter({ hasText: trainee.name });
      const code = codes.get(trainee.name)!;
      await card.getByText(code, { exact: true }).waitFor();
      const png = PNG.sync.read(await card.getByRole('img').screenshot());
      expect(decodeQr(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
        url(`/trainee?code=${code}`),
      );
    }
    await shot(trainer, '04b-handout');
    await trainer.getByRole('link', { name: 'Back to the Training of Trainers' }).click();
    await trainer.getByRole('heading', { name: title, level: 1 }).waitFor();
  });

  it('checks two trainees in from their phones by the QR on the trainer’s screen', async () => {
    await trainer
      .getByRole('table', { name: 'Sessions, in order' })
      .getByRole('row')
      .filter({ hasText: 'PLC basics' })
      .getByRole('link', { name: 'Attendance' })
      .click();
    await trainer.getByRole('heading', { name: /^Attendance: PLC basics/, level: 1 }).waitFor();
    // The service worker controls the page from its first load (it claims it once active).
    await trainer.waitForFunction('navigator.serviceWorker?.controller !== null', undefined, {
      timeout: 20_000,
    });
    const qr = trainer.getByRole('img', { name: 'Check-in QR code' });
    await expect(qr.getAttribute('src')).resolves.toMatch(/^data:image\/png/);
    await shot(trainer, '05-attendance');

    for (const name of [trainees[0].name, trainees[1].name]) {
      const png = PNG.sync.read(await qr.screenshot());
      const read = decodeQr(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(read).not.toBeNull();
      const scanned = new URL(read!.data);
      expect(`${scanned.origin}${scanned.pathname}`).toBe(url('/check-in'));
      const phone = await (await browser.newContext({ viewport: { width: 400, height: 860 } })).newPage();
      phone.setDefaultTimeout(10_000);
      await phone.goto(read!.data);
      const form = phone.getByRole('form', { name: 'Your personal code' });
      await form.getByLabel('Personal code').fill(codes.get(name)!);
      await form.getByRole('button', { name: 'Check in' }).click();
      await phone.getByText('You are checked in: PLC basics', { exact: false }).waitFor();
      await phone.getByText('Present', { exact: true }).waitFor();
      await shot(phone, `06-checked-in-${name.split(' ')[0]!.toLowerCase()}`);
      await phone.context().close();
    }

    // The register refreshes by itself: both show present, as checked in.
    const table = trainer.getByRole('table', { name: 'Register' });
    for (const name of [trainees[0].name, trainees[1].name])
      await statusOf(table, name, 'Present').waitFor({ timeout: 20_000 });
    const stored = await register();
    expect(stored.marks.map((m) => m.source)).toEqual(['qr', 'qr']);
  });

  it('takes a mark by hand without a connection, after an offline reload, and syncs it exactly once', async () => {
    // Wait for a refresh of the register answered while the worker controls the page: that copy is what it
    // answers offline.
    await trainer.waitForResponse((r) => r.url().endsWith(`/sessions/${sessionToday}/register`) && r.ok(), {
      timeout: 20_000,
    });
    await laptop.setOffline(true);
    const registerOffline = trainer.waitForResponse((r) =>
      r.url().endsWith(`/sessions/${sessionToday}/register`),
    );
    const page = await trainer.reload();
    // The page and the register come from the service worker's copies: there is no network.
    expect(page?.fromServiceWorker()).toBe(true);
    expect((await registerOffline).fromServiceWorker()).toBe(true);
    await trainer.getByRole('heading', { name: /^Attendance: PLC basics/, level: 1 }).waitFor();
    await trainer.getByText('No connection.', { exact: false }).waitFor();
    const table = trainer.getByRole('table', { name: 'Register' });
    const third = table.getByRole('row').filter({ hasText: trainees[2].name });
    await third.waitFor();
    await third.getByRole('button', { name: 'Absent' }).click();
    const sync = trainer.getByRole('status').filter({ hasText: 'waiting to sync' });
    await sync.getByText('1 mark waiting to sync').waitFor();
    await statusOf(table, trainees[2].name, 'Absent waiting to sync').waitFor();
    await shot(trainer, '07-offline-mark');
    // Nothing reached the server.
    expect((await register()).marks.filter((m) => m.source === 'hand')).toEqual([]);

    await laptop.setOffline(false);
    await trainer.getByText('All marks are synced').waitFor({ timeout: 30_000 });
    const stored = await register();
    const byHand = stored.marks.filter((m) => m.source === 'hand');
    expect(byHand).toHaveLength(1);
    const claire = stored.trainees.find((t) => t.name === trainees[2].name)!;
    expect(byHand[0]).toMatchObject({ traineeId: claire.traineeId, status: 'absent' });
    expect(claire.status).toBe('absent');
    // The queue sends no more: still one mark by hand after another refresh.
    await trainer.waitForResponse((r) => r.url().endsWith(`/sessions/${sessionToday}/register`) && r.ok(), {
      timeout: 20_000,
    });
    expect((await register()).marks.filter((m) => m.source === 'hand')).toHaveLength(1);
    await statusOf(table, trainees[2].name, 'Absent').waitFor();
    await shot(trainer, '08-synced');
  });

  it('closes the register: the session is held', async () => {
    await trainer.getByRole('button', { name: 'Close the register' }).click();
    await trainer.getByRole('button', { name: 'Close it now' }).click();
    await trainer.getByText('The register is closed', { exact: false }).first().waitFor();
    expect((await register()).closedAt).not.toBeNull();
    const tot = await api('GET', `/tots/${placementId}`, undefined, pm);
    expect(tot.body.sessionList.find((s: { id: string }) => s.id === sessionToday).status).toBe('held');
    expect(tot.body.held).toBe(1);
    await shot(trainer, '09-closed');
  });

  it('runs the pre- and post-tests: phones and paper, each trainee’s gain and the cohort’s, and the survey', async () => {
    await trainer.goto(url(`/tots/${placementId}`));
    await trainer.getByRole('heading', { name: title, level: 1 }).waitFor();
    await trainer
      .getByRole('navigation', { name: 'Results' })
      .getByRole('link', { name: 'Tests and learning gain' })
      .click();
    await trainer.waitForURL(url(`/tots/${placementId}/assessment`));
    await trainer.getByRole('heading', { name: 'Assessment', level: 1 }).waitFor();

    // Two questions, written in the editor: the first is there, the second is added.
    const editor = trainer.getByRole('form', { name: 'The question set' });
    await editor.getByRole('button', { name: 'Add a question' }).click();
    for (const [index, question] of questions.entries()) {
      const number = index + 1;
      const fields = editor.getByRole('group', { name: `Question ${number}`, exact: true });
      await fields.getByLabel(`Text of question ${number}`).fill(question.text);
      const options = fields.getByRole('group', { name: `Options of question ${number}` });
      for (const [option, text] of question.options.entries()) {
        const letter = String.fromCharCode(65 + option);
        await options.getByLabel(`Option ${letter}`, { exact: true }).fill(text);
      }
      await options
        .getByRole('radio', { name: `${String.fromCharCode(65 + question.answer)} is the right answer` })
        .check();
    }
    await editor.getByRole('button', { name: 'Save the questions' }).click();
    await trainer.getByText('The questions are saved.').waitFor();
    const tests = trainer.getByRole('region', { name: 'Pre- and post-test' });
    await tests.getByRole('button', { name: 'Open the pre-test' }).click();
    await tests.getByText('The pre-test is open: trainees take it on their phones.').waitFor();
    await shot(trainer, '10-pre-test-open');

    // On their phones: Aline gets the first right and the second wrong, Bosco neither.
    await (await takeTest(trainees[0].name, 'pre', [right(0), wrong(1)], 50)).context().close();
    await (await takeTest(trainees[1].name, 'pre', [wrong(0), wrong(1)], 0)).context().close();
    // Claire took it on paper: her score by hand (the page read again shows who took it on a phone).
    await trainer.reload();
    const preByHand = trainer.getByRole('form', { name: 'Pre-test scores by hand' });
    const claireBefore = preByHand.getByLabel(`Pre-test score of ${trainees[2].name} (%)`);
    await claireBefore.waitFor();
    await expect(preByHand.getByRole('textbox').count()).resolves.toBe(1);
    await claireBefore.fill('40');
    await preByHand.getByRole('button', { name: 'Save the pre-test scores' }).click();
    await trainer.getByText('The pre-test scores are saved.').waitFor();
    await tests.getByRole('button', { name: 'Close the pre-test' }).click();
    await tests.getByText('The pre-test is closed.').waitFor();
    await tests.getByRole('button', { name: 'Open the post-test' }).click();
    await tests.getByText('The post-test is open: trainees take it on their phones.').waitFor();

    // The post-test: Aline both right, Bosco one; then Aline answers the survey on the same phone.
    const aline = await takeTest(trainees[0].name, 'post', [right(0), right(1)], 100);
    const survey = aline.getByRole('form', { name: 'Your opinion of the course' });
    const ratings = { 'What was taught': '5 – excellent', 'How it was taught': '4' } as Record<
      string,
      string
    >;
    for (const item of [
      'What was taught',
      'How it was taught',
      'How useful it is for your own teaching',
      'Organisation: rooms, times, materials',
    ])
      await survey
        .getByRole('group', { name: item })
        .getByRole('radio', { name: ratings[item] ?? '3', exact: true })
        .check();
    await survey.getByLabel('Comment (optional)').fill('More time on the PLC, please.');
    await survey.getByRole('button', { name: 'Send my opinion' }).click();
    await aline.getByText('Thank you: your opinion was received.').waitFor();
    await shot(aline, '12-survey-aline');
    await aline.context().close();
    await (await takeTest(trainees[1].name, 'post', [right(0), wrong(1)], 50)).context().close();

    await trainer.reload();
    const postByHand = trainer.getByRole('form', { name: 'Post-test scores by hand' });
    await postByHand.getByLabel(`Post-test score of ${trainees[2].name} (%)`).fill('70');
    await postByHand.getByRole('button', { name: 'Save the post-test scores' }).click();
    await trainer.getByText('The post-test scores are saved.').waitFor();

    // Each trainee: pre, post, g = (post − pre) / (100 − pre).
    const results = trainer.getByRole('table', { name: 'Each trainee’s scores and normalised gain' });
    const expected = [
      [trainees[0].name, 'Woman', '50', '100', '1.00'],
      [trainees[1].name, 'Man', '0', '50', '0.50'],
      [trainees[2].name, 'Woman', '40 (by hand)', '70 (by hand)', '0.50'],
    ];
    for (const row of expected)
      await expect(cellsOf(results.getByRole('row').filter({ hasText: row[0] }))).resolves.toEqual(row);
    // The cohort's gain is the gain of the means: pre 30, post 73.3, (73.3 − 30) / (100 − 30) = 0.62; and each
    // sex's: women 45 → 85, 0.73; men 0 → 50, 0.50.
    const groups = trainer.getByRole('table', { name: 'Learning gain of the cohort and of each sex' });
    for (const row of [
      ['Cohort', '3', '30', '73.3', '0.62'],
      ['Woman', '2', '45', '85', '0.73'],
      ['Man', '1', '0', '50', '0.50'],
    ])
      await expect(
        cellsOf(
          groups
            .getByRole('row')
            .filter({ has: trainer.getByRole('rowheader', { name: row[0], exact: true }) }),
        ),
      ).resolves.toEqual(row);
    // The chart: an svg with a bar for each non-zero mean (women pre and post, men post; men's pre is 0).
    const chart = trainer.locator('figure.chart', { hasText: 'Mean pre- and post-test scores by sex' });
    await chart.locator('svg .recharts-bar-rectangle path').first().waitFor();
    await expect(chart.locator('svg .recharts-bar-rectangle path').count()).resolves.toBe(3);
    const feedback = trainer.getByRole('region', { name: 'End-of-course survey' });
    await feedback.getByText('1 trainee answered.').waitFor();
    await feedback.getByText('More time on the PLC, please.').waitFor();
    await shot(trainer, '13-results');
  });

  it('closes the course after a confirmation: only Aline meets the thresholds, and her PDF names her', async () => {
    const close = trainer.getByRole('region', { name: 'Close the course' });
    await close.getByRole('button', { name: 'Close the course' }).click();
    // The question states the programme's thresholds: 80 % of the held sessions and 60 % on the post-test.
    const question = close.getByRole('group', { name: /^Close the course for good\?/ });
    await question
      .getByText('at least 80% of the held sessions and scored at least 60%', { exact: false })
      .waitFor();
    await question.getByRole('button', { name: 'Yes, close the course' }).click();
    await trainer.getByText('This course is closed: its assessment no longer changes.').waitFor();
    await expect(trainer.getByRole('region', { name: 'Close the course' }).count()).resolves.toBe(0);

    // Aline: present at the one held session, 100 on the post-test. Bosco: present, 50. Claire: absent, 70.
    await trainer.getByRole('link', { name: 'Back to the Training of Trainers' }).click();
    await trainer.getByRole('heading', { name: title, level: 1 }).waitFor();
    await trainer
      .getByRole('navigation', { name: 'Results' })
      .getByRole('link', { name: 'Certificates' })
      .click();
    await trainer
      .getByRole('heading', { name: 'Certificates of the Training of Trainers', level: 1 })
      .waitFor();
    const list = trainer.getByRole('table', { name: 'Certificates, newest first' });
    // Issued from the ToT's closing event: read again until they are there.
    await reloadUntil(trainer, list.getByRole('row').filter({ hasText: trainees[0].name }));
    await expect(list.getByRole('row').count()).resolves.toBe(2); // the header and Aline's
    await expect(cellsOf(list.getByRole('row').nth(1))).resolves.toEqual(
      expect.arrayContaining([trainees[0].name, 'Training', title, 'Valid']),
    );
    await shot(trainer, '14-certificates');

    const [download] = await Promise.all([
      trainer.waitForEvent('download'),
      list.getByRole('button', { name: `Download the PDF of ${trainees[0].name}` }).click(),
    ]);
    verificationCode = /^certificate-(.+)\.pdf$/.exec(download.suggestedFilename())?.[1] ?? '';
    expect(verificationCode).not.toBe('');
    const pdf = await readPdf(await readFile((await download.path())!));
    expect(pdf.text).toContain(trainees[0].name);
    expect(pdf.text).toContain(verificationCode);
    expect(pdf.info.Subject).toBe(`Verification code ${verificationCode}`);
    // Its link opens the verification page of its code (on the portal's origin, PUBLIC_URL: not set here).
    expect(
      pdf.links.map((link) => new URL(String(link))).map((link) => `${link.pathname}${link.search}`),
    ).toEqual([`/certificate?code=${verificationCode}`]);
  });

  it('verifies the certificate for anyone, by its link and by its code typed, and shows it on Aline’s page', async () => {
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await visitor.newPage();
    page.setDefaultTimeout(10_000);
    const facts = async () => {
      const result = page.getByRole('region', { name: `Certificate ${verificationCode}` });
      await result.getByRole('status').getByText('Valid: a certificate of training.').waitFor();
      await expect(factsOf(result)).resolves.toMatchObject({
        Holder: trainees[0].name,
        Course: title,
        IPRC: 'IPRC Kigali',
      });
    };
    await page.goto(url(`/certificate?code=${verificationCode}`));
    await page.getByRole('heading', { name: 'Check a certificate', level: 1 }).waitFor();
    await facts();
    await shot(page, '15-verified');

    await page.goto(url('/certificate'));
    const form = page.getByRole('form', { name: 'Check a certificate' });
    await form.getByLabel('Verification code').fill(verificationCode);
    await form.getByRole('button', { name: 'Check' }).click();
    await facts();
    await visitor.close();

    const aline = await phoneOf(trainees[0].name);
    const own = aline.getByRole('region', { name: 'Your certificate' });
    await own.getByText('Valid: a certificate of training.').waitFor();
    await own.getByText(verificationCode, { exact: true }).waitFor();
    await expect(factsOf(own)).resolves.toMatchObject({ Holder: trainees[0].name, Course: title });
    await shot(aline, '16-own-certificate');
    await aline.context().close();
  });

  it('lets Aline record a session she gave her own students, which the trainer sees in the cascade', async () => {
    const aline = await phoneOf(trainees[0].name);
    const form = aline.getByRole('form', { name: 'Record a session you gave' });
    const today = kigaliNow().date;
    const date = form.getByRole('group', { name: 'Day of the session' });
    await date.getByLabel('Day').fill(String(Number(today.slice(8, 10))));
    await date.getByLabel('Month').selectOption(String(Number(today.slice(5, 7))));
    await date.getByLabel('Year').fill(today.slice(0, 4));
    await form.getByLabel('Subject taught').fill(cascadeSubject);
    const students = form.getByRole('group', { name: 'Your students, by sex' });
    await students.getByLabel('Woman', { exact: true }).fill('7');
    await students.getByLabel('Man', { exact: true }).fill('5');
    await form.getByRole('button', { name: 'Record the session' }).click();
    await aline.getByText(`Recorded: ${cascadeSubject}, 12 students.`).waitFor();
    await aline
      .getByRole('region', { name: 'Sessions you recorded' })
      .getByText('12 students (Woman 7, Man 5)')
      .waitFor();
    await shot(aline, '17-cascade-aline');
    await aline.context().close();

    await trainer.getByRole('link', { name: 'Back to the Training of Trainers' }).click();
    await trainer.getByRole('heading', { name: title, level: 1 }).waitFor();
    await trainer.getByRole('navigation', { name: 'Results' }).getByRole('link', { name: 'Cascade' }).click();
    await trainer.getByRole('heading', { name: `Cascade: ${title}`, level: 1 }).waitFor();
    // The tree: the trainer → Aline → her session.
    const tree = trainer.getByRole('article', { name: `${ada.firstName} ${ada.lastName}: ${title}` });
    const teacher = tree.getByRole('region', { name: trainees[0].name });
    await reloadUntil(trainer, teacher.getByRole('row').filter({ hasText: cascadeSubject }));
    await tree
      .getByText('IPRC Kigali · 1 sessions · 12 students (Woman 7, Man 5).', { exact: false })
      .waitFor();
    await expect(teacher.getByRole('heading').textContent()).resolves.toBe(
      `${trainees[0].name}, ${trainees[0].department}: 12 students (Woman 7, Man 5)`,
    );
    const given = teacher.getByRole('table', { name: `Sessions given by ${trainees[0].name}` });
    await expect(cellsOf(given.getByRole('row').nth(1))).resolves.toEqual([
      expect.any(String),
      cascadeSubject,
      'Woman 7, Man 5',
      '12',
      'The teacher',
    ]);
    await shot(trainer, '18-cascade');
    // Loaded afresh here, the page still has a sign-out forget the ToT copies it keeps (the last test signs out).
    await trainer.reload();
    await tree.getByText('IPRC Kigali · 1 sessions', { exact: false }).waitFor();
    // The whole cascade: the totals of IPRC Kigali.
    await trainer.getByRole('link', { name: 'The whole cascade' }).click();
    const totals = trainer.getByRole('table', { name: 'Cascade totals per IPRC' });
    await expect(
      cellsOf(
        totals
          .getByRole('row')
          .filter({ has: trainer.getByRole('rowheader', { name: 'IPRC Kigali', exact: true }) }),
      ),
    ).resolves.toEqual(['IPRC Kigali', '1', '1', '1', 'Woman 7, Man 5', '12']);
    await shot(trainer, '19-cascade-totals');
  });

  it('counts it all in reporting: a trainer trained, the session held, the cascade and the ToT’s gain', async () => {
    await eventually(async () => {
      const figures = await api('GET', '/figures/training', undefined, pm);
      expect(figures.status).toBe(200);
      const kgl = figures.body.KGL;
      expect(kgl).toMatchObject({
        totsOpened: 1,
        trainersTrained: 1,
        trainersTrainedBySex: { woman: 1 },
        sessionsHeld: 1,
        // Present at today's session: Aline (a woman) and Bosco (a man); Claire was absent.
        attendancesBySex: { woman: 1, man: 1 },
        cascadeSessions: 1,
        studentsReachedBySex: { woman: 7, man: 5 },
      });
      const gain = kgl.learningGainByTot[placementId];
      expect(gain).toMatchObject({ trainees: 3, pre: 30 });
      expect(gain.post).toBeCloseTo(73.333, 2);
      expect(gain.gain).toBeCloseTo(0.619, 3);
      expect(kgl.meanGain).toBeCloseTo(0.619, 3);
    }, 30_000);
  });

  it('keeps copies of the app shell and of ToTs only, and forgets the ToTs’ on sign-out', async () => {
    // Run in the page (the journeys' TypeScript has no DOM types: the script is text).
    const cached = () =>
      trainer.evaluate<{ names: string[]; shell: string[]; training: string[] }>(`(async () => {
        const names = await caches.keys();
        // caches.open would make a cache that is not there: only those that are are read.
        const paths = async (name) =>
          names.includes(name)
            ? (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)
            : [];
        return { names, shell: await paths('ikiraro-shell-v1'), training: await paths('ikiraro-training-v1') };
      })()`);
    const before = await cached();
    expect(before.training).toContain(`/api/v1/tots/${placementId}/sessions/${sessionToday}/register`);
    // Nothing but ToT answers in the ToT cache, never the rotating check-in code, never a POST.
    for (const path of before.training) {
      expect(path.startsWith('/api/v1/tots/')).toBe(true);
      expect(path.endsWith('/check-in-code')).toBe(false);
    }
    // The shell: the document, the built assets and the programme's definition; no other API answer.
    for (const path of before.shell)
      expect(path === '/index.html' || path === '/api/v1/programme' || path.startsWith('/assets/')).toBe(
        true,
      );
    expect(before.shell).toContain('/index.html');

    await trainer.getByRole('button', { name: `${ada.firstName} ${ada.lastName}` }).click();
    await trainer.getByRole('button', { name: 'Sign out' }).click();
    await trainer.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await eventually(async () => expect((await cached()).names).not.toContain('ikiraro-training-v1'));
    expect((await cached()).names).toContain('ikiraro-shell-v1');
  });
});
