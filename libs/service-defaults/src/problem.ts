import { HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** An RFC 9457 problem before it is addressed: its status, stable `code` and title (extra members may follow). */
export interface Problem {
  status: number;
  /** Stable, dotted, e.g. `campaign.not_found`: clients may switch on it. */
  code: string;
  title: string;
}

/**
 * The one builder of application/problem+json bodies, wherever an error is answered (the problem filter,
 * Fastify-level guards, the gateway's forwarding): the same members in the same order everywhere.
 */
export function problemBody(
  { status, code, title, ...members }: Problem,
  instance: string,
  correlationId?: string,
) {
  return { type: 'about:blank', title, status, code, ...members, instance, correlationId };
}

/** Answers `problem` on a Fastify reply, before or outside Nest. */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Problem,
  correlationId: string | undefined = String(request.id),
) {
  return reply
    .status(problem.status)
    .header('content-type', 'application/problem+json')
    .send(problemBody(problem, request.url, correlationId));
}

/** A problem thrown from Nest code (a guard, a route), for the problem filter to answer as it says. */
export class ProblemException extends HttpException {
  constructor({ status, code, title }: Pick<Problem, 'status' | 'code' | 'title'>) {
    super({ code, message: title }, status);
  }
}
