/** Jest globalTeardown: stops what globalSetup started; no java or ferretdb process outlives the run. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__ikiraroTestInfra?.stop();
  globalThis.__ikiraroTestInfra = undefined;
}
