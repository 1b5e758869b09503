import { expect } from '@jest/globals';
import type { startGateway } from '../gateway.testing.ts';

/** The password an onboarded user sets. */
export const userPassword = 'a long enough password';

/**
 * Invites `user` as the administrator holding `adminToken`, follows the e-mailed link and sets
 * {@link userPassword}: an active user, whose id it answers.
 */
export async function onboardUser(
  gateway: Awaited<ReturnType<typeof startGateway>>,
  adminToken: string,
  user: { email: string; name: string; roles: string[] },
): Promise<string> {
  const since = new Date();
  const invited = await gateway.request('POST', '/api/v1/users', user, { token: adminToken });
  expect(invited.status).toBe(201);
  const mail = await gateway.mail.waitFor(user.email, { since });
  const token = new URL(mail.links[0]!).searchParams.get('token')!;
  const accepted = await gateway.request('POST', '/api/v1/auth/invitations/accept', {
    token,
    password: userPassword,
  });
  expect(accepted.status).toBe(204);
  return invited.body.id as string;
}
