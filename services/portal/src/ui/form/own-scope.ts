import type { User } from '../../api/types.ts';

/**
 * The choices of an office or institution: a record keeps its own; a user whose only role is `scopedRole` gets
 * their own scope alone (the service would refuse another); everyone else the whole list.
 */
export function ownScope(
  kept: string | undefined,
  user: User,
  scopedRole: User['roles'][number],
  scope: string | undefined,
  all: readonly string[],
): readonly string[] {
  if (kept) return [kept];
  if (user.roles.every((role) => role === scopedRole) && scope && all.includes(scope)) return [scope];
  return all;
}
