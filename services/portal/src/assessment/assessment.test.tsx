import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n.ts';
import { programmeFixture } from '../testing/programme.fixture.ts';
import { type Answers, Problem } from '../testing/render-at.tsx';
import type { Assessment, TraineeScore } from './assessment.api.ts';
import { assessmentRoutes } from './assessment.routes.tsx';
import { renderStaffPage } from './render-staff-page.tsx';
import { signInAs as signInAsStaff } from '../testing/sign-in.ts';

/** The programme with the thresholds of a training certificate (the fixture has no checklists). */
const programme = {
  ...programmeFixture,
  checklists: {
    placement: [],
    cancellation: [],
    trainingCertificate: { minAttendanceShare: 0.8, minPostTestScore: 60 },
  },
};

const trainee = (overrides: Partial<TraineeScore> = {}): TraineeScore => ({
  traineeId: 'tr1',
  name: 'Grace Mukamana',
  sex: 'woman',
  role: 'teacher',
  pre: 40,
  post: 70,
  preBy: 'test',
  postBy: 'test',
  gain: 0.5,
  ...overrides,
});

const assessment = (overrides: Partial<Assessment> = {}): Assessment => ({
  totId: 't1',
  totStatus: 'planning',
  questions: [{ id: 'q1', text: 'What does a PLC read?', options: ['Inputs', 'Poems'], answer: 0 }],
  questionsLocked: true,
  tests: {
    pre: { status: 'closed', openedAt: '2027-01-11T08:00:00Z', closedAt: '2027-01-11T09:00:00Z', scored: 2 },
    post: { status: 'pending', openedAt: null, closedAt: null, scored: 1 },
  },
  trainees: [
    trainee(),
    trainee({
      traineeId: 'tr2',
      name: 'Jean Habimana',
      sex: 'man',
      pre: 50,
      post: null,
      preBy: 'hand',
      postBy: null,
      gain: null,
    }),
  ],
  cohort: { trainees: 1, pre: 40, post: 70, gain: 0.5 },
  bySex: [
    { sex: 'woman', trainees: 1, pre: 40, post: 70, gain: 0.5 },
    { sex: 'man', trainees: 0, pre: null, post: null, gain: null },
  ],
  feedback: {
    count: 2,
    means: { content: 4.5, trainer: 4, relevance: 3.5, organisation: 5 },
    comments: ['More practice on the PLC, please.'],
  },
  ...overrides,
});

const signInAs = (roles: string[], answers: Answers = {}) =>
  signInAsStaff(
    roles,
    {
      '/programme': programme,
      ...answers,
    },
    { iprc: 'KGL' },
  );

const cells = (row: HTMLElement) =>
  [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')].map(
    (cell) => cell.textContent,
  );

