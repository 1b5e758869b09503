import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter replaces an unknown error with `{ status: 'error', message: 'Internal server error' }`.
 * Event handlers' errors go to our transport instead, unchanged, so that retries and dead letters see the cause.
 */
@Catch()
export class RethrowRpcErrors implements RpcExceptionFilter {
  catch(error: unknown): Observable<never> {
    return throwError(() => error);
  }
}
