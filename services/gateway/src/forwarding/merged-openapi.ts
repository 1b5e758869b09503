import { ANY_SIGNED_IN, policy, PUBLIC, type Rule } from '@ikiraro/auth';
import type { OpenAPIObject } from '@nestjs/swagger';
import { apiPrefix } from './forwarder.ts';

type Operation = Record<string, unknown>;
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** `/campaigns/{id}` (OpenAPI) ↔ `/campaigns/:id` (the matrix). */
const toMatrixPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/** RFC 9457, as every service and the gateway answer an error (libs/service-defaults `problemBody`). */
const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'instance'],
  properties: {
    type: { type: 'string', description: 'Always `about:blank`: `code` says what happened.' },
    title: { type: 'string', description: 'What happened, for a person.' },
    status: { type: 'integer', description: 'The HTTP status.' },
    code: { type: 'string', description: 'Stable and dotted (`campaign.not_found`): clients switch on it.' },
    instance: { type: 'string', description: 'The path that was called.' },
    correlationId: { type: 'string', description: 'Names the request in every log line it caused.' },
    errors: {
      type: 'array',
      items: { type: 'string' },
      description: '`request.invalid`: each field refused.',
    },
  },
};
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Who may call it, in the document: the matrix's rule as text and as security requirements. */
function annotate(operation: Operation, rule: Rule): Operation {
  const roles = rule === PUBLIC ? 'public' : rule === ANY_SIGNED_IN ? 'any signed-in user' : rule.join(', ');
  return {
    ...operation,
    // Any route may refuse a request or fail: every error is a problem document, whatever the route.
    responses: {
      ...(operation.responses as object),
      '4XX': problem('The request was refused: see `code`.'),
      '5XX': problem('The platform or a service failed: see `code` (`upstream.*`: whether it was applied).'),
    },
    'x-allowed-roles': rule,
    description: [operation.description, `Allowed: ${roles}.`].filter(Boolean).join('\n\n'),
    ...(rule === PUBLIC ? { security: [] } : { security: [{ bearer: [] }] }),
  };
}

/**
 * One OpenAPI 3.1 document for the public API, assembled from the services' own documents (their DTOs, written
 * once, in the service): only routes of the policy matrix, under /api/v1, each saying which roles may call it.
 * A service that does not answer is listed in `x-unavailable` and its routes are left out until it does.
 */
export async function mergedOpenApi(
  gateway: OpenAPIObject,
  serviceUrls: Record<string, string>,
  fetchDocument: (url: string) => Promise<OpenAPIObject>,
): Promise<OpenAPIObject> {
  const merged: OpenAPIObject = {
    openapi: '3.1.0',
    info: { title: 'Ikiraro API', version: '1', description: 'The public API of the Ikiraro platform.' },
    paths: {},
    components: {
      schemas: { ...gateway.components?.schemas, Problem: problemSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    tags: [],
  };
  const unavailable: string[] = [];
  const sources: [string, OpenAPIObject | undefined][] = await Promise.all(
    Object.keys(policy).map(async (service): Promise<[string, OpenAPIObject | undefined]> => {
      if (service === 'gateway') return [service, gateway];
      const document = await fetchDocument(`${serviceUrls[service]}/docs.json`).catch(() => undefined);
      if (!document) unavailable.push(service);
      return [service, document];
    }),
  );
  for (const [service, document] of sources) {
    if (!document) continue;
    const routes = policy[service as keyof typeof policy] as Record<string, Rule>;
    for (const [path, item] of Object.entries(document.paths)) {
      const local = service === 'gateway' ? toMatrixPath(path).slice(apiPrefix.length) : toMatrixPath(path);
      for (const method of methods) {
        const operation = (item as Record<string, Operation | undefined>)[method];
        const rule = routes[`${method.toUpperCase()} ${local}`];
        if (!operation || !rule) continue;
        const publicPath = service === 'gateway' ? path : `${apiPrefix}${path}`;
        merged.paths[publicPath] = { ...merged.paths[publicPath], [method]: annotate(operation, rule) };
      }
    }
    if (service !== 'gateway')
      mergeSchemas(merged.components!.schemas!, document.components?.schemas ?? {}, service);
  }
  if (unavailable.length > 0) (merged as unknown as Record<string, unknown>)['x-unavailable'] = unavailable;
  return merged;
}

/**
 * The services' schemas share one namespace in the merged document: two different schemas of one name would
 * silently make one route's answer the other's, so that is refused (a class to rename, found by the suite).
 */
function mergeSchemas(into: Record<string, unknown>, from: Record<string, unknown>, service: string) {
  for (const [name, schema] of Object.entries(from)) {
    if (name in into && JSON.stringify(into[name]) !== JSON.stringify(schema))
      throw new Error(`schema ${name} of ${service} differs from another service's: rename one of them`);
    into[name] = schema;
  }
}
