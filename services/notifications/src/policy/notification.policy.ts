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
  memberPerson,
  PlacementCancelled,
  PlacementExpired,
  PlacementOffered,
  TorPanelAssigned,
  TorPublished,
  TotCancelled,
  traineePerson,
} from '@ikiraro/contracts';
import { institutionName } from './known.ts';
import { notify, type Rule } from './rule.ts';

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
];
