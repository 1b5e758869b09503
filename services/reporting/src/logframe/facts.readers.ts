import {
  ApplicationSubmitted,
  AssessmentCompleted,
  CandidateSelected,
  CandidateShortlisted,
  CascadeRecorded,
  CertificateIssued,
  CertificateRevoked,
  type EventContract,
  InterestExpressed,
  investorPerson,
  memberPerson,
  MemberRegistered,
  MilestoneApproved,
  PlacementArrived,
  PlacementCompleted,
  PledgeMade,
  ProposalAwarded,
  ProposalSubmitted,
  traineePerson,
  TrancheReleased,
} from '@ikiraro/contracts';
import { genderGroupOf } from '@ikiraro/programme';

/**
 * One fact an event gives: where it falls (its dimensions: sex, IPRC, office, subject…) and what it adds (its
 * measures; `count` is 1 unless said). `person` is whom it is about (dropped on erasure); `traitsOf` names the
 * person or certificate whose traits (sex, office) fill the dimensions the event does not carry.
 */
export interface FactRow {
  dims?: Record<string, string>;
  measures?: Record<string, number>;
  /** What `latest` and `distinct` indicators count by: an award, an investor. */
  key?: string;
  person?: string;
  traitsOf?: string;
}

/** What an event tells of a person or a certificate, kept to fill the facts of events that name them only. */
export interface Traits {
  of: string;
  dims: Record<string, string>;
}

export interface Reading {
  rows: FactRow[];
  traits?: Traits;
}

type Reader = (data: never) => Reading;
const readers = new Map<string, Reader>();

function reads<T extends object>(contract: EventContract<T>, read: (data: T) => Reading) {
  readers.set(contract.type, read as Reader);
}

/** The facts of an event's payload; undefined for an event no indicator is fed by. */
export function readingOf(type: string, data: object): Reading | undefined {
  return readers.get(type)?.(data as never);
}

/** The event types reporting turns into facts. */
export const readTypes = () => [...readers.keys()];

const one = (row: FactRow): Reading => ({ rows: [row] });
const member = (memberId: string) => ({ person: memberPerson(memberId), traitsOf: memberPerson(memberId) });
const certificate = (id: string) => `certificate:${id}`;

reads(MemberRegistered, (d) => {
  const traits = { sex: genderGroupOf(d.profile.gender), office: d.office };
  return {
    rows: [{ dims: { ...traits, channel: d.channel }, person: memberPerson(d.memberId) }],
    traits: { of: memberPerson(d.memberId), dims: traits },
  };
});

reads(ApplicationSubmitted, (d) => one(member(d.memberId)));
reads(CandidateShortlisted, (d) => one(member(d.memberId)));
reads(CandidateSelected, (d) => one({ ...member(d.memberId), dims: { iprc: d.iprc } }));
reads(PlacementArrived, (d) => one({ ...member(d.memberId), dims: { iprc: d.iprc } }));
reads(PlacementCompleted, (d) => one({ ...member(d.memberId), dims: { iprc: d.iprc } }));

/** A cohort: the trainees with both tests, by sex; and the cohort's gain, once, when it has one. */
reads(AssessmentCompleted, (d) => ({
  rows: [
    ...d.bySex.map((s) => ({ dims: { iprc: d.iprc, sex: s.sex }, measures: { trainees: s.trainees } })),
    ...(d.cohort.gain === undefined ? [] : [{ dims: { iprc: d.iprc }, measures: { gain: d.cohort.gain } }]),
  ],
}));

const holder = (d: { kind: string; holderId: string }) =>
  d.kind === 'service' ? memberPerson(d.holderId) : traineePerson(d.holderId);

reads(CertificateIssued, (d) => ({
  rows: [{ dims: { iprc: d.iprc, kind: d.kind, sex: d.sex }, person: holder(d) }],
  traits: { of: certificate(d.certificateId), dims: { sex: d.sex } },
}));

/** A revocation carries no sex: its certificate's issue gives it, whichever of the two comes first. */
reads(CertificateRevoked, (d) =>
  one({ dims: { iprc: d.iprc, kind: d.kind }, person: holder(d), traitsOf: certificate(d.certificateId) }),
);

reads(CascadeRecorded, (d) => ({
  rows: d.students.map((s) => ({ dims: { iprc: d.iprc, sex: s.sex }, measures: { students: s.count } })),
}));

reads(ProposalSubmitted, (d) => one({ dims: { iprc: d.iprc, subject: d.sector } }));
reads(ProposalAwarded, (d) =>
  one({
    dims: { iprc: d.iprc, subject: d.sector, currency: d.awarded.currency },
    measures: { count: 1, amount: d.awarded.amount },
  }),
);
reads(TrancheReleased, (d) =>
  one({
    dims: { iprc: d.iprc, subject: d.sector, currency: d.paid.currency },
    measures: { count: 1, amount: d.paid.amount },
  }),
);
reads(MilestoneApproved, (d) =>
  one({ dims: { iprc: d.iprc, subject: d.sector }, measures: { jobs: d.jobsCreated }, key: d.awardId }),
);

reads(InterestExpressed, (d) => one({ key: d.investorId, person: investorPerson(d.investorId) }));
reads(PledgeMade, (d) =>
  one({
    dims: { instrument: d.instrument, currency: d.pledged.currency },
    measures: { count: 1, amount: d.pledged.amount },
    key: d.investorId,
    person: investorPerson(d.investorId),
  }),
);
