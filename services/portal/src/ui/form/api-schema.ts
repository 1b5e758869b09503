import { Validator } from '@cfworker/json-schema';
import document from '../../api/generated/schemas.json';

/** A request body's schema in the API's document (`CreateCampaignDto`, …). */
export type SchemaName = keyof typeof document.components.schemas;

const validators = new Map<SchemaName, Validator>();

function validatorOf(name: SchemaName): Validator {
  let validator = validators.get(name);
  if (!validator) {
    // The document's own `#/components/schemas/…` references resolve inside this root.
    validator = new Validator(
      { $ref: `#/components/schemas/${name}`, ...document } as never,
      '2020-12',
      false,
    );
    validators.set(name, validator);
  }
  return validator;
}

/**
 * What the server would refuse in `body`, by field path (`partner.name`, `period.start`) → the rule broken
 * (`required`, `maximum`, …). A broken rule of an array's item counts for the array (`subjects`).
 */
export function refusedFields(name: SchemaName, body: unknown): Record<string, string> {
  const refused: Record<string, string> = {};
  for (const error of validatorOf(name).validate(body).errors) {
    const at = error.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
    if (error.keyword === 'required') {
      const missing = /"([^"]+)"/.exec(error.error)?.[1];
      if (missing) at.push(missing);
    }
    // Errors of the combinators repeat their branches' errors: the innermost one is the one to show.
    if (at.length === 0 || ['properties', 'allOf', '$ref', 'items'].includes(error.keyword)) continue;
    const path = at.filter((part) => !/^\d+$/.test(part)).join('.');
    refused[path] ??= error.keyword;
  }
  return refused;
}
