export { type AuditEntry, entry } from './audit.ts';
export { AuthError, forbidden, unauthenticated } from './auth.error.ts';
export { AUTH_OPTIONS, AuthGuard, callerOf, type AuthOptions } from './auth.guard.ts';
export { assertIprc, assertOffice, CurrentCaller } from './caller.decorator.ts';
export { allows, ANY_SIGNED_IN, policy, PUBLIC, ruleOf, type Rule, type Service } from './policy.ts';
export { type Caller, MEMBER, type Role, roles, type StaffRole, staffRoles } from './roles.ts';
export * from './token.ts';
