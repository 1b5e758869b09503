import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { programme } from '@ikiraro/programme';
import { startGateway } from '../gateway.testing.ts';

describe('GET /api/v1/programme', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  const url = () => `${gateway.url}/api/v1/programme`;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(() => gateway.close());

  it('serves the programme definition to anyone, cacheable', async () => {
    const response = await fetch(url());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toContain('public');
    const served = (await response.json()) as Record<string, any>;
    expect(served).toEqual(JSON.parse(JSON.stringify(programme())));
    expect(served.host.institutions.map((i: { code: string }) => i.code)).toContain('KGL');
    expect(served.offices.map((o: { code: string }) => o.code)).toEqual(['BE', 'DE', 'RW']);
  });

  it('answers 304 to a client that holds the current copy', async () => {
    const etag = (await fetch(url())).headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(url(), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await fetch(url(), { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });

  it('declares its response schema in the API document', async () => {
    const document = (await (await fetch(`${gateway.url}/api/docs.json`)).json()) as Record<string, any>;
    const schema =
      document.paths['/api/v1/programme'].get.responses['200'].content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'host', 'offices', 'genders', 'targets']));
    expect(Object.keys(schema.properties.genders.items.properties).sort()).toEqual([
      'aliases',
      'code',
      'name',
      'notStated',
    ]);
    expect(document.paths['/api/v1/programme'].get.security).toEqual([]);
  });
});
