import { EventEnvelopeSchema } from './envelope.ts';
import type { EventContract } from './event-contract.ts';
import { type JsonSchema, SCHEMA_REF_PREFIX, schemasFor } from './json-schemas.ts';

/** The AsyncAPI 3.0.0 document, as plain data ready for YAML or JSON (a type, not an interface: it is a record). */
export type AsyncApiDocument = {
  asyncapi: '3.0.0';
  info: { title: string; version: string; description: string };
  defaultContentType: string;
  channels: Record<string, { address: string; title: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<string, JsonSchema>;
  components: {
    schemas: Record<string, JsonSchema>;
    messages: Record<string, JsonSchema>;
    correlationIds: Record<string, JsonSchema>;
  };
};

const ref = (pointer: string) => ({ $ref: pointer });
/** Message ids say type and version: `outreach.member.profile-updated.v2`. */
export const messageId = (c: EventContract) => `${c.type}.v${c.version}`;

/**
 * Describes every contract of the catalogue as AsyncAPI 3: one channel per Kafka topic, one message per type and
 * version whose payload is the whole envelope with `data` narrowed to the payload class, and one `send`
 * operation per topic for the service that owns it (an AsyncAPI 3 operation has exactly one channel).
 */
export function buildAsyncApi(catalogue: readonly EventContract[]): AsyncApiDocument {
  const doc: AsyncApiDocument = {
    asyncapi: '3.0.0',
    info: {
      title: 'Ikiraro integration events',
      version: '0.1.0',
      description:
        'Every event that Ikiraro services publish on Kafka, generated from libs/contracts. Each message is the ' +
        'envelope of architecture.md; its key is the envelope `subject`, so one aggregate keeps its order.',
    },
    defaultContentType: 'application/json',
    channels: {},
    operations: {},
    components: {
      schemas: {
        ...renamed(schemasFor([EventEnvelopeSchema, ...catalogue.map((c) => c.payload)])),
        TraceHeaders: traceHeaders,
      },
      messages: {},
      correlationIds: {
        correlationId: {
          description: 'Shared by every event one user action set off.',
          location: '$message.payload#/correlationId',
        },
      },
    },
  };
  for (const contract of catalogue) {
    const id = messageId(contract);
    if (doc.components.messages[id]) throw new Error(`${id} is in the catalogue twice`);
    const service = contract.producer;
    const aggregate = contract.type.split('.')[1];
    doc.components.messages[id] = message(contract, service);
    const channel = (doc.channels[contract.topic] ??= {
      address: contract.topic,
      title: `${service} ${aggregate} events`,
      messages: {},
    });
    channel.messages[id] = ref(`#/components/messages/${id}`);
    const operation = (doc.operations[`send.${contract.topic}`] ??= {
      action: 'send',
      title: `${service} publishes ${aggregate} events`,
      channel: ref(`#/channels/${contract.topic}`),
      tags: [{ name: service }],
      messages: [],
    });
    (operation.messages as unknown[]).push(ref(`#/channels/${contract.topic}/messages/${id}`));
  }
  return doc;
}

function message(contract: EventContract, service: string): JsonSchema {
  const older = contract.previous?.contract;
  return {
    name: contract.type,
    title: `${contract.type} v${contract.version}`,
    summary: contract.description,
    ...(older && {
      description:
        `Version ${contract.version}, replacing version ${older.version}: consumers of this version still ` +
        `read version ${older.version} events, through the contract's upcast.`,
    }),
    contentType: 'application/json',
    tags: [{ name: service }],
    // Personal fields travel sealed with their person's key (ADR 10): `sealed:1:<base64url>` strings on the
    // wire, the schema's values once opened by a reader.
    ...(contract.personal && {
      'x-personal': { fields: [...contract.personal.fields], readers: [...contract.personal.readers] },
    }),
    headers: ref(`${SCHEMA_REF_PREFIX}TraceHeaders`),
    correlationId: ref('#/components/correlationIds/correlationId'),
    bindings: {
      kafka: { key: { type: 'string', description: 'The envelope subject.' }, bindingVersion: '0.5.0' },
    },
    payload: {
      allOf: [
        ref(`${SCHEMA_REF_PREFIX}EventEnvelope`),
        {
          type: 'object',
          properties: {
            type: { const: contract.type },
            version: { const: contract.version },
            producer: { const: service },
            data: ref(`${SCHEMA_REF_PREFIX}${contract.payload.name}`),
          },
        },
      ],
    },
  };
}

/** In code the class is `EventEnvelopeSchema`, `EventEnvelope` being its type; the document says `EventEnvelope`. */
function renamed(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const { EventEnvelopeSchema: envelope, ...payloads } = schemas;
  return { EventEnvelope: envelope, ...payloads };
}

const traceHeaders: JsonSchema = {
  type: 'object',
  description: 'Kafka headers. Trace context travels here, not in the envelope.',
  properties: {
    traceparent: {
      type: 'string',
      description: 'W3C Trace Context `traceparent` of the trace that produced the event.',
      pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
    },
  },
};
