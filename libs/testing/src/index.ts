export { eventually } from './eventually.ts';
export { startTestInfra, type TestInfra } from './infra.ts';
export { probeTopic, publishRaw } from './event-probe.ts';
export { startService, type HttpResponse, type ServiceUnderTest } from './service-under-test.ts';
