import { screen, within } from '@testing-library/react';
import { session } from '../api/session.ts';
import type { User } from '../api/types.ts';
import { type Answers, renderAt, stubGateway } from './render-at.tsx';

/** A staff account as the gateway answers it; `scope` sets an IPRC or an office where the roles need one. */
export const staffUser = (roles: string[], scope: Partial<User> = {}) => ({
  id: 'u1',
  email: 'staff@test.ikiraro.org',
  name: 'Staff',
  roles,
  status: 'active',
  createdAt: '2026-01-01T00:00:00Z',
  ...scope,
});

/**
 * Signs in as a staff account with `roles` through the stand-in gateway, which then answers `answers`
 * (testing/render-at.tsx's `stubGateway`); the requests it records.
 */
export async function signInAs(roles: string[], answers: Answers = {}, scope: Partial<User> = {}) {
  const user = staffUser(roles, scope);
  const requests = stubGateway({
    'POST /auth/login': { accessToken: 'token', expiresAt: new Date(Date.now() + 3_600_000), user },
    ...answers,
  });
  await session.signIn(user.email, 'a long password');
  return requests;
}

/** The names of the main navigation's links that a staff account with `roles` is shown, on the dashboard. */
export async function navigationOf(roles: string[]) {
  await signInAs(roles);
  renderAt('/');
  // Each call renders the portal again; the latest is the last on the page.
  const nav = (await screen.findAllByRole('navigation', { name: 'Main' })).at(-1)!;
  await within(nav).findByRole('link', { name: 'Dashboard' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}
