import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fundingProgramme } from '../../funding/funding.fixture.ts';
import type { Proposal } from '../../funding/funding.api.ts';
import { chooseFile } from '../../testing/choose-file.ts';
import { Problem, renderAt, stubGateway } from '../../testing/render-at.tsx';
import { signInAs } from '../../testing/sign-in.ts';
import type { InvestorProposal, PublicInvitation } from './pitch.api.ts';

const invitation: PublicInvitation = {
  call: {
    id: 'c1',
    title: 'Pilots 2027',
    description: 'Pilot projects for the IPRCs’ neighbourhoods.',
    status: 'open',
    deadline: '2099-03-01T17:00:00.000Z',
    ceiling: 5000,
    currency: 'EUR',
    rubric: [{ key: 'relevance', label: 'Relevance', weight: 100, max: 10 }],
    eligibility: { minTeam: 2, maxTeam: 10, sectors: [], iprcs: [], minMilestones: 1 },
  },
  invitee: { role: 'trainee', name: 'Aline Mukamana' },
  team: [
    { role: 'trainee', name: 'Aline Mukamana' },
    { role: 'trainer', name: 'Ada Uwase' },
  ],
};

const draft: Proposal = {
  id: 'p1',
  callId: 'c1',
  totId: 't1',
  iprc: 'KGL',
  status: 'draft',
  title: 'Solar dryers',
  summary: '',
  problem: '',
  localNeed: '',
  solution: '',
  sector: '',
  currency: 'EUR',
  jobsExpected: 0,
  budget: [],
  requested: 0,
  ceiling: 5000,
  deadline: '2099-03-01T17:00:00.000Z',
  milestones: [],
  attachments: [],
  leadId: 'pA',
  team: [
    { personId: 'pA', role: 'trainee', name: 'Aline Mukamana' },
    { personId: 'pB', role: 'trainer', name: 'Ada Uwase' },
  ],
  missing: ['budget: at least one line'],
};

