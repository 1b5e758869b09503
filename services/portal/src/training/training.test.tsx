import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseFile } from '../testing/choose-file.ts';
import { type Answers, Problem, renderAt } from '../testing/render-at.tsx';
import { signInAs as signInAsStaff } from '../testing/sign-in.ts';
import type { Session, Tot, Trainee, TraineeImportReport } from './training.api.ts';

const session1 = (overrides: Partial<Session> = {}): Session => ({
  id: 's1',
  date: '2027-01-12',
  start: '09:00',
  end: '12:00',
  room: 'Workshop B2',
  topic: 'PLC basics',
  status: 'planned',
  ...overrides,
});

const tot = (overrides: Partial<Tot> = {}): Tot => ({
  id: 'pl1',
  status: 'planning',
  iprc: 'KGL',
  title: 'Training of Trainers: Mechatronics trainer',
  trainer: 'Ada Uwase',
  period: { start: '2027-01-11', end: '2027-03-12' },
  sessions: 2,
  held: 0,
  capacity: 30,
  placementId: 'pl1',
  torId: 't1',
  outline: '',
  enrolled: 1,
  sessionList: [session1(), session1({ id: 's2', date: '2027-01-13', topic: 'Sensors' })],
  version: 3,
  ...overrides,
});

const trainee: Trainee = {
  id: 'tr1',
  name: 'Aline Mukamana',
  sex: 'woman',
  role: 'teacher',
  department: 'Mechatronics',
  email: null,
  phone: '+250 788 000 001',
  code: 'ABCDEFGH23',
  erased: false,
};

const signInAs = (roles: string[], answers: Answers = {}) =>
  signInAsStaff(
    roles,
    {
      '/tots/pl1': tot(),
      '/tots/pl1/trainees': { items: [trainee] },
      ...answers,
    },
    { iprc: 'KGL' },
  );

