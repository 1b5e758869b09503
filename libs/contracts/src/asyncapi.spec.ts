import { describe, expect, it } from '@jest/globals';
import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildAsyncApi, messageId } from './asyncapi.ts';
import { catalogue } from './catalogue.ts';

const SEVERITY_ERROR = 0;
const generated = buildAsyncApi(catalogue);

describe('buildAsyncApi(catalogue)', () => {
  it('is an AsyncAPI 3 document that the AsyncAPI parser accepts without errors', async () => {
    // Parse a copy: the parser annotates the object it is given.
    const { document, diagnostics } = await new Parser().parse(structuredClone(generated));
    const errors = diagnostics
      .filter((d) => d.severity === SEVERITY_ERROR)
      .map((d) => `${d.path.join('/')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
  });

  it('has every catalogue entry as a message on its topic, sent by the service that owns the topic', async () => {
    const { document } = await new Parser().parse(structuredClone(generated));
    for (const contract of catalogue) {
      const id = messageId(contract);
      const channel = document!.channels().get(contract.topic);
      expect(channel?.address()).toBe(contract.topic);
      const message = channel!.messages().get(id);
      expect({ id, name: message?.name(), summary: message?.summary() }).toEqual({
        id,
        name: contract.type,
        summary: contract.description,
      });
      const send = document!
        .operations()
        .filterBySend()
        .find((o) => o.channels().has(contract.topic));
      expect(send?.messages().has(id)).toBe(true);
      expect(
        send
          ?.tags()
          .all()
          .map((t) => t.name()),
      ).toEqual([contract.type.split('.')[0]]);
      // The payload is the envelope with `data` resolved to the schema generated from the payload class.
      const [, narrowed] = message!.payload()!.allOf()!;
      const fields = Object.keys(narrowed.properties()!.data.properties() ?? {});
      expect(fields).toEqual(
        Object.keys(generated.components.schemas[contract.payload.name].properties as object),
      );
      expect(fields.length).toBeGreaterThan(0);
      expect(narrowed.properties()!.version.const()).toBe(contract.version);
    }
    expect(document!.components().messages().all()).toHaveLength(catalogue.length);
  });

  it('is what docs/asyncapi.yaml holds, so the published document is never stale', () => {
    const onDisk: unknown = parse(
      readFileSync(new URL('../../../docs/asyncapi.yaml', import.meta.url), 'utf8'),
    );
    try {
      // Through JSON, as YAML would carry it: no undefined properties, no class instances.
      expect(onDisk).toEqual(JSON.parse(JSON.stringify(generated)));
    } catch (difference) {
      throw new Error(
        'docs/asyncapi.yaml differs from the contracts. Regenerate it and commit the result:\n' +
          '  npm run -s docs:asyncapi\n\n' +
          (difference as Error).message,
      );
    }
  });
});
