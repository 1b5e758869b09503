import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  InvestorMatched,
  type InvestorMatchedV1,
  InvestorSignedUp,
  type InvestorSignedUpV1,
  InvitationIssued,
  type InvitationIssuedV1,
  MilestoneApproved,
  ProposalAwarded,
  ProposalScreened,
  type ProposalScreenedV1,
  TrancheReleased,
} from '@ikiraro/contracts';
import { eventually, type MailCatcher, publishEvents, type ServiceUnderTest } from '@ikiraro/testing';
import { Deliveries } from './deliveries/deliveries.ts';
import { contact, publishContacts, redeliver } from './testing/events.testing.ts';
import { startNotifications } from './testing/notifications.testing.ts';

const callRef = { callId: 'call-1', callTitle: 'Pilots 2027', deadline: '2027-05-31T17:00:00.000Z' };
/** A signed token as funding writes one: characters a URL must escape included. */
const tokenOf = (id: string) => `${Buffer.from(id).toString('base64url')}.c2lnbmF0dXJlLXNpZ25lZA+/=`;

const invitation = (
  personId: string,
  overrides: Partial<InvitationIssuedV1> = {},
): { subject: string; data: InvitationIssuedV1 } => {
  const data: InvitationIssuedV1 = {
    ...callRef,
    invitationId: `inv-${personId}`,
    totId: 'tot-1',
    iprc: 'KGL',
    role: 'trainee',
    personId,
    name: `Aline ${personId}`,
    email: `${personId}@trainee.example.org`,
    token: tokenOf(`inv-${personId}`),
    ...overrides,
  };
  return { subject: data.invitationId, data };
};

const proposalRef = (leadId: string) => ({
  proposalId: `prop-${leadId}`,
  callId: 'call-1',
  totId: 'tot-1',
  iprc: 'KGL' as const,
  sector: 'electrical',
  leadId,
  title: 'Solar kiosks',
});
const teaser = (leadId: string) => ({
  ...proposalRef(leadId),
  summary: 'Kiosks that charge phones from the sun.',
  requested: { amount: 15000, currency: 'EUR' },
  jobsExpected: 6,
});
const screened = (leadId: string, overrides: Partial<ProposalScreenedV1> = {}) => ({
  subject: `prop-${leadId}`,
  data: {
    ...proposalRef(leadId),
    qualified: false,
    reasons: ['The budget exceeds the ceiling', 'No trainer in the team'],
    ...overrides,
  },
});
const milestoneRef = (leadId: string) => ({
  awardId: `prop-${leadId}`,
  callId: 'call-1',
  iprc: 'KGL' as const,
  sector: 'electrical',
  milestoneId: 'ms-1',
});

const investor = (investorId: string, locale: string): { subject: string; data: InvestorSignedUpV1 } => ({
  subject: investorId,
  data: {
    investorId,
    organisation: `Fund ${investorId}`,
    name: `Grace ${investorId}`,
    email: `${investorId}@investor.example.org`,
    locale,
    verifyToken: tokenOf(`verify-${investorId}`),
  },
});
const match = (
  investorId: string,
  stage: InvestorMatchedV1['stage'],
  leadId = 'lead-1',
): { subject: string; data: InvestorMatchedV1 } => {
  const matchId = `prop-${leadId}:${stage}:${investorId}`;
  return {
    subject: matchId,
    data: {
      ...teaser(leadId),
      matchId,
      investorId,
      stage,
      reasons: ['Sector: Electrical technology', 'Ticket: 15000 EUR is within 5000–20000 EUR'],
    },
  };
};