describe('the training screens', () => {
  beforeEach(() => localStorage.clear());

  it('lists the ToTs with their sessions held, behind the Training entry of the navigation', async () => {
    await signInAs(['trainer'], { '/tots': { items: [tot({ held: 1 })] } });
    renderAt('/tots');
    const table = await screen.findByRole('table', { name: 'Trainings of Trainers, soonest first' });
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row!).getByRole('link', { name: 'Training of Trainers: Mechatronics trainer' }),
    ).toBeTruthy();
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['IPRC Kigali', 'Ada Uwase', expect.any(String), '1 of 2', 'Being planned']);
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Training' }),
    ).toBeTruthy();
  });

  it('changes a session’s room and cancels another, each after the trainer asked', async () => {
    const requests = await signInAs(['trainer'], {
      'PATCH /tots/pl1/sessions/s1': tot({
        sessionList: [session1({ room: 'Lab 4' }), session1({ id: 's2' })],
      }),
      'POST /tots/pl1/sessions/s2/cancel': tot(),
    });
    renderAt('/tots/pl1');
    const table = await screen.findByRole('table', { name: 'Sessions, in order' });
    const [, first, second] = within(table).getAllByRole('row');
    fireEvent.click(within(first!).getByRole('button', { name: 'Change' }));
    const form = await screen.findByRole('form', { name: /^Change the session of/ });
    expect((within(form).getByLabelText('Room') as HTMLInputElement).value).toBe('Workshop B2');
    fireEvent.change(within(form).getByLabelText('Room'), { target: { value: 'Lab 4' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the session' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      date: '2027-01-12',
      start: '09:00',
      end: '12:00',
      room: 'Lab 4',
      topic: 'PLC basics',
    });

    fireEvent.click(within(second!).getByRole('button', { name: 'Cancel the session' }));
    expect(requests.some((r) => r.path.endsWith('/cancel'))).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel it' }));
    await waitFor(() => expect(requests.some((r) => r.path === '/tots/pl1/sessions/s2/cancel')).toBe(true));
  });

  it('refuses a session that ends before it starts, sending nothing', async () => {
    const requests = await signInAs(['trainer'], {});
    renderAt('/tots/pl1');
    const form = await screen.findByRole('form', { name: 'Add a session' });
    const date = within(form).getByRole('group', { name: 'Date' });
    fireEvent.change(within(date).getByLabelText('Day'), { target: { value: '14' } });
    fireEvent.change(within(date).getByLabelText('Month'), { target: { value: '1' } });
    fireEvent.change(within(date).getByLabelText('Year'), { target: { value: '2027' } });
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: '14:00' } });
    fireEvent.change(within(form).getByLabelText('End'), { target: { value: '13:00' } });
    fireEvent.change(within(form).getByLabelText('Room'), { target: { value: 'B2' } });
    fireEvent.change(within(form).getByLabelText('Topic'), { target: { value: 'Drives' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the session' }));
    expect(await within(form).findAllByText('The end comes after the start.')).not.toEqual([]);
    expect(within(form).getByLabelText('End').getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((r) => r.method === 'POST' && r.path === '/tots/pl1/sessions')).toBe(false);
  });

  it('enrols a trainee, leaving out an empty address, and shows each trainee’s personal code', async () => {
    const requests = await signInAs(['iprc-focal-point'], {
      'POST /tots/pl1/trainees': { ...trainee, id: 'tr2', name: 'Bosco Habimana' },
    });
    renderAt('/tots/pl1');
    const table = await screen.findByRole('table', { name: 'Trainees' });
    expect(within(table).getByText('ABCDEFGH23')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Print the codes to hand out' })).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Enrol a trainee' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: ' Bosco Habimana ' } });
    fireEvent.change(within(form).getByLabelText('Sex'), { target: { value: 'man' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'teacher' } });
    fireEvent.change(within(form).getByLabelText('Department'), { target: { value: 'Electrical' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enrol' }));
    expect(await screen.findByText('Bosco Habimana is enrolled.')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST' && r.path === '/tots/pl1/trainees')?.body).toEqual({
      name: 'Bosco Habimana',
      sex: 'man',
      role: 'teacher',
      department: 'Electrical',
    });
  });

  it('enrols a list of trainees after a clean dry run, and shows a changed list’s new report instead', async () => {
    const report = (overrides: Partial<TraineeImportReport> = {}): TraineeImportReport => ({
      rows: 2,
      toEnrol: 2,
      existing: 0,
      errors: [],
      enrolled: 1,
      capacity: 30,
      ...overrides,
    });
    const changed = report({ toEnrol: 1, errors: [{ row: 2, column: 'sex', message: 'not a sex' }] });
    let imported: unknown = { ...report(), enrolled: 3 };
    const requests = await signInAs(['iprc-focal-point'], {
      'POST /tots/pl1/trainees/import/dry-run': report(),
      'POST /tots/pl1/trainees/import': () => imported,
    });
    renderAt('/tots/pl1');
    const form = await screen.findByRole('form', { name: 'Import a list of trainees' });
    const check = () => {
      chooseFile(within(form).getByLabelText('CSV file'), new File(['name,sex\n'], 'list.csv'));
      fireEvent.click(within(form).getByRole('button', { name: 'Check the list' }));
      return screen.findByRole('region', { name: 'Report of list.csv' });
    };

    fireEvent.click(within(await check()).getByRole('button', { name: 'Import the list' }));
    expect(await screen.findByText('2 trainees enrolled.')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/auth/login',
      '/tots/pl1/trainees/import/dry-run',
      '/tots/pl1/trainees/import',
    ]);

    imported = new Problem(422, 'import.invalid', { report: changed });
    const shown = await check();
    fireEvent.click(within(shown).getByRole('button', { name: 'Import the list' }));
    await within(shown).findByRole('table', { name: '1 row with an error' });
    const apply = within(shown).getByRole('button', { name: 'Import the list' });
    expect(apply.hasAttribute('disabled')).toBe(true);
    expect(apply.getAttribute('aria-describedby')).toBe('trainee-import-blocked');
  });

  it('shows an auditor the ToT without any form', async () => {
    await signInAs(['auditor'], { '/tots/pl1/trainees': { items: [{ ...trainee, code: null }] } });
    renderAt('/tots/pl1');
    await screen.findByRole('table', { name: 'Trainees' });
    expect(screen.queryAllByRole('form')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Change' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Print the codes to hand out' })).toBeNull();
  });
});
