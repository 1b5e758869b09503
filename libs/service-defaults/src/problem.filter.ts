import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AggregateConflictError, AggregateNotFoundError } from '@ikiraro/messaging';
import { messageContext } from '@ikiraro/observability';
import { DomainError, type ErrorKind } from './domain-error.ts';
import { type Problem, problemBody } from './problem.ts';
import { transportProblem } from './request-guards.ts';

const statusOf: Record<ErrorKind, number> = { not_found: 404, conflict: 409, invalid: 400, forbidden: 403 };

/** Every HTTP error as RFC 9457 application/problem+json with a stable `code`; no internals leak. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = this.toProblem(error);
    if (problem.status >= 500 && problem.code !== 'health.not_ready')
      this.logger.error(error instanceof Error ? error.stack : String(error));
    const correlationId = messageContext.current()?.correlationId ?? String(request.id);
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json')
      .send(problemBody(problem, request.url, correlationId));
  }

  private toProblem(error: unknown): Problem & { errors?: unknown; details?: unknown } {
    // Fastify's own errors (bad JSON, too large, rate limited) arrive as they are or wrapped by Nest.
    const transport =
      transportProblem((error as { cause?: unknown } | null)?.cause) ?? transportProblem(error);
    if (transport) return { status: transport[0], code: transport[1], title: transport[2] };
    if (error instanceof DomainError) {
      return { status: statusOf[error.kind], title: error.message, code: error.code, ...error.details };
    }
    if (error instanceof AggregateConflictError)
      return { status: 409, title: error.message, code: 'aggregate.conflict' };
    if (error instanceof AggregateNotFoundError)
      return { status: 404, title: error.message, code: 'aggregate.not_found' };
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      const messages = typeof body === 'object' && body && 'message' in body ? body.message : undefined;
      if (status === HttpStatus.BAD_REQUEST && Array.isArray(messages)) {
        return { status, title: 'The request is not valid', code: 'request.invalid', errors: messages };
      }
      // A failed readiness check (terminus) says which of its checks are down.
      if (status === HttpStatus.SERVICE_UNAVAILABLE && typeof body === 'object' && body && 'details' in body)
        return { status, title: 'The service is not ready', code: 'health.not_ready', details: body.details };
      const code = typeof body === 'object' && body && 'code' in body ? body.code : undefined;
      if (typeof code === 'string') return { status, title: String(messages ?? error.message), code };
      return { status, title: error.message, code: `http.${status}` };
    }
    return { status: 500, title: 'Internal error', code: 'internal' };
  }
}
