import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Answers, Problem, renderAt } from '../testing/render-at.tsx';
import { signInAs as signInAsStaff } from '../testing/sign-in.ts';
import { cellTexts } from '../testing/table.ts';
import { call, fundingProgramme } from './funding.fixture.ts';

const signInAs = (roles: string[], answers: Answers = {}) =>
  signInAsStaff(roles, { '/programme': fundingProgramme, '/calls/c1': call(), ...answers });

describe('the funding call screens', () => {
  beforeEach(() => localStorage.clear());

  it('creates a call with its rubric (weights adding up to 100) and committee, behind the Funding entry', async () => {
    const requests = await signInAs(['programme-manager'], {
      '/calls': { items: [] },
      '/reviewers': { items: [{ id: 'r1', name: 'Jeanne Uwera', email: 'jeanne@test.ikiraro.org' }] },
      'POST /calls': call({ id: 'c9', status: 'draft' }),
      '/calls/c9': call({ id: 'c9', status: 'draft' }),
      '/calls/c9/proposals': { items: [] },
    });
    renderAt('/funding/calls');
    expect(
      within(await screen.findByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Funding' }),
    ).toBeTruthy();
    const form = await screen.findByRole('form', { name: 'New call' });
    const type = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Title', ' Pilots 2027 ');
    type('Deadline', '2099-03-01T17:00');
    type('Qualifying round ends', '2099-03-10');
    type('Scoring ends', '2099-03-20');
    type('Fund amount', '12000');
    type('Ceiling per proposal', '5000');
    expect(within(form).getByRole('status', { name: '' }).textContent).toBe(
      'The weights add up to 100 of 100.',
    );
    type('Weight of criterion 1', '40');
    expect(within(form).getByText('The weights add up to 110 of 100.')).toBeTruthy();
    fireEvent.click(await within(form).findByLabelText('Jeanne Uwera (jeanne@test.ikiraro.org)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create the call' }));
    expect(await within(form).findAllByText('The weights must add up to 100 (now 110).')).not.toEqual([]);
    expect(requests.some((r) => r.method === 'POST' && r.path === '/calls')).toBe(false);

    type('Weight of criterion 1', '30');
    fireEvent.click(within(form).getByRole('button', { name: 'Create the call' }));
    expect(await screen.findByRole('heading', { name: 'Pilots 2027', level: 1 })).toBeTruthy();
    const body = requests.find((r) => r.method === 'POST' && r.path === '/calls')?.body as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({
      title: 'Pilots 2027',
      rounds: { qualifyingEnds: '2099-03-10', scoringEnds: '2099-03-20' },
      fund: { amount: 12000, currency: 'EUR' },
      ceiling: 5000,
      awards: 5,
      eligibility: { minTeam: 2, maxTeam: 10, sectors: [], iprcs: [], minMilestones: 1 },
      allocationRule: 'skip',
      committee: [{ accountId: 'r1', name: 'Jeanne Uwera' }],
    });
    expect(body.rubric).toEqual([
      { key: 'relevance', label: 'Relevance', weight: 30, max: 10 },
      { key: 'feasibility', label: 'Feasibility', weight: 25, max: 10 },
      { key: 'impact', label: 'Impact and jobs', weight: 25, max: 10 },
      { key: 'budget', label: 'Budget', weight: 20, max: 10 },
    ]);
    expect(new Date(String(body.deadline)).getTime()).toBe(new Date('2099-03-01T17:00').getTime());
  });

  it('opens a draft call (showing the service’s refusal in words), and lists who was invited per ToT', async () => {
    let opened = false;
    const requests = await signInAs(['programme-manager'], {
      '/calls/c1': () => call({ status: opened ? 'open' : 'draft' }),
      'POST /calls/c1/open': () => {
        if (!opened) {
          opened = true;
          return new Problem(409, 'funding.call.no_cohort');
        }
        return call({ status: 'open' });
      },
      '/calls/c1/invitations': {
        callId: 'c1',
        tots: [
          {
            totId: 't1',
            iprc: 'KGL',
            people: [
              { invitationId: 'i1', role: 'trainer', personId: 'm1', name: 'Ada Uwase', mailed: true },
              { invitationId: 'i2', role: 'trainee', personId: 'x1', name: 'Aline Mukamana', mailed: false },
            ],
          },
        ],
      },
      '/calls/c1/proposals': {
        items: [
          {
            id: 'p1',
            status: 'submitted',
            title: 'Solar dryers',
            sector: 'electrical',
            iprc: 'KGL',
            totId: 't1',
            requested: 4800,
            currency: 'EUR',
          },
        ],
      },
    });
    renderAt('/funding/calls/c1');
    fireEvent.click(await screen.findByRole('button', { name: 'Open the call' }));
    expect(
      await screen.findByText('No Training of Trainers has finished yet: there is no one to invite.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the call' }));
    expect(await screen.findByText('The call is open: the teams are invited.')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST' && r.path === '/calls/c1/open')).toHaveLength(2);
    const invited = await screen.findByRole('table', { name: 'Invited people by Training of Trainers' });
    expect(cellTexts(invited)).toEqual([
      ['Ada Uwase', 'Aline Mukamana (no e-mail: the trainer hands the link out)', '2'],
    ]);
    const proposals = screen.getByRole('table', { name: 'The call’s proposals' });
    expect(cellTexts(proposals)).toEqual([['IPRC Kigali', 'Electrical technology', '€4,800', 'Submitted']]);
  });
});
