import type { components } from '../../api/generated/openapi.ts';
import { send } from '../../api/http.ts';

/* A trainee's public pages: no account, their personal code in `x-trainee-code`. */
type Schemas = components['schemas'];
export type TestKind = Schemas['PublicTestView']['kind'];
export type CheckIn = Schemas['CheckInView'];
export type TraineeSession = Schemas['TraineeSessionView'];
export type TraineeRecord = Schemas['TraineeRecordView'] & {
  /** Not in the training service's answer yet: the cascade form shows only once it says `teacher`. */
  role?: 'teacher' | 'student';
};
export type PublicTest = Schemas['PublicTestView'];
export type Verification = Schemas['VerificationView'];
export type OwnCertificate = Schemas['OwnCertificateView'];
export type SexCount = Schemas['SexCountView'];
export type CascadeSession = Schemas['CascadeSessionView'];
export type Ratings = Schemas['RatingsDto'];

const withCode = (code: string) => ({ 'x-trainee-code': code });
/** The cache's keys: one entry per code (the code travels as a header, never in the address asked). */
const keyOf = (path: string, code: string) => `${path}?trainee=${encodeURIComponent(code)}`;

export const traineeApi = {
  checkIn: (code: string, token: string) =>
    send<CheckIn>('POST', '/public/check-in', { headers: withCode(code), body: { token } }),

  recordKey: (code: string) => keyOf('/public/trainee', code),
  record: (code: string) => (_key: string, signal: AbortSignal) =>
    send<TraineeRecord>('GET', '/public/trainee', { signal, headers: withCode(code) }),

  testKey: (code: string, kind: TestKind) => keyOf(`/public/tests/${kind}`, code),
  test: (code: string, kind: TestKind) => (_key: string, signal: AbortSignal) =>
    send<PublicTest>('GET', `/public/tests/${kind}`, { signal, headers: withCode(code) }),
  take: (code: string, kind: TestKind, answers: number[]) =>
    send<Schemas['TestScoreView']>('POST', `/public/tests/${kind}`, {
      headers: withCode(code),
      body: { answers },
    }),

  feedback: (code: string, ratings: Ratings, comment: string) =>
    send<Schemas['FeedbackReceivedView']>('POST', '/public/feedback', {
      headers: withCode(code),
      body: comment ? { ratings, comment } : { ratings },
    }),

  certificateKey: (code: string) => keyOf('/public/trainee/certificate', code),
  certificate: (code: string) => (_key: string, signal: AbortSignal) =>
    send<OwnCertificate>('GET', '/public/trainee/certificate', { signal, headers: withCode(code) }),
  certificatePdf: (code: string) =>
    send<Blob>('GET', '/public/trainee/certificate/pdf', { headers: withCode(code), download: true }),

  cascadeKey: (code: string) => keyOf('/public/cascade', code),
  cascade: (code: string) => (_key: string, signal: AbortSignal) =>
    send<Schemas['OwnCascadeView']>('GET', '/public/cascade', { signal, headers: withCode(code) }),
  recordCascade: (code: string, session: Schemas['CascadeDto']) =>
    send<CascadeSession>('POST', '/public/cascade', { headers: withCode(code), body: session }),

  /** Anyone: a certificate by its verification code. */
  verify: (verificationCode: string) => (_key: string, signal: AbortSignal) =>
    send<Verification>('GET', `/public/certificates/${encodeURIComponent(verificationCode)}`, { signal }),
};
