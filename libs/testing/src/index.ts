export { eventually } from './eventually.ts';
export { startTestInfra, type TestInfra } from './infra.ts';
export { ensureTopic, probeTopic, publishRaw } from './event-probe.ts';
export { startService, type HttpResponse, type ServiceUnderTest } from './service-under-test.ts';
export { spawnService, type ServiceProcess } from './service-process.ts';
