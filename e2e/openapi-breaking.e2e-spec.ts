import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installOasdiff } from '../tools/api-checkers.testing.ts';

// A change of docs/openapi.json that breaks a client fails here (oasdiff's breaking-change rules): a route
// removed, a response field removed or renamed, a request field newly required, an enum narrowed, … It is
// compared with the contract before it: the committed one while the file has uncommitted changes, else the
// version before the last commit that changed it. A break agreed on goes in docs/openapi-accepted-breaks.txt
// (oasdiff's ignore file: the method, the path and the message), or the API gets a new `info.version`.
const root = new URL('..', import.meta.url).pathname;
const contractPath = 'docs/openapi.json';
const accepted = join(root, 'docs/openapi-accepted-breaks.txt');
type Document = {
  openapi?: string;
  info: { title?: string; version: string };
  paths: Record<string, any>;
  components: { schemas: any };
};

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const current = (): Document => JSON.parse(readFileSync(join(root, contractPath), 'utf8'));

/** The contract the current file must not break, or none before the first one. */
function previousContract(): Document | undefined {
  const uncommitted = git('status', '--porcelain', '--', contractPath).trim() !== '';
  const last = git('log', '-1', '--format=%H', '--', contractPath).trim();
  const base = uncommitted ? 'HEAD' : last && `${last}~1`;
  if (!base) return undefined;
  const shown = spawnSync('git', ['show', `${base}:${contractPath}`], { cwd: root, encoding: 'utf8' });
  return shown.status === 0 ? JSON.parse(shown.stdout) : undefined;
}

/** oasdiff's breaking changes of `revision` against `base`, as its text, or '' when there are none. */
function breakingChanges(base: Document, revision: Document): string {
  const dir = mkdtempSync(join(tmpdir(), 'oasdiff-'));
  try {
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    writeFileSync(join(dir, 'revision.json'), JSON.stringify(revision));
    const run = spawnSync(
      installOasdiff(),
      [
        'breaking',
        'base.json',
        'revision.json',
        '--fail-on',
        'WARN',
        '--err-ignore',
        accepted,
        '--warn-ignore',
        accepted,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    if (run.status === 0) return '';
    if (run.status === 1) return run.stdout;
    throw new Error(`oasdiff failed: ${run.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the API contract over time', () => {
  it('breaks no client of the contract before it (or is a new API version)', () => {
    const base = previousContract() ?? current();
    const changes = base.info.version === current().info.version ? breakingChanges(base, current()) : '';
    expect(changes).toBe('');
  });

  it('would fail on a removed route, a removed response field, a newly required field or a narrowed enum', () => {
    // A small contract of the same shape as ours, so that what is checked does not hang on today's DTOs.
    const session = {
      type: 'object',
      required: ['accessToken', 'expiresAt'],
      properties: { accessToken: { type: 'string' }, expiresAt: { type: 'string' } },
    };
    const campaign = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        description: { type: 'string' },
        channels: { type: 'array', items: { type: 'string', enum: ['event', 'email'] } },
      },
    };
    const json = (schema: object) => ({ content: { 'application/json': { schema } } });
    const contract: Document = {
      openapi: '3.1.0',
      info: { title: 'Ikiraro API', version: '1' },
      paths: {
        '/api/v1/auth/login': {
          post: { responses: { '200': { description: 'signed in', ...json(session) } } },
        },
        '/api/v1/campaigns': {
          post: {
            requestBody: { required: true, ...json(campaign) },
            responses: { '201': { description: 'created', ...json(campaign) } },
          },
        },
        '/api/v1/campaigns/{id}/launch': {
          post: {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: 'launched' } },
          },
        },
      },
      components: { schemas: {} },
    } as Document;
    const changed = (change: (document: any) => void) => {
      const copy = structuredClone(contract);
      change(copy);
      return breakingChanges(contract, copy);
    };
    const login = (d: any) => d.paths['/api/v1/auth/login'].post.responses['200'].content['application/json'];
    const created = (d: any) => d.paths['/api/v1/campaigns'].post.requestBody.content['application/json'];

    expect(changed(() => undefined)).toBe('');
    expect(changed((d) => delete d.paths['/api/v1/campaigns/{id}/launch'])).toContain('api-path-removed');
    expect(
      changed((d) => {
        login(d).schema = {
          ...session,
          required: ['accessToken'],
          properties: { accessToken: {}, expiry: {} },
        };
      }),
    ).toContain('response-required-property-removed');
    expect(changed((d) => created(d).schema.required.push('description'))).toContain(
      'request-property-became-required',
    );
    expect(changed((d) => (created(d).schema.properties.channels.items.enum = ['email']))).toContain(
      'request-property-enum-value-removed',
    );
  });
});
