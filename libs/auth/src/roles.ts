/** Who can do what is decided by role; outreach officers are scoped to an office, IPRC focal points to an IPRC. */
export const staffRoles = [
  'admin',
  'programme-manager',
  'outreach-officer',
  'twg-member',
  'iprc-focal-point',
  'trainer',
  'trainee',
  'investor',
  'auditor',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/**
 * A registered member acting on their own behalf (applying to a ToR): no account, a short-lived token the gateway
 * exchanges for a magic-link token. Never a role an account can hold.
 */
export const MEMBER = 'member';
export const roles = [...staffRoles, MEMBER] as const;
export type Role = (typeof roles)[number];

/** The caller as every service sees it, from the verified access token. */
export interface Caller {
  /** Account id. */
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** Office scope of an outreach officer: a code of the programme's `offices` (libs/programme). */
  office?: string;
  /** IPRC scope of an IPRC focal point: a code of the programme's `host.institutions`. */
  iprc?: string;
}
