import assert from 'node:assert/strict';

/**
 * Asserts the answer to a request refused by validation: 400, a problem document, naming `field` among its errors.
 * Node's assert, not jest's `expect`: this module is exported with the benchmarks' helpers, which run outside jest.
 */
export function expectInvalid(response: { status: number; headers: Headers; body: unknown }, field: string) {
  const body = response.body as { code?: string; errors?: unknown };
  assert.equal(response.status, 400, `status of ${JSON.stringify(body)}`);
  assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal(body.code, 'request.invalid');
  assert.ok(
    JSON.stringify(body.errors).includes(field),
    `${field} not named in ${JSON.stringify(body.errors)}`,
  );
}
