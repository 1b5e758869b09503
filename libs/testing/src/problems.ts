import { expect } from '@jest/globals';

/** Expects the answer to a request refused by validation: 400, a problem document, naming `field` among its errors. */
export function expectInvalid(response: { status: number; headers: Headers; body: unknown }, field: string) {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body).toMatchObject({ code: 'request.invalid' });
  expect(JSON.stringify((response.body as { errors: unknown }).errors)).toContain(field);
}
