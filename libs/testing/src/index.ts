export { eventually } from './eventually.ts';
export { startTestInfra, type TestInfra } from './infra.ts';
export { ensureTopic, envelopeOf, probeTopic, publishEvents, publishRaw, redeliver } from './event-probe.ts';
export { closeTestPersonalData, openEvent, sealData, testPersonalData } from './personal-data.ts';
export {
  call,
  startService,
  type HttpResponse,
  type RequestOptions,
  type ServiceUnderTest,
} from './service-under-test.ts';
export { tokenFor, type Who } from './tokens.ts';
export { expectInvalid } from './problems.ts';
export { spawnService, type ServiceProcess } from './service-process.ts';
export {
  startMailCatcher,
  type CaughtMail,
  type MailCatcher,
  type MailCatcherHooks,
} from '@ikiraro/local-infra';
export { artifactsDir, chromiumPath, launchBrowser } from './browser.ts';
export { startWireProxy, type WireProxy } from './wire-proxy.ts';
export { campaignDraft, cvPdf, memberProfile, registrationProfile } from './fixtures.ts';
export { readPdf } from './read-pdf.ts';
