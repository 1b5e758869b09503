/**
 * Which fields of a payload are personal, and whose (ADR 10): the producer's messaging seals them with that
 * person's key before they reach the outbox or Kafka, and opens them for the consuming services named in
 * `readers` (a service that handles the event without being named there does not start). Once the person is
 * erased their key is gone: every copy stays sealed, and the event reaches no handler any more.
 */
export interface PersonalFields<T> {
  /** The person the fields are about, as the key store names them, e.g. `member:<memberId>`. */
  person(data: T): string;
  /** Paths of the personal fields: `profile`, `decision.reason`, `scorecards[].comment`. */
  readonly fields: readonly string[];
  /** The services entitled to read them. */
  readonly readers: readonly string[];
}

/** A registrant or member of outreach, as the key store names them. */
export const memberPerson = (memberId: string) => `member:${memberId}`;

/** A trainee of a Training of Trainers (a TVET teacher or student, with no account), as the key store names them. */
export const traineePerson = (traineeId: string) => `trainee:${traineeId}`;

/** An investor who signed up to hear of pilot proposals (funding), as the key store names them. */
export const investorPerson = (investorId: string) => `investor:${investorId}`;

/** A staff account of the gateway (a reviewer, a focal point…), as the key store names them. */
export const accountPerson = (accountId: string) => `account:${accountId}`;
