import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderStaffPage } from '../assessment/render-staff-page.tsx';
import { type Answers } from '../testing/render-at.tsx';
import type { CascadeOverview, CascadeSession, CascadeTot } from './cascade.api.ts';
import { cascadeRoutes } from './cascade.routes.tsx';
import { signInAs as signInAsStaff } from '../testing/sign-in.ts';

const given = (overrides: Partial<CascadeSession> = {}): CascadeSession => ({
  id: 's1',
  date: '2027-04-02',
  subject: 'Sensors',
  students: [
    { sex: 'woman', count: 12 },
    { sex: 'man', count: 9 },
  ],
  total: 21,
  recordedBy: null,
  recordedAt: '2027-04-02T15:00:00Z',
  ...overrides,
});

const tree = (overrides: Partial<CascadeTot> = {}): CascadeTot => ({
  totId: 't1',
  title: 'Mechatronics',
  iprc: 'KGL',
  trainer: 'Ada Uwase',
  status: 'closed',
  trainees: [
    {
      traineeId: 'tr1',
      name: 'Grace Mukamana',
      sex: 'woman',
      department: 'Electrical',
      sessions: [given()],
      students: [
        { sex: 'woman', count: 12 },
        { sex: 'man', count: 9 },
      ],
      total: 21,
    },
    {
      traineeId: 'tr2',
      name: 'Jean Habimana',
      sex: 'man',
      department: 'Mechanics',
      sessions: [],
      students: [],
      total: 0,
    },
  ],
  sessions: 1,
  students: [
    { sex: 'woman', count: 12 },
    { sex: 'man', count: 9 },
  ],
  total: 21,
  ...overrides,
});

const signInAs = (roles: string[], answers: Answers = {}) => signInAsStaff(roles, answers, { iprc: 'KGL' });

const texts = (row: HTMLElement) =>
  [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')].map(
    (c) => c.textContent,
  );

describe('the cascade pages', () => {
  beforeEach(() => localStorage.clear());

  it('shows the totals per IPRC and the tree trainer → teachers → sessions with students by sex', async () => {
    const overview: CascadeOverview = {
      tots: [
        tree(),
        tree({
          totId: 't2',
          iprc: 'HYE',
          title: 'Solar',
          trainer: null,
          trainees: [],
          sessions: 0,
          students: [],
          total: 0,
        }),
      ],
      iprcs: [
        { iprc: 'KGL', tots: 1, teachers: 1, sessions: 1, students: tree().students, total: 21 },
        { iprc: 'HYE', tots: 1, teachers: 0, sessions: 0, students: [], total: 0 },
      ],
    };
    await signInAs(['auditor'], { '/cascade': overview });
    renderStaffPage(cascadeRoutes, '/cascade');

    const totals = await screen.findByRole('table', { name: 'Cascade totals per IPRC' });
    expect(within(totals).getAllByRole('row').slice(1).map(texts)).toEqual([
      ['IPRC Kigali', '1', '1', '1', 'Woman 12, Man 9', '21'],
      ['IPRC Huye', '1', '0', '0', '—', '0'],
    ]);
    const ada = screen.getByRole('article', { name: 'Ada Uwase: Mechatronics' });
    expect(ada.textContent).toContain('IPRC Kigali · 1 sessions · 21 students (Woman 12, Man 9).');
    const grace = within(ada).getByRole('region', { name: 'Grace Mukamana' });
    expect(within(grace).getByRole('heading').textContent).toBe(
      'Grace Mukamana, Electrical: 21 students (Woman 12, Man 9)',
    );
    const sessions = within(grace).getByRole('table', { name: 'Sessions given by Grace Mukamana' });
    expect(texts(within(sessions).getAllByRole('row')[1]!).slice(1)).toEqual([
      'Sensors',
      'Woman 12, Man 9',
      '21',
      'The teacher',
    ]);
    expect(within(ada).getByRole('region', { name: 'Jean Habimana' }).textContent).toContain(
      'No sessions recorded yet.',
    );
    expect(screen.getByRole('article', { name: '(erased): Solar' }).textContent).toContain(
      'No trained teachers',
    );
    expect(
      within(ada).getByRole('link', { name: 'Open the cascade of Mechatronics' }).getAttribute('href'),
    ).toBe('/tots/t1/cascade');
  });

  it('records a session for a teacher of one ToT, the students counted by sex', async () => {
    let current = tree();
    const requests = await signInAs(['iprc-focal-point'], {
      '/tots/t1/cascade': () => current,
      'POST /tots/t1/cascade': given({ id: 's2', subject: 'Relays', total: 7, recordedBy: 'Staff' }),
    });
    renderStaffPage(cascadeRoutes, '/tots/t1/cascade');
    const form = await screen.findByRole('form', { name: 'A teacher’s cascade session' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cascade: Mechatronics');

    fireEvent.click(within(form).getByRole('button', { name: 'Record the session' }));
    expect(
      await within(form).findByText('Count at least one student.', { selector: '.field__error' }),
    ).toBeTruthy();
    expect(within(form).getByLabelText('Teacher').getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((r) => r.method === 'POST' && r.path === '/tots/t1/cascade')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Teacher'), { target: { value: 'tr2' } });
    fireEvent.change(within(form).getByLabelText('Day'), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText('Month'), { target: { value: '4' } });
    fireEvent.change(within(form).getByLabelText('Year'), { target: { value: '2027' } });
    fireEvent.change(within(form).getByLabelText('What was taught'), { target: { value: ' Relays ' } });
    fireEvent.change(within(form).getByLabelText('Woman'), { target: { value: '4' } });
    fireEvent.change(within(form).getByLabelText('Man'), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText('Prefer not to say'), { target: { value: '0' } });
    current = tree({ sessions: 2, total: 28 });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the session' }));

    expect(await screen.findByText('The session of Jean Habimana is recorded: 7 students.')).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST' && r.path === '/tots/t1/cascade')!;
    expect(post.path).toBe('/tots/t1/cascade');
    expect(post.body).toEqual({
      traineeId: 'tr2',
      date: '2027-04-03',
      subject: 'Relays',
      students: [
        { sex: 'woman', count: 4 },
        { sex: 'man', count: 3 },
      ],
    });
  });

  it('gives an auditor the tree of one ToT without the form', async () => {
    await signInAs(['auditor'], { '/tots/t1/cascade': tree() });
    renderStaffPage(cascadeRoutes, '/tots/t1/cascade');
    expect(await screen.findByRole('article', { name: 'Ada Uwase: Mechatronics' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'A teacher’s cascade session' })).toBeNull();
  });
});
