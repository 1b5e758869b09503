export { up, down, killNow, status, versions, type Infra, type InfraOptions } from './infra.ts';
export { freePort, freePorts } from './proc.ts';
export { cacheDir, repoRoot } from './paths.ts';
export { startKafka, stopKafka } from './kafka.ts';
export {
  startMailCatcher,
  type CaughtMail,
  type MailCatcher,
  type MailCatcherHooks,
} from './mail-catcher.ts';
export { backendFromEnv, type FerretBackend } from './ferretdb.ts';
export { findPostgresBinDir, startPostgres, stopPostgres } from './postgres.ts';
