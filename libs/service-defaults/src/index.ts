export { bootstrapService, createService } from './bootstrap.ts';
export { DomainError, type ErrorKind } from './domain-error.ts';
export { ServiceDefaultsModule, SERVICE_CONFIG, type ServiceDefaults } from './service-defaults.module.ts';
export { loadServiceConfig, ServiceEnv, type ServiceConfig } from './service.config.ts';