describe('notifications of funding', () => {
  let service: ServiceUnderTest;
  let mail: MailCatcher;
  let publicUrl: string;
  let stop: () => Promise<void>;
  const logged = (filter: Record<string, string>) =>
    service.app.get(Deliveries).collection.find(filter).toArray();

  beforeAll(async () => {
    ({ service, mail, publicUrl, stop } = await startNotifications());
  });
  afterAll(() => stop());

  it("mails a trainee their team's link in the programme's first language, the token sealed; without an address, nothing", async () => {
    const unreachable = invitation('no-mail');
    delete unreachable.data.email;
    const invited = invitation('lead-1');
    // The addressed one on the same key after: once it is mailed, the one without an address was handled
    await publishEvents(InvitationIssued, [unreachable, { ...invited, subject: unreachable.subject }]);
    await eventually(async () => expect(mail.to('lead-1@trainee.example.org')).toHaveLength(1));
    const [message] = mail.to('lead-1@trainee.example.org');
    expect(message!.subject).toBe('Call for pilot proposals: Pilots 2027');
    expect(message!.text).toContain('Hello Aline lead-1,');
    expect(message!.text).toContain('your Training of Trainers at IPRC Kigali to propose a pilot project');
    expect(message!.text).toContain("With the other trainees of your ToT, draft your team's proposal");
    expect(message!.text).toContain('accepted until May 31, 2027');
    const link = `${publicUrl}/pitch?token=${encodeURIComponent(invited.data.token)}`;
    expect(message!.text).toContain(`Your team's page: ${link}\n`);
    expect(new URL(link).searchParams.get('token')).toBe(invited.data.token);
    expect(message!.html).toContain(`<a href="${link}">`);
    expect(message!.headers['list-unsubscribe']).toBeUndefined();

    // Marked sent once the server has taken it, which may come just after the mail is seen
    await eventually(async () =>
      expect(await logged({ person: 'trainee:lead-1' })).toMatchObject([
        { template: 'funding-invitation', category: 'funding', status: 'sent' },
      ]),
    );
    const [delivery] = await logged({ person: 'trainee:lead-1' });
    expect(JSON.stringify(delivery)).not.toContain(invited.data.token.slice(0, 12));
    expect(JSON.stringify(delivery)).not.toContain('lead-1@trainee.example.org');
    expect(await logged({ person: 'trainee:no-mail' })).toEqual([]);
  });

  it("mails a trainer their invitation as the team's mentor at their own address, in their language", async () => {
    await publishContacts(contact('trainer-1', { locale: 'fr' }));
    const invited = invitation('trainer-1', { role: 'trainer', email: 'placement-copy@example.org' });
    await publishEvents(InvitationIssued, [invited]);
    await eventually(async () => expect(mail.to('trainer-1@example.org')).toHaveLength(1));
    const [message] = mail.to('trainer-1@example.org');
    expect(message!.subject).toBe('Appel à projets pilotes : Pilots 2027');
    expect(message!.text).toContain('Bonjour Ada-trainer-1,');
    expect(message!.text).toContain("En tant que formateur de l'équipe, vous êtes invité comme son mentor");
    expect(message!.text).toContain(`${publicUrl}/pitch?token=${encodeURIComponent(invited.data.token)}`);
    expect(mail.to('placement-copy@example.org')).toHaveLength(0);
  });

  it('mails an investor the link that verifies their address, in their language, both sealed in the log', async () => {
    const signedUp = investor('inv-de', 'de');
    await publishEvents(InvestorSignedUp, [signedUp]);
    await eventually(async () => expect(mail.to('inv-de@investor.example.org')).toHaveLength(1));
    const [message] = mail.to('inv-de@investor.example.org');
    expect(message!.subject).toBe('Bestätigen Sie Ihre Adresse, um von Pilotprojekten zu erfahren');
    expect(message!.text).toContain('Guten Tag Grace inv-de,');
    expect(message!.text).toContain('danke, dass Sie Fund inv-de als Investor');
    const link = `${publicUrl}/invest/verify?token=${encodeURIComponent(signedUp.data.verifyToken)}`;
    expect(message!.text).toContain(`über diesen Link: ${link}\n`);
    expect(message!.headers['list-unsubscribe']).toBeUndefined();
    await eventually(async () =>
      expect(await logged({ person: 'investor:inv-de' })).toMatchObject([
        { template: 'funding-investor-verify', status: 'sent', locale: 'de' },
      ]),
    );
    const [delivery] = await logged({ person: 'investor:inv-de' });
    expect(JSON.stringify(delivery)).not.toContain(signedUp.data.verifyToken.slice(0, 12));
    expect(JSON.stringify(delivery)).not.toContain('inv-de@investor.example.org');
  });

  it("tells the team's lead their proposal did not qualify, each reason on its line; a lead without an address gets nothing", async () => {
    await publishEvents(ProposalScreened, [
      screened('no-mail'),
      { ...screened('lead-1'), subject: screened('no-mail').subject },
    ]);
    await eventually(async () => expect(mail.to('lead-1@trainee.example.org')).toHaveLength(2));
    const message = mail.to('lead-1@trainee.example.org')[1]!;
    expect(message.subject).toBe('Your proposal did not qualify: Solar kiosks');
    expect(message.text).toContain('"Solar kiosks" did not pass the qualifying round of the call');
    expect(message.text).toContain(
      'The reasons given:\n- The budget exceeds the ceiling\n- No trainer in the team\n',
    );
    expect(await logged({ person: 'trainee:no-mail' })).toEqual([]);
  });

  it('tells the lead of the award, then of its milestone approved and its tranche paid', async () => {
    await publishEvents(ProposalAwarded, [
      {
        subject: 'prop-lead-1',
        data: { ...teaser('lead-1'), awarded: { amount: 12000, currency: 'EUR' }, rank: 1, tranches: 3 },
      },
    ]);
    await eventually(async () => expect(mail.to('lead-1@trainee.example.org')).toHaveLength(3));
    const awarded = mail.to('lead-1@trainee.example.org')[2]!;
    expect(awarded.subject).toBe('Your pilot is funded: Solar kiosks');
    expect(awarded.text).toContain('"Solar kiosks" 12000 EUR from the programme\'s fund');
    expect(awarded.text).toContain('paid in 3 tranche(s)');

    await publishEvents(MilestoneApproved, [
      { subject: 'ms-1', data: { ...milestoneRef('lead-1'), title: 'First kiosk open', jobsCreated: 2 } },
    ]);
    await eventually(async () => expect(mail.to('lead-1@trainee.example.org')).toHaveLength(4));
    const approved = mail.to('lead-1@trainee.example.org')[3]!;
    expect(approved.subject).toBe('Milestone approved: First kiosk open');
    expect(approved.text).toContain('"First kiosk open" ("Solar kiosks") is approved, with 2 job(s) created');

    await publishEvents(TrancheReleased, [
      {
        subject: 'tr-1',
        data: {
          ...milestoneRef('lead-1'),
          trancheId: 'tr-1',
          paid: { amount: 4000, currency: 'EUR' },
          paidOn: '2027-09-15',
          reference: 'BK-2027-0915',
          disbursed: { amount: 8000, currency: 'EUR' },
        },
      },
    ]);
    await eventually(async () => expect(mail.to('lead-1@trainee.example.org')).toHaveLength(5));
    const paid = mail.to('lead-1@trainee.example.org')[4]!;
    expect(paid.subject).toBe('Tranche paid: 4000 EUR for Solar kiosks');
    expect(paid.text).toContain('was paid on September 15, 2027. Paid so far: 8000 EUR.');
  });

  it('tells an investor of a match once, whether the event comes again or another event announces the same match', async () => {
    await publishEvents(InvestorSignedUp, [investor('inv-en', 'en')]);
    await eventually(async () => expect(mail.to('inv-en@investor.example.org')).toHaveLength(1));
    const shortlisted = match('inv-en', 'shortlisted');
    const [first] = await publishEvents(InvestorMatched, [shortlisted]);
    await redeliver(InvestorMatched, first!);
    // Another event (another id) for the same match, then the next stage's match on the same key: once that one
    // is mailed, both were handled
    const [again] = await publishEvents(InvestorMatched, [shortlisted]);
    expect(again!.id).not.toBe(first!.id);
    await publishEvents(InvestorMatched, [{ ...match('inv-en', 'awarded'), subject: shortlisted.subject }]);
    await eventually(async () => expect(mail.to('inv-en@investor.example.org')).toHaveLength(3));
    const [, message, awarded] = mail.to('inv-en@investor.example.org');
    expect(message!.subject).toBe('A pilot project for you: Solar kiosks');
    expect(message!.text).toContain('it was shortlisted by the committee.');
    expect(message!.text).toContain('"Solar kiosks", Electrical technology, a team of IPRC Kigali\n');
    expect(message!.text).toContain('It asks for 15000 EUR and expects to create 6 job(s).');
    expect(message!.text).toContain(
      'Why it matches your interests:\n- Sector: Electrical technology\n- Ticket: 15000 EUR is within 5000–20000 EUR\n',
    );
    expect(message!.text).toContain(`in your investor account: ${publicUrl}/investor/matches\n`);
    expect(message!.headers['list-unsubscribe']).toContain('category=matches');
    expect(awarded!.text).toContain('it was awarded funding by the committee.');

    // The log keys the message on the match: one for the shortlisting (from the first event), one for the award
    const matches = await logged({ person: 'investor:inv-en', template: 'funding-investor-matched' });
    expect(matches).toHaveLength(2);
    expect(matches.find((d) => d.event.id === first!.id)).toMatchObject({
      _id: `funding-investor-matched:${shortlisted.data.matchId}:investor:inv-en`,
      status: 'sent',
    });
  });

  it('sends no match to an investor who switched matches off in one click, and still the steps they must hear of', async () => {
    const oneClick = mail.to('inv-en@investor.example.org')[1]!.headers['list-unsubscribe']!.slice(1, -1);
    const path = new URL(oneClick).pathname.replace('/api/v1', '') + new URL(oneClick).search;
    const stopped = await service.request('POST', path, 'List-Unsubscribe=One-Click', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(stopped.status).toBe(200);
    expect(stopped.body.categories).toContainEqual({ code: 'matches', optional: true, subscribed: false });
    expect(stopped.body.categories).toContainEqual({ code: 'funding', optional: false, subscribed: true });

    const later = match('inv-en', 'shortlisted', 'lead-2');
    await publishEvents(InvestorMatched, [later]);
    await eventually(async () =>
      expect(await logged({ _id: `funding-investor-matched:${later.data.matchId}:investor:inv-en` })).toEqual(
        [
          expect.objectContaining({
            status: 'suppressed',
            reason: 'the recipient switched off matches',
            pending: false,
          }),
        ],
      ),
    );
    // Their address to verify again (a new sign-up) is not theirs to switch off
    await publishEvents(InvestorSignedUp, [investor('inv-en', 'en')]);
    await eventually(async () => expect(mail.to('inv-en@investor.example.org')).toHaveLength(4));
    expect(mail.to('inv-en@investor.example.org')[3]!.subject).toBe(
      'Confirm your address to hear of pilot projects',
    );
  });
});
