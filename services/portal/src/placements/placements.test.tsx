import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAt, stubGateway } from '../testing/render-at.tsx';
import type { Placement, PlacementSummary, Task } from './placements.api.ts';
import { navigationOf, signInAs } from '../testing/sign-in.ts';
import { cellTexts } from '../testing/table.ts';

const summary = (overrides: Partial<PlacementSummary> = {}): PlacementSummary => ({
  id: 'p1',
  status: 'accepted',
  iprc: 'KGL',
  torId: 't1',
  torTitle: 'Solar installation trainer',
  professional: 'Amina Uwase',
  period: { start: '2027-01-11', end: '2027-03-12' },
  respondBy: '2026-12-10T10:00:00Z',
  overdue: 1,
  dueSoon: 2,
  ...overrides,
});

const task = (overrides: Partial<Task> = {}): Task => ({
  key: 'travel-booked',
  title: 'Book the travel',
  ownerRole: 'programme-manager',
  dueOn: '2026-12-21',
  status: 'open',
  lateness: 'overdue',
  notes: null,
  attachments: [],
  ...overrides,
});

const placement = (overrides: Partial<Placement> = {}): Placement => ({
  ...summary(),
  applicationId: 'a1',
  email: 'amina@example.org',
  tasks: [
    task(),
    task({
      key: 'per-diem',
      title: 'Pay the per diem',
      ownerRole: 'outreach-officer',
      dueOn: '2027-01-11',
      lateness: 'due-soon',
      payment: { amount: 0, currency: '', paid: false },
    }),
    task({
      key: 'host-focal-point',
      title: 'Name the host focal point',
      ownerRole: 'iprc-focal-point',
      lateness: null,
      status: 'done',
      person: 'Jean Habimana',
    }),
  ],
  trail: [
    {
      at: '2026-12-01T10:00:00Z',
      by: { id: 'system', name: 'Placement', role: 'system' },
      action: 'offered',
    },
    { at: '2026-12-02T09:00:00Z', by: { id: 'm1', name: 'Amina Uwase', role: 'member' }, action: 'accepted' },
  ],
  ...overrides,
});