describe('the assessment page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => chooseLanguage('en'));

  it('shows each trainee’s scores and gain, the formula, the cohort’s and each sex’s gain, a chart and the survey', async () => {
    await signInAs(['trainer'], { '/tots/t1/assessment': assessment() });
    renderStaffPage(assessmentRoutes, '/tots/t1/assessment');

    const table = await screen.findByRole('table', { name: 'Each trainee’s scores and normalised gain' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['Grace Mukamana', 'Woman', '40', '70', '0.50'],
      ['Jean Habimana', 'Man', '50 (by hand)', '—', '—'],
    ]);
    expect(screen.getByText(/^g = \(post − pre\) \/ \(100 − pre\)/)).toBeTruthy();
    const groups = screen.getByRole('table', { name: 'Learning gain of the cohort and of each sex' });
    expect(within(groups).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['Cohort', '1', '40', '70', '0.50'],
      ['Woman', '1', '40', '70', '0.50'],
      ['Man', '0', '—', '—', '—'],
    ]);
    // The chart: recharts draws one bar per sex with both means (the man's has none yet, so is left out).
    const chart = screen.getByRole('img', { name: 'Mean pre- and post-test scores by sex' });
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2));
    expect(chart.textContent).toContain('Woman');
    expect(chart.textContent).not.toContain('Man');

    const survey = screen.getByRole('region', { name: 'End-of-course survey' });
    expect(survey.textContent).toContain('2 trainees answered.');
    expect(survey.textContent).toContain('What was taught4.50 of 5');
    expect(survey.textContent).toContain('More practice on the PLC, please.');
    // Locked questions are shown, not edited.
    expect(
      screen.getByText('A trainee took a test on their phone: the questions can no longer change.'),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'The question set' })).toBeNull();
  });

  it('saves a question set with its options and the right answer, checked before it is sent', async () => {
    let current = assessment({ questions: [], questionsLocked: false });
    const requests = await signInAs(['trainer'], {
      '/tots/t1/assessment': () => current,
      'PUT /tots/t1/assessment/questions': () => current,
    });
    renderStaffPage(assessmentRoutes, '/tots/t1/assessment');
    const form = await screen.findByRole('form', { name: 'The question set' });

    fireEvent.change(within(form).getByLabelText('Text of question 1'), { target: { value: 'Ohm’s law?' } });
    fireEvent.change(within(form).getByLabelText('Option A'), { target: { value: 'U = R·I' } });
    fireEvent.change(within(form).getByLabelText('Option B'), { target: { value: 'U = R/I' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the questions' }));
    expect(await within(form).findByText('Choose the right answer of each question.')).toBeTruthy();
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);

    fireEvent.click(within(form).getByRole('button', { name: 'Add an option to question 1' }));
    fireEvent.change(within(form).getByLabelText('Option C'), { target: { value: ' U = I/R ' } });
    fireEvent.click(within(form).getByLabelText('A is the right answer'));
    current = assessment({ questionsLocked: false });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the questions' }));

    expect(await screen.findByText('The questions are saved.')).toBeTruthy();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.path).toBe('/tots/t1/assessment/questions');
    expect(put.body).toEqual({
      questions: [{ text: 'Ohm’s law?', options: ['U = R·I', 'U = R/I', 'U = I/R'], answer: 0 }],
    });
  });

  it('opens the post-test and enters by hand only the scores of trainees who took none on their phone', async () => {
    let current = assessment();
    const requests = await signInAs(['iprc-focal-point'], {
      '/tots/t1/assessment': () => current,
      'POST /tots/t1/assessment/post/open': () => current,
      'PUT /tots/t1/assessment/post/scores': () => current,
    });
    renderStaffPage(assessmentRoutes, '/tots/t1/assessment');
    const tests = await screen.findByRole('region', { name: 'Pre- and post-test' });
    // The pre-test was closed: it may open again; the post-test has not opened yet.
    current = assessment({
      tests: {
        ...assessment().tests,
        post: { status: 'open', openedAt: '2027-03-10T08:00:00Z', closedAt: null, scored: 1 },
      },
    });
    fireEvent.click(within(tests).getByRole('button', { name: 'Open the post-test' }));
    expect(
      await within(tests).findByText('The post-test is open: trainees take it on their phones.'),
    ).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST' && r.path === '/tots/t1/assessment/post/open')).toBe(
      true,
    );
    expect(within(tests).getByRole('button', { name: 'Close the post-test' })).toBeTruthy();

    const form = within(tests).getByRole('form', { name: 'Post-test scores by hand' });
    // Grace took the post-test on her phone: no field for her.
    expect(within(form).queryByLabelText('Post-test score of Grace Mukamana (%)')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Post-test score of Jean Habimana (%)'), {
      target: { value: '120' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the post-test scores' }));
    expect(
      await within(form).findByText('The score of Jean Habimana is a number from 0 to 100.', {
        selector: '.field__error',
      }),
    ).toBeTruthy();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Post-test score of Jean Habimana (%)'), {
      target: { value: '72,5' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the post-test scores' }));
    expect(await within(form).findByText('The post-test scores are saved.')).toBeTruthy();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe('/tots/t1/assessment/post/scores');
    expect(put.body).toEqual({ scores: [{ traineeId: 'tr2', score: 72.5 }] });
  });

  it('closes the course after a confirmation that names the programme’s thresholds, and shows a refusal in French', async () => {
    await chooseLanguage('fr');
    const requests = await signInAs(['programme-manager'], {
      '/tots/t1/assessment': assessment(),
      'POST /tots/t1/close': new Problem(409, 'tot.nothing_held'),
    });
    renderStaffPage(assessmentRoutes, '/tots/t1/assessment');
    const close = await screen.findByRole('region', { name: 'Clôturer la formation' });
    fireEvent.click(within(close).getByRole('button', { name: 'Clôturer la formation' }));
    const question = within(close).getByRole('group');
    expect(question.textContent).toContain('les tests ouverts se ferment');
    expect(question.textContent).toContain(
      'au moins 80 % des séances tenues et obtenu au moins 60 % au post-test',
    );
    expect(requests.some((r) => r.path === '/tots/t1/close')).toBe(false);

    fireEvent.click(within(close).getByRole('button', { name: 'Oui, clôturer la formation' }));
    expect(
      await within(close).findByText('Tenez au moins une séance avant de clôturer la formation.'),
    ).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST' && r.path === '/tots/t1/close')).toHaveLength(1);
  });

  it('offers an auditor no change: no editor, no test buttons, no scores, no close', async () => {
    await signInAs(['auditor'], { '/tots/t1/assessment': assessment({ questionsLocked: false }) });
    renderStaffPage(assessmentRoutes, '/tots/t1/assessment');
    await screen.findByRole('table', { name: 'Each trainee’s scores and normalised gain' });
    expect(screen.queryByRole('form', { name: 'The question set' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open the post-test' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Post-test scores by hand' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Close the course' })).toBeNull();
  });

  it('shows a closed course read-only to its trainer', async () => {
    await signInAs(['trainer'], {
      '/tots/t1/assessment': assessment({ totStatus: 'closed', questionsLocked: false }),
    });
    renderStaffPage(assessmentRoutes, '/tots/t1/assessment');
    expect(await screen.findByText('This course is closed: its assessment no longer changes.')).toBeTruthy();
    expect(screen.getByText('What does a PLC read?')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'The question set' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open the post-test' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close the course' })).toBeNull();
  });
});
