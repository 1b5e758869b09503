import {
  accountPerson,
  ApplicationRejected,
  CANCELLATION_REASONS,
  CandidateSelected,
  CandidateShortlisted,
  CertificateIssued,
  type CertificateIssuedV1,
  CertificateRevoked,
  type CertificateRevokedV1,
  DigestIssued,
  InvestorMatched,
  investorPerson,
  InvestorSignedUp,
  InvitationIssued,
  type InvitationIssuedV1,
  memberPerson,
  MilestoneApproved,
  PlacementCancelled,
  PlacementExpired,
  PlacementOffered,
  ProposalAwarded,
  ProposalScreened,
  TorPanelAssigned,
  TorPublished,
  TotCancelled,
  traineePerson,
  TrancheReleased,
} from '@ikiraro/contracts';
import { institutionName, type Known, subjectName } from './known.ts';
import { type Facts, notify, type Rule } from './rule.ts';

const applicant = (d: { memberId: string }) => [memberPerson(d.memberId)];
/** A certificate's holder: the professional (certificate of service), or the trainee when they gave an address. */
const holder = (d: CertificateIssuedV1) =>
  d.kind === 'service' ? [memberPerson(d.holderId)] : d.email ? [traineePerson(d.holderId)] : [];
/** The same for a revocation, which carries no address: the trainee's, if their certificate brought one. */
const revokedHolder = async (d: CertificateRevokedV1, known: Parameters<Rule['to']>[1]) => {
  if (d.kind === 'service') return [memberPerson(d.holderId)];
  const trainee = traineePerson(d.holderId);
  return (await known.reachable(trainee)) ? [trainee] : [];
};
/** An invitee at the address their invitation carries (a trainer: theirs from outreach); none without one. */
const invitee = (d: InvitationIssuedV1) =>
  d.email ? [d.role === 'trainer' ? memberPerson(d.personId) : traineePerson(d.personId)] : [];
/** A team's lead, a trainee: written to when their invitation (or certificate) brought an address. */
const lead = async (d: { leadId: string }, known: Known) => {
  const trainee = traineePerson(d.leadId);
  return (await known.reachable(trainee)) ? [trainee] : [];
};
/** A funded pilot's lead, as its award said (milestones and tranches name the award only). */
const awardLead = async (d: { awardId: string }, known: Known) => {
  const award = await known.award(d.awardId);
  return award ? lead(award, known) : [];
};
/** The pilot's title; none when its award is unknown (no recipient then either). */
const aboutTheAward = async (d: { awardId: string }, known: Known): Promise<Facts> => {
  const award = await known.award(d.awardId);
  return award ? { proposal: { title: award.title } } : {};
};
/** Reasons as records, one a line (`{{#reasons}}- {{reason}}{{/reasons}}`). */
const lines = (reasons: readonly string[]) => reasons.map((reason) => ({ reason }));
const aboutTheTor = (d: { torId: string }, known: Parameters<Rule['facts']>[1]) => known.torFacts(d.torId);

/**
 * Who hears of what: one line per notification, the event that sends it, its recipients, its template
 * (`templates/<template>.yaml`, in every public language) and its category (what the recipient may switch off,
 * preferences/categories.ts). A message goes once per event, recipient and template, whatever redelivers it.
 * Adding one: a template and a line here.
 */