describe('the placement screens', () => {
  beforeEach(() => localStorage.clear());

  it('lists placements with their late tasks and filters by IPRC, status and lateness in the address', async () => {
    const requests = await signInAs(['programme-manager'], {
      '/placements': {
        items: [summary(), summary({ id: 'p2', professional: null, overdue: 0, iprc: 'HYE' })],
      },
      '/placements?iprc=KGL&status=accepted&late=true': { items: [summary()] },
    });
    const { router } = renderAt('/placements');
    const table = await screen.findByRole('table', { name: 'Placements, soonest start first' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Solar installation trainer', 'IPRC Kigali', 'Accepted', expect.any(String), '1', '2']);
    expect(within(rows[2]!).getByRole('link', { name: '(no name)' })).toBeTruthy();

    const search = screen.getByRole('search', { name: 'Filter the placements' });
    fireEvent.change(within(search).getByLabelText('IPRC'), { target: { value: 'KGL' } });
    fireEvent.change(within(search).getByLabelText('Status'), { target: { value: 'accepted' } });
    fireEvent.click(within(search).getByLabelText('Late only'));
    fireEvent.click(within(search).getByRole('button', { name: 'Filter' }));

    expect(await screen.findByText('1 placement.')).toBeTruthy();
    expect(router.state.location.search).toBe('?iprc=KGL&status=accepted&late=true');
    expect(requests.map((request) => request.path)).toContain(
      '/placements?iprc=KGL&status=accepted&late=true',
    );
  });

  it('shows the checklist with late badges, the per diem and the person named, and the timeline', async () => {
    await signInAs(['programme-manager'], { '/placements/p1': placement() });
    renderAt('/placements/p1');

    expect(await screen.findByRole('heading', { name: 'Placement: Amina Uwase' })).toBeTruthy();
    const travel = screen.getByRole('article', { name: 'Book the travel' });
    expect(travel.textContent).toContain('Programme manager');
    expect(within(travel).getByText('Late')).toBeTruthy();
    const perDiem = screen.getByRole('article', { name: 'Pay the per diem' });
    expect(within(perDiem).getByText('Due soon')).toBeTruthy();
    expect(within(perDiem).getByLabelText('Amount')).toBeTruthy();
    const focal = screen.getByRole('article', { name: 'Name the host focal point' });
    expect(focal.textContent).toContain('Jean Habimana');

    const timeline = screen.getByRole('table', { name: 'What happened, oldest first' });
    expect(cellTexts(timeline)).toEqual([
      ['Placement', 'system', 'offered'],
      ['Amina Uwase', 'Registrant', 'accepted'],
    ]);
    // A programme manager cancels; arrival is confirmed from this page too, but no report or appraisal.
    expect(screen.getByRole('form', { name: 'Cancel the placement' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Confirm the arrival' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'End-of-mission report' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Appraisal of the mission' })).toBeNull();
  });

  it('attaches a PDF to a task and lists the task’s files', async () => {
    const attached = placement({
      tasks: [
        task({ attachments: [{ id: 'f1', name: 'ticket.pdf', bytes: 1200, at: '2026-12-02T10:00:00Z' }] }),
      ],
    });
    let current = placement();
    const requests = await signInAs(['programme-manager'], { '/placements/p1': () => current });
    renderAt('/placements/p1');
    const travel = await screen.findByRole('article', { name: 'Book the travel' });
    expect(within(travel).getByText('None yet.')).toBeTruthy();
    current = attached;
    const file = new File(['%PDF-1.4 ... %%EOF'], 'ticket.pdf', { type: 'application/pdf' });
    fireEvent.change(within(travel).getByLabelText('Attach a PDF to “Book the travel”'), {
      target: { files: [file] },
    });
    expect(await within(travel).findByRole('button', { name: 'ticket.pdf' })).toBeTruthy();
    const upload = requests.find(
      (request) => request.method === 'POST' && request.path.includes('/attachments'),
    )!;
    expect(upload.path).toBe('/placements/p1/tasks/travel-booked/attachments?name=ticket.pdf');
    expect(upload.headers['content-type']).toBe('application/pdf');
    expect(upload.body).toBe(file);
  });

  it('marks a task done with a note by PATCH, and shows the placement as answered', async () => {
    const changed = placement({
      overdue: 0,
      tasks: [task({ status: 'done', lateness: null, notes: 'Booked with RwandAir' })],
    });
    await signInAs(['programme-manager'], { '/placements/p1': placement() });
    renderAt('/placements/p1');
    const form = await screen.findByRole('form', { name: 'Change the task: Book the travel' });
    // From now on the placement is as the change left it (the page fetches it again after the change).
    const requests = stubGateway({
      '/placements/p1': changed,
      'PATCH /placements/p1/tasks/travel-booked': changed,
    });
    fireEvent.change(within(form).getByLabelText('Task status'), { target: { value: 'done' } });
    fireEvent.change(within(form).getByLabelText('Notes'), { target: { value: ' Booked with RwandAir ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the task' }));

    await waitFor(() => expect(screen.getByText('Booked with RwandAir', { selector: 'dd' })).toBeTruthy());
    const patch = requests.find((request) => request.method === 'PATCH')!;
    expect(patch.path).toBe('/placements/p1/tasks/travel-booked');
    expect(patch.body).toEqual({ status: 'done', notes: 'Booked with RwandAir' });
    expect(within(screen.getByRole('article', { name: 'Book the travel' })).queryByText('Late')).toBeNull();
  });

  it('lets a trainer file the end-of-mission report, checked against the API’s rules first', async () => {
    const arrived = placement({ status: 'arrived', arrivedOn: '2027-01-11' });
    await signInAs(['trainer'], { '/placements/p1': arrived });
    renderAt('/placements/p1');
    const form = await screen.findByRole('form', { name: 'End-of-mission report' });
    const reported = {
      ...arrived,
      report: { delivered: 'x', trainersTrained: 12, recommendations: 'y', at: '2027-03-12T10:00:00Z' },
    };
    const requests = stubGateway({ '/placements/p1': reported, 'POST /placements/p1/report': reported });
    expect(screen.queryByRole('form', { name: 'Cancel the placement' })).toBeNull();
    expect(screen.queryByRole('form', { name: /Change the task/ })).toBeNull();

    fireEvent.change(within(form).getByLabelText('What was delivered'), { target: { value: 'short' } });
    fireEvent.click(within(form).getByRole('button', { name: 'File the report' }));
    expect(
      await within(form).findByText('Describe what was delivered (at least 10 characters).'),
    ).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST' && request.path.endsWith('/report'))).toBe(
      false,
    );

    fireEvent.change(within(form).getByLabelText('What was delivered'), {
      target: { value: 'Eight sessions on solar installation' },
    });
    fireEvent.change(within(form).getByLabelText('Trainers trained'), { target: { value: '12' } });
    fireEvent.change(within(form).getByLabelText('Recommendations'), { target: { value: 'More panels' } });
    fireEvent.click(within(form).getByRole('button', { name: 'File the report' }));

    expect(await screen.findByText('The report is filed.')).toBeTruthy();
    const filed = requests.find((request) => request.method === 'POST' && request.path.endsWith('/report'))!;
    expect(filed.body).toEqual({
      delivered: 'Eight sessions on solar installation',
      trainersTrained: 12,
      recommendations: 'More panels',
    });
  });

  it('is in the navigation of the roles the policy lets read placements', async () => {
    expect(await navigationOf(['twg-member'])).not.toContain('Placements');
    expect(await navigationOf(['iprc-focal-point'])).toContain('Placements');
  });
});
