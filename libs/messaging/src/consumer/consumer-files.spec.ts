import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';

// One naming scheme, so a newcomer finds what a service consumes by file name: event handlers live in
// `<thing>.consumer.ts` (never beside HTTP routes), Nest modules each in a `*.module.ts`.
const services = new URL('../../../../services/', import.meta.url);

/** Every non-test source file of the back-end services, with its text. */
const sources = readdirSync(services, { recursive: true, encoding: 'utf8' })
  .filter(
    (path) =>
      path.split('/')[1] === 'src' && /\.ts$/.test(path) && !/\.(spec|int-spec|testing)\.ts$/.test(path),
  )
  .filter((path) => !path.startsWith('portal/'))
  .map((path) => ({ path, text: readFileSync(new URL(path, services), 'utf8') }));

describe('consumer and module files', () => {
  it('reads the services it checks', () => {
    expect(sources.map((s) => s.path)).toContain('selection/src/members/members.consumer.ts');
  });

  it('keeps every @OnEvent handler in a *.consumer.ts file, and no HTTP route there', () => {
    const misplaced = sources.filter((s) => /@OnEvent\(/.test(s.text) && !s.path.endsWith('.consumer.ts'));
    const routed = sources.filter(
      (s) => s.path.endsWith('.consumer.ts') && /@(Get|Post|Put|Patch|Delete)\(/.test(s.text),
    );
    expect({ misplaced: misplaced.map((s) => s.path), routed: routed.map((s) => s.path) }).toEqual({
      misplaced: [],
      routed: [],
    });
  });

  it('keeps every Nest module in a *.module.ts file of its own', () => {
    const misplaced = sources.filter((s) => /@Module\(/.test(s.text) && !s.path.endsWith('.module.ts'));
    expect(misplaced.map((s) => s.path)).toEqual([]);
  });
});
