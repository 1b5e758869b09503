import type { Verification } from '../public/training/trainee.api.ts';

/** A valid training certificate as its check and its holder's page state it. */
export const certificateFacts: Verification = {
  status: 'valid',
  kind: 'training',
  name: 'Aline Uwase',
  course: 'Solar installation',
  iprc: 'IPRC Kigali',
  period: { start: '2026-03-02', end: '2026-04-24' },
  issuedOn: '2026-04-25',
};