describe('the team’s and investors’ public pitch pages', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the mailed token, sends it as x-invitation-token, works out the budget and lists every refusal reason', async () => {
    const requests = stubGateway({
      '/programme': fundingProgramme,
      '/public/invitation': invitation,
      '/public/proposal': draft,
      'PUT /public/proposal': {
        ...draft,
        budget: [{ item: 'Dryer', quantity: 2, unitCost: 2400, total: 4800 }],
      },
      'POST /public/proposal/submit': new Problem(400, 'funding.proposal.incomplete', {
        missing: ['problem: required', 'milestones: at least one'],
      }),
    });
    const { router } = renderAt('/pitch?token=tok-1');
    expect(await screen.findByRole('heading', { name: 'Pilots 2027' })).toBeTruthy();
    expect(screen.getByText('Hello Aline Mukamana.')).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(localStorage.getItem('ikiraro.invitation-token')).toBe('tok-1');

    const form = await screen.findByRole('form', { name: 'Your team’s proposal' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a budget line' }));
    fireEvent.change(within(form).getByLabelText('Item 1'), { target: { value: 'Dryer' } });
    fireEvent.change(within(form).getByLabelText('Quantity 1'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Unit cost 1'), { target: { value: '2400' } });
    expect(await within(form).findByText('Line 1: €4,800')).toBeTruthy();
    expect(within(form).getByText('Total: €4,800')).toBeTruthy();

    fireEvent.click(within(form).getByRole('button', { name: 'Submit' }));
    const alert = await within(form).findByText('Your proposal is not complete yet:');
    const reasons = within(alert.closest('[role="alert"]') as HTMLElement).getAllByRole('listitem');
    expect(reasons.map((r) => r.textContent)).toEqual(['problem: required', 'milestones: at least one']);

    const put = requests.find((r) => r.method === 'PUT' && r.path === '/public/proposal');
    expect(put?.headers['x-invitation-token']).toBe('tok-1');
    expect(put?.body).toMatchObject({
      title: 'Solar dryers',
      leadId: 'pA',
      budget: [{ item: 'Dryer', quantity: 2, unitCost: 2400 }],
      milestones: [],
    });
    const gets = requests.filter((r) => r.method === 'GET' && r.path.startsWith('/public/'));
    expect(gets.map((r) => r.headers['x-invitation-token'])).toEqual(gets.map(() => 'tok-1'));
    expect(requests.find((r) => r.path === '/public/proposal/submit')?.headers['x-invitation-token']).toBe(
      'tok-1',
    );
  });

  it('signs an investor up only with the terms accepted, with their interests and language', async () => {
    const requests = stubGateway({
      '/programme': fundingProgramme,
      'POST /public/investors': { status: 'verification-sent' },
    });
    renderAt('/invest');
    const form = await screen.findByRole('form', { name: 'Investor sign-up' });
    const type = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Organisation', 'Kigali Impact Fund');
    type('Contact person', 'Grace Ingabire');
    type('E-mail', 'grace@kif.example');
    fireEvent.click(within(form).getByLabelText('Electrical technology'));
    fireEvent.click(within(form).getByLabelText('Kigali City'));
    type('Smallest amount per project', '1000');
    type('Largest amount per project', '10000');
    fireEvent.click(within(form).getByLabelText('Loan'));
    fireEvent.click(within(form).getByRole('button', { name: 'Sign up' }));
    expect(await within(form).findAllByText('Accept the terms to sign up.')).not.toEqual([]);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.click(within(form).getByLabelText('I accept these terms'));
    fireEvent.click(within(form).getByRole('button', { name: 'Sign up' }));
    expect(
      await screen.findByText('We sent a link to grace@kif.example. Follow it to confirm your sign-up.'),
    ).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST' && r.path === '/public/investors')?.body).toEqual({
      organisation: 'Kigali Impact Fund',
      name: 'Grace Ingabire',
      email: 'grace@kif.example',
      locale: 'en',
      interests: {
        sectors: ['electrical'],
        iprcs: [],
        provinces: ['Kigali City'],
        ticketMin: 1000,
        ticketMax: 10000,
        currency: 'EUR',
        instruments: ['loan'],
      },
      consent: { terms: true, version: '2026-12' },
    });
  });

  it('shows a matched investor the teaser, the full proposal after interest, and sends their pledge', async () => {
    const teaser: InvestorProposal = {
      proposalId: 'p1',
      callId: 'c1',
      title: 'Solar dryers',
      summary: 'Dry maize with the sun.',
      sector: 'electrical',
      iprc: 'KGL',
      requested: { amount: 4800, currency: 'EUR' },
      jobsExpected: 6,
      stages: ['shortlisted'],
      reasons: ['sector: Electrical technology'],
      interestExpressed: false,
      termsVersion: null,
      details: null,
      pledges: [],
    };
    const full: InvestorProposal = {
      ...teaser,
      interestExpressed: true,
      termsVersion: '2026-12',
      details: {
        problem: 'Maize rots.',
        localNeed: 'Farmers lose a third.',
        solution: 'Solar dryers.',
        currency: 'EUR',
        budget: [{ item: 'Dryer', quantity: 2, unitCost: 2400, total: 4800 }],
        milestones: [{ title: 'First dryer', due: '2027-06-01', amount: 4800 }],
      },
    };
    let interested = false;
    const requests = await signInAs(['investor'], {
      '/programme': fundingProgramme,
      '/investor/proposals/p1': () => (interested ? full : teaser),
      'POST /investor/proposals/p1/interest': () => {
        interested = true;
        return full;
      },
      'POST /investor/proposals/p1/pledges': {
        pledgeId: 'x',
        proposalId: 'p1',
        pledged: { amount: 2000, currency: 'EUR' },
        instrument: 'loan',
        conditions: null,
        madeAt: '2027-04-01T10:00:00Z',
      },
    });
    renderAt('/investor/proposals/p1');
    expect(await screen.findByText('Dry maize with the sun.')).toBeTruthy();
    expect(screen.queryByText('Maize rots.')).toBeNull();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'My matches' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Express interest' }));
    expect(await screen.findByText('Maize rots.')).toBeTruthy();
    expect(requests.find((r) => r.path === '/investor/proposals/p1/interest')?.body).toEqual({
      acceptTerms: true,
      termsVersion: '2026-12',
    });

    const form = screen.getByRole('form', { name: 'Pledge' });
    fireEvent.change(within(form).getByLabelText('Amount (EUR)'), { target: { value: '2000' } });
    fireEvent.change(within(form).getByLabelText('Instrument'), { target: { value: 'loan' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pledge' }));
    await waitFor(() => expect(requests.some((r) => r.path === '/investor/proposals/p1/pledges')).toBe(true));
    expect(requests.find((r) => r.path === '/investor/proposals/p1/pledges')?.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      amount: 2000,
      currency: 'EUR',
      instrument: 'loan',
    });
  });

  it('reports the team’s next milestone with its evidence PDF, by the kept token', async () => {
    localStorage.setItem('ikiraro.invitation-token', 'tok-2');
    const requests = stubGateway({
      '/programme': fundingProgramme,
      '/public/award': {
        id: 'p1',
        title: 'Solar dryers',
        currency: 'EUR',
        ledger: { awarded: 4800 },
        milestones: [
          {
            id: 'm1',
            title: 'First dryer',
            due: '2027-06-01',
            amount: 2400,
            status: 'paid',
            evidence: [],
          },
          {
            id: 'm2',
            title: 'Second dryer',
            due: '2027-09-01',
            amount: 2400,
            status: 'returned',
            evidence: [],
            returned: { reason: 'No photo', at: '2027-09-02T10:00:00Z' },
          },
        ],
      },
      'POST /public/award/milestones/m2/evidence?name=photos.pdf': { id: 'e1', name: 'photos.pdf' },
    });
    renderAt('/pitch/award');
    expect(await screen.findByText('Why: No photo')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Report: Second dryer' });
    fireEvent.change(within(form).getByLabelText('What the team did'), {
      target: { value: 'Built and in use.' },
    });
    fireEvent.change(within(form).getByLabelText('Jobs created'), { target: { value: '3' } });
    chooseFile(
      within(form).getByLabelText('Evidence (PDF)'),
      new File(['%PDF-1.7'], 'photos.pdf', { type: 'application/pdf' }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Send the report' }));
    await waitFor(() =>
      expect(requests.some((r) => r.path === '/public/award/milestones/m2/report')).toBe(true),
    );
    const upload = requests.find((r) => r.path.startsWith('/public/award/milestones/m2/evidence'));
    expect(upload?.headers).toMatchObject({
      'x-invitation-token': 'tok-2',
      'content-type': 'application/pdf',
    });
    const report = requests.find((r) => r.path === '/public/award/milestones/m2/report');
    expect(report?.headers['x-invitation-token']).toBe('tok-2');
    expect(report?.body).toEqual({
      narrative: 'Built and in use.',
      figures: { jobsCreated: 3 },
      evidence: ['e1'],
    });
  });
});
