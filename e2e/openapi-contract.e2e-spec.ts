import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { type Platform, startPlatform } from './platform.ts';

// The merged OpenAPI as the gateway serves it, checked in: the portal's types are generated from this file,
// so a DTO change shows in review as a change of docs/openapi.json. `UPDATE_OPENAPI=1` rewrites it.
const checkedIn = new URL('../docs/openapi.json', import.meta.url);

describe('the API contract', () => {
  let platform: Platform;
  let served: Record<string, unknown>;
  let status: number;

  beforeAll(async () => {
    platform = await startPlatform();
    ({ status, body: served } = await platform.gateway.request('GET', '/api/docs.json'));
  }, 180_000);
  afterAll(() => platform.close());

  it('serves exactly the merged OpenAPI checked in as docs/openapi.json', async () => {
    // A merge the gateway refuses (two services' schemas of one name) answers a problem, never a document.
    expect({ status, code: served.code }).toEqual({ status: 200, code: undefined });
    if (process.env.UPDATE_OPENAPI === '1')
      writeFileSync(
        checkedIn,
        await format(JSON.stringify(served), { ...(await resolveConfig(checkedIn)), parser: 'json' }),
      );
    expect(served['x-unavailable']).toBeUndefined();
    expect(JSON.parse(readFileSync(checkedIn, 'utf8'))).toEqual(served);
  });
});
