import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { PersonalState } from '@ikiraro/messaging';
import { personOf } from './cohort.ts';

/**
 * A person's invitation to a call (aggregate `invitation`, projection `invitations`): one per person per call,
 * its id from both; its token is the signed id. Name and address sealed for the person.
 */
export const INVITATION = 'invitation';
export interface Invitation {
  callId: string;
  totId: string;
  iprc: string;
  role: 'trainee' | 'trainer';
  personId: string;
  name: string | null;
  email?: string | null;
  sex?: string;
}

export const invitationIdOf = (callId: string, personId: string) =>
  createHash('sha256').update(`${callId}\n${personId}`).digest('base64url').slice(0, 22);

export const invitationPersonal: PersonalState = {
  person: (state) => personOf(state as Invitation),
  fields: ['name', 'email'],
};

/** The header a team's requests carry their invitation token in (the gateway forwards it). */
export const INVITATION_TOKEN = 'x-invitation-token';
export const invitationTokenHeader = {
  name: INVITATION_TOKEN,
  description: "A team member's invitation to the call (from its e-mail), in place of an account.",
  required: true,
};

/**
 * The invitation token of a team's request, `@InvitationToken() token?: string`. Not `@Headers(…)`, which the
 * OpenAPI document would list a second time beside the controller's `@ApiHeader(invitationTokenHeader)`.
 */
export const InvitationToken = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers[INVITATION_TOKEN];
  return typeof value === 'string' ? value : undefined;
});
