import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Answers, Problem, renderAt } from '../testing/render-at.tsx';
import { signInAs as signInAsStaff } from '../testing/sign-in.ts';
import { cellTexts } from '../testing/table.ts';
import type { Allocation } from './funding.api.ts';
import { board, call, fundingProgramme, item } from './funding.fixture.ts';

const signInAs = (roles: string[], answers: Answers = {}) =>
  signInAsStaff(roles, { '/programme': fundingProgramme, '/calls/c1': call(), ...answers });

describe('the funding review screens', () => {
  beforeEach(() => localStorage.clear());

  it('hides the others’ scores until one’s own is in, then sends the score per criterion and shows them', async () => {
    let scored = false;
    const other = {
      memberId: 'r2',
      name: 'Eric Mugabo',
      scores: [
        { criterion: 'relevance', score: 4 },
        { criterion: 'budget', score: 5 },
      ],
      total: 64,
      comment: null,
    };
    const requests = await signInAs(['twg-member'], {
      '/calls/c1/review': () =>
        board([
          scored
            ? item({
                mine: {
                  proposalId: 'p1',
                  scores: [
                    { criterion: 'relevance', score: 9 },
                    { criterion: 'budget', score: 3 },
                  ],
                  total: 78,
                  comment: 'Sound',
                  at: '2027-03-11T10:00:00Z',
                },
                visible: true,
                scores: [other],
                mean: 71,
                rank: 1,
                disagreement: false,
                scoreCount: 2,
              })
            : item(),
        ]),
      'PUT /proposals/p1/score': () => {
        scored = true;
        return { proposalId: 'p1', scores: [], total: 78, comment: 'Sound', at: '2027-03-11T10:00:00Z' };
      },
    });
    renderAt('/funding/calls/c1/review');
    const card = await screen.findByRole('article', { name: 'Solar dryers' });
    expect(
      within(card).getByText('The other members’ scores are hidden until yours (or your recusal) is in.'),
    ).toBeTruthy();
    expect(within(card).queryByText('Eric Mugabo')).toBeNull();
    const form = within(card).getByRole('form', { name: 'Your score of Solar dryers' });
    fireEvent.change(within(form).getByLabelText('Relevance (0–10, weight 60)'), { target: { value: '9' } });
    fireEvent.change(within(form).getByLabelText('Budget (0–5, weight 40)'), { target: { value: '7' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save my score' }));
    expect(await within(form).findAllByText('Budget: a whole number from 0 to 5.')).not.toEqual([]);
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Budget (0–5, weight 40)'), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText('Comment'), { target: { value: ' Sound ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save my score' }));
    const table = await screen.findByRole('table', { name: 'Members’ scores of Solar dryers' });
    expect(cellTexts(table)).toEqual([['4', '5', '64', '—']]);
    expect(within(table).getByText('Eric Mugabo')).toBeTruthy();
    expect(screen.getByText('Mean weighted score: 71 of 100')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      scores: [
        { criterion: 'relevance', score: 9 },
        { criterion: 'budget', score: 3 },
      ],
      comment: 'Sound',
    });
  });

  it('shows the allocation’s lines with their reasons, refuses an adjustment without one, and approves it as it stands', async () => {
    const allocation: Allocation = {
      callId: 'c1',
      rule: 'skip',
      ruleText: 'Best first, each fully funded; what no longer fits is skipped.',
      fund: { amount: 12000, currency: 'EUR' },
      awardsAtMost: 2,
      lines: [
        {
          proposalId: 'p1',
          title: 'Solar dryers',
          rank: 1,
          score: 82,
          requested: 4800,
          decision: 'funded',
          amount: 4800,
          reason: 'funded: 4 800 of 12 000 left',
        },
        {
          proposalId: 'p2',
          title: 'Bike repair',
          rank: 2,
          score: 75,
          requested: 9000,
          decision: 'skipped',
          amount: 0,
          reason: 'skipped: asks 9 000, 7 200 left',
        },
      ],
      awarded: 4800,
      left: 7200,
      approval: null,
    };
    const requests = await signInAs(['programme-manager'], {
      '/calls/c1/allocation': allocation,
      'POST /calls/c1/allocation/approve': new Problem(409, 'funding.allocation.approved_already'),
    });
    renderAt('/funding/calls/c1/allocation');
    const table = await screen.findByRole('table', { name: 'Proposed awards, best rank first' });
    expect(cellTexts(table)).toEqual([
      ['1', '€4,800', 'Funded', '€4,800', 'funded: 4 800 of 12 000 left'],
      ['2', '€9,000', 'Skipped', '€0', 'skipped: asks 9 000, 7 200 left'],
    ]);
    expect(screen.getByText('€7,200')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Adjust with a reason' }));
    const form = screen.getByRole('form', { name: 'Adjusted allocation' });
    fireEvent.change(within(form).getByLabelText('Amount for Bike repair'), { target: { value: '7000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Approve the adjusted allocation' }));
    expect(await within(form).findAllByText('Write the reason for the change.')).not.toEqual([]);
    expect(requests.some((r) => r.path === '/calls/c1/allocation/approve')).toBe(false);
    fireEvent.change(within(form).getByLabelText('Why the awards differ from the proposal'), {
      target: { value: 'Bike repair scaled down with the team' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Approve the adjusted allocation' }));
    expect(await within(form).findByText('The allocation is approved already.')).toBeTruthy();
    expect(requests.find((r) => r.path === '/calls/c1/allocation/approve')?.body).toEqual({
      awards: [
        { proposalId: 'p1', amount: 4800 },
        { proposalId: 'p2', amount: 7000 },
      ],
      reason: 'Bike repair scaled down with the team',
    });
  });

  it('screens a submitted proposal by the call’s rules and shows each rule it fails', async () => {
    const requests = await signInAs(['programme-manager'], {
      '/calls/c1/review': board([]),
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
      'POST /proposals/p1/qualification': {
        proposalId: 'p1',
        qualified: false,
        reasons: ['team: 1 trainee, the call asks at least 2'],
        at: '2027-03-02T10:00:00Z',
      },
    });
    renderAt('/funding/calls/c1/review');
    expect(await screen.findAllByText('No qualified proposal yet.')).not.toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Check the rules for Solar dryers' }));
    expect(await screen.findByText('team: 1 trainee, the call asks at least 2')).toBeTruthy();
    expect(screen.getByText('Disqualified:')).toBeTruthy();
    expect(requests.find((r) => r.path === '/proposals/p1/qualification')?.body).toEqual({});
  });
});