export const policy: readonly Rule[] = [
  notify(ApplicationRejected, {
    when: (d) => d.stage === 'screening',
    to: applicant,
    template: 'application-screened-out',
    category: 'applications',
    facts: aboutTheTor,
  }),
  notify(ApplicationRejected, {
    when: (d) => d.stage !== 'screening',
    to: applicant,
    template: 'application-not-selected',
    category: 'applications',
    facts: aboutTheTor,
  }),
  notify(CandidateShortlisted, {
    to: applicant,
    template: 'application-shortlisted',
    category: 'applications',
    facts: aboutTheTor,
  }),
  notify(CandidateSelected, {
    to: applicant,
    template: 'application-selected',
    category: 'applications',
    facts: async (d, known) => ({ ...(await known.torFacts(d.torId)), period: { ...d.period } }),
  }),
  notify(TorPanelAssigned, {
    to: (d) => d.reviewerIds.map(accountPerson),
    template: 'panel-assigned',
    category: 'reviews',
    facts: aboutTheTor,
  }),
  notify(TorPublished, {
    to: (d, known) => known.interestedIn(d.subject),
    template: 'new-tor',
    category: 'opportunities',
    facts: (d, known) => known.torFacts(d.torId),
  }),
  notify(PlacementOffered, {
    to: applicant,
    template: 'placement-offered',
    category: 'placements',
    facts: async (d, known) => ({
      ...(await known.torFacts(d.torId)),
      period: { ...d.period },
      respondBy: d.respondBy,
    }),
    // The link's token (`links.offer`) accepts or declines the offer: sealed in the log, for the member only.
    personal: (d) => ({ offerToken: d.offerToken }),
  }),
  notify(PlacementExpired, {
    to: applicant,
    template: 'placement-expired',
    category: 'placements',
    facts: aboutTheTor,
  }),
  notify(PlacementCancelled, {
    to: applicant,
    template: 'placement-cancelled',
    category: 'placements',
    // The reason as one flag per code, so that each language writes its own phrase in a section.
    facts: async (d, known) => ({
      ...(await known.torFacts(d.torId)),
      reason: Object.fromEntries(CANCELLATION_REASONS.map((r) => [r, r === d.reason])),
      logisticsStarted: d.logisticsStarted,
    }),
  }),
  notify(DigestIssued, {
    to: (d, known) => known.staffWith(d.ownerRole, d.iprc),
    template: 'tasks-digest',
    category: 'logistics',
    facts: (d) => ({
      day: d.day,
      count: { tasks: d.tasks.length, overdue: d.tasks.filter((t) => t.overdue).length },
      tasks: d.tasks.map((t) => ({
        title: t.title,
        institution: institutionName(t.iprc),
        dueOn: t.dueOn,
        overdue: t.overdue,
      })),
    }),
  }),
  notify(CertificateIssued, {
    to: holder,
    template: 'certificate-issued',
    category: 'training',
    facts: (d, known) => known.certificateFacts(d),
    // The code shows the holder's name on the public page: sealed in the log, like an offer's token.
    personal: (d) => ({ verificationCode: d.verificationCode }),
  }),
  notify(CertificateRevoked, {
    to: revokedHolder,
    template: 'certificate-revoked',
    category: 'training',
    facts: (d, known) => known.certificateFacts(d),
  }),
  notify(TotCancelled, {
    to: (d) => [memberPerson(d.memberId)],
    template: 'tot-cancelled',
    category: 'placements',
    facts: (d) => ({ institution: institutionName(d.iprc), sessionsCancelled: d.sessionsCancelled }),
  }),
  // Funding of pilots (ADR 17): the teams, through their links; investors, at the address they verified.
  notify(InvitationIssued, {
    to: invitee,
    template: 'funding-invitation',
    category: 'funding',
    facts: (d) => ({
      call: { title: d.callTitle, deadline: d.deadline },
      institution: institutionName(d.iprc),
      trainer: d.role === 'trainer',
    }),
    // The team's page opens with the invitation's signed token: sealed in the log, for the invitee only.
    personal: (d) => ({ links: { pitch: `/pitch?token=${encodeURIComponent(d.token)}` } }),
  }),
  notify(InvestorSignedUp, {
    to: (d) => [investorPerson(d.investorId)],
    template: 'funding-investor-verify',
    category: 'funding',
    facts: (d) => ({ organisation: d.organisation }),
    personal: (d) => ({
      links: { investVerify: `/invest/verify?token=${encodeURIComponent(d.verifyToken)}` },
    }),
  }),
  notify(ProposalScreened, {
    to: lead,
    template: 'funding-screened',
    category: 'funding',
    facts: (d) => ({
      proposal: { title: d.title },
      qualified: d.qualified,
      explained: d.reasons.length > 0,
      reasons: lines(d.reasons),
    }),
  }),
  notify(ProposalAwarded, {
    to: lead,
    template: 'funding-awarded',
    category: 'funding',
    facts: (d) => ({ proposal: { title: d.title }, awarded: { ...d.awarded }, tranches: d.tranches }),
  }),
  notify(InvestorMatched, {
    to: (d) => [investorPerson(d.investorId)],
    template: 'funding-investor-matched',
    category: 'matches',
    facts: (d) => ({
      proposal: {
        title: d.title,
        sector: subjectName(d.sector),
        summary: d.summary,
        jobsExpected: d.jobsExpected,
      },
      institution: institutionName(d.iprc),
      requested: { ...d.requested },
      awardedStage: d.stage === 'awarded',
      reasons: lines(d.reasons),
    }),
    // Once per match (proposal, stage, investor), whatever event announces it: funding writes one, and the key
    // holds even if it wrote a second.
    once: (d) => d.matchId,
  }),
  notify(MilestoneApproved, {
    to: awardLead,
    template: 'funding-milestone-approved',
    category: 'funding',
    facts: async (d, known) => ({
      ...(await aboutTheAward(d, known)),
      milestone: { title: d.title, jobsCreated: d.jobsCreated },
    }),
  }),
  notify(TrancheReleased, {
    to: awardLead,
    template: 'funding-tranche-released',
    category: 'funding',
    facts: async (d, known) => ({
      ...(await aboutTheAward(d, known)),
      paid: { ...d.paid },
      paidOn: d.paidOn,
      disbursed: { ...d.disbursed },
    }),
  }),
];
