/** Jest globalTeardown: stops what globalSetup started; no java, ferretdb or postgres process outlives the run. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__ikiraroTestInfra?.stop();
  globalThis.__ikiraroTestInfra = undefined;
}
