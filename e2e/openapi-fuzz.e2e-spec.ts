import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allows, policy, type Rule } from '@ikiraro/auth';
import { tokenFor } from '@ikiraro/testing';
import { installSchemathesis } from '../tools/api-checkers.testing.ts';
import { admin, type Platform, startPlatform } from './platform.ts';

type Operation = { security?: unknown[]; requestBody?: { content?: Record<string, unknown> } };
type Document = { paths: Record<string, Record<string, Operation>> };

/** The policy's rule of an operation of the merged document (`/api/v1/tors/{id}` is `/tors/:id`). */
const ruleOf = (method: string, path: string): Rule | undefined => {
  const route = `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1')}`;
  return Object.values(policy as Record<string, Record<string, Rule>>).find((rules) => route in rules)?.[
    route
  ];
};
const isPublic = (operation: Operation) => operation.security?.length === 0;
/** A raw PDF body (a CV, an attachment, evidence) is nothing schemathesis can generate: uploads have their own tests. */
const takesPdf = (operation: Operation) =>
  Object.keys(operation.requestBody?.content ?? {}).join() === 'application/pdf';

// The merged OpenAPI fuzzed as a new client would use it: schemathesis generates requests from each route's
// schemas (valid ones, and invalid ones the route must refuse) against the real platform, and fails on any 5xx
// and on any answer its document does not describe. Bounded and seeded: the same few cases a route each run.
const maxExamples = process.env.FUZZ_MAX_EXAMPLES ?? '10';
const artifacts = new URL('../test-artifacts/openapi-fuzz/', import.meta.url).pathname;
const checks = 'not_a_server_error,response_schema_conformance,content_type_conformance';

describe('the API under fuzzing', () => {
  let platform: Platform;
  let document: Document;
  let dir: string;
  let st: string;

  beforeAll(async () => {
    st = installSchemathesis();
    // Generous budgets: the fuzzer sends hundreds of requests from one address in a few minutes.
    platform = await startPlatform({
      RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      PUBLIC_FORM_RATE_LIMIT_PER_MINUTE: '100000',
      FORM_SUBMISSIONS_PER_EMAIL_PER_HOUR: '100000',
      LOCKOUT_AFTER_FAILURES: '100000',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
    });
    document = (await platform.gateway.request('GET', '/api/docs.json')).body;
    dir = mkdtempSync(join(tmpdir(), 'openapi-fuzz-'));
  }, 600_000);
  afterAll(async () => {
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The document cut down to the operations `keep` chooses. */
  const only = (keep: (method: string, path: string, operation: Operation) => boolean): Document => ({
    ...document,
    paths: Object.fromEntries(
      Object.entries(document.paths)
        .map(([path, item]) => [
          path,
          Object.fromEntries(
            Object.entries(item).filter(([method, op]) => !takesPdf(op) && keep(method, path, op)),
          ),
        ])
        .filter(([, item]) => Object.keys(item).length > 0),
    ),
  });
  // Each operation is fuzzed once, as the caller who gets furthest into it: the public ones without a token, the
  // admin's as the admin, and every other one as a programme manager (a refusal there is the gateway's 403,
  // which must match the document too).
  const forAdmin = (method: string, path: string, op: Operation) =>
    !isPublic(op) && allows(ruleOf(method, path), ['admin']);

  const fuzz = async (name: string, schema: Document, headers: string[] = []) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(schema));
    const args = [
      'run',
      file,
      `--url=${platform.gateway.url}`,
      `--checks=${checks}`,
      `--max-examples=${maxExamples}`,
      '--seed=13',
      // The examples, then seeded fuzzing of valid and invalid requests (the default mode: all). The coverage
      // phase (every boundary of every field) took two thirds of the time, 290 s a run: past the CI's budget.
      '--phases=examples,fuzzing',
      // One worker: CPython 3.11 can fail compiling in parallel threads (AST recursion depth mismatch).
      '--workers=1',
      '--no-color',
      '--suppress-health-check=all',
      ...headers.flatMap((header) => ['-H', header]),
    ];
    // Asynchronously: the platform under test answers from this very process.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
      execFile(
        st,
        args,
        // In the temporary folder: schemathesis keeps its example database where it runs.
        { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 },
        (error, stdout, stderr) =>
          resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
      ),
    );
    const output = `${run.stdout}\n${run.stderr}`;
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, `${name}.txt`), output);
    // What failed, as schemathesis summarises it (the whole run is in test-artifacts/openapi-fuzz/).
    const summary = output.search(/={5,} (FAILURES|ERRORS) =/);
    const failures = summary >= 0 ? output.slice(summary) : output;
    return { status: run.status, failures: run.status === 0 ? '' : failures.slice(0, 20_000) };
  };

  it('answers the admin’s routes, signed in as an admin, without a 5xx or an answer off its schema', async () => {
    const login = await platform.gateway.request('POST', '/api/v1/auth/login', admin);
    expect(login.status).toBe(200);
    // Signing out or revoking would end the fuzzer's own session halfway.
    const schema = only((method, path, op) => forAdmin(method, path, op) && path !== '/api/v1/auth/logout');
    expect(Object.keys(schema.paths)).toContain('/api/v1/users');
    const run = await fuzz('admin', schema, [`Authorization: Bearer ${login.body.accessToken}`]);
    expect(run).toEqual({ status: 0, failures: '' });
  }, 900_000);

  it('answers every other route, as a programme manager, without a 5xx or an answer off its schema', async () => {
    // The ToRs, reviews and decisions are the programme manager's: an admin reaches none of them.
    const token = await tokenFor({ roles: ['programme-manager'], name: 'Fuzzing programme manager' }, 3600);
    const schema = only((method, path, op) => !isPublic(op) && !forAdmin(method, path, op));
    expect(Object.keys(schema.paths)).toContain('/api/v1/tors');
    const run = await fuzz('programme-manager', schema, [`Authorization: Bearer ${token}`]);
    expect(run).toEqual({ status: 0, failures: '' });
  }, 900_000);

  it('answers every public route, without a token, without a 5xx or an answer off its schema', async () => {
    const schema = only((_method, _path, op) => isPublic(op));
    expect(Object.keys(schema.paths)).toContain('/api/v1/public/registrations');
    const run = await fuzz('public', schema);
    expect(run).toEqual({ status: 0, failures: '' });
  }, 900_000);
});
