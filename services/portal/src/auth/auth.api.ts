import { send } from '../api/http.ts';

/** The public account endpoints (links from e-mails); signing in and out is the session's. */
export const authApi = {
  acceptInvitation: (token: string, password: string) =>
    send<void>('POST', '/auth/invitations/accept', { body: { token, password } }),
  requestPasswordReset: (email: string) => send<void>('POST', '/auth/password-reset', { body: { email } }),
  resetPassword: (token: string, password: string) =>
    send<void>('POST', '/auth/password-reset/confirm', { body: { token, password } }),
};

/** The server's rule, checked here first to spare a round trip. */
export const passwordLength = { min: 12, max: 128 };
