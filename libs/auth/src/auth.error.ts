import { HttpException } from '@nestjs/common';

/** 401/403 with a stable code; the problem filter turns it into application/problem+json. */
export class AuthError extends HttpException {
  constructor(status: 401 | 403 | 429, code: string, message: string) {
    super({ code, message }, status);
  }
}

export const unauthenticated = (message = 'Sign in to use this route') =>
  new AuthError(401, 'auth.unauthenticated', message);
export const forbidden = (message = 'Your role does not allow this') =>
  new AuthError(403, 'auth.forbidden', message);
