export { bootstrapService, createService, type CreateServiceOptions } from './bootstrap.ts';
export { DomainError, type ErrorKind } from './domain-error.ts';
export { type Problem, problemBody, ProblemException, sendProblem } from './problem.ts';
export {
  OPENAPI_METADATA,
  type OpenApiMetadata,
  ServiceDefaultsModule,
  SERVICE_CONFIG,
  type ServiceDefaults,
} from './service-defaults.module.ts';
export { loadServiceConfig, readEnv, ServiceEnv, type ServiceConfig } from './service.config.ts';
export { spreadsheetCsv, spreadsheetSafe } from './spreadsheet-safe.ts';
export { findOperatorKey, transportProblem } from './request-guards.ts';
export { clientAddressOf } from './client-address.ts';
export { acceptRawBody, TakesRawBody } from './raw-body.ts';
export { acceptCsv, CsvBytes, TakesCsv } from './csv-body.ts';
export { isPdf, longDate } from './pdf.ts';
export { SignedTokens } from './signed-tokens.ts';
export { TrainerScoped } from './trainer-scoped.ts';
