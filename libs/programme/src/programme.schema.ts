import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage } from 'class-validator';
import { validationMetadataArrayToSchemas } from 'class-validator-jsonschema';
import {
  CertificateThresholds,
  ChecklistTask,
  Checklists,
  Gender,
  Host,
  Indicator,
  IndicatorFeed,
  Institution,
  Languages,
  Logframe,
  LogframeResult,
  Named,
  Office,
  ProgrammeDefinition,
  ReportingPeriod,
  Targets,
} from './programme.definition.ts';

type Schema = Record<string, unknown>;
const classes = [
  ProgrammeDefinition,
  Host,
  Indicator,
  IndicatorFeed,
  Institution,
  Office,
  Named,
  Gender,
  Languages,
  Targets,
  Checklists,
  ChecklistTask,
  CertificateThresholds,
  Logframe,
  LogframeResult,
  Indicator,
  IndicatorFeed,
  ReportingPeriod,
];
const PREFIX = '#/definitions/';

/** `{ $ref }` replaced by the schema it names, so the result stands alone (an OpenAPI response, a portal type). */
function inline(value: unknown, schemas: Record<string, Schema>): unknown {
  if (Array.isArray(value)) return value.map((v) => inline(v, schemas));
  if (!value || typeof value !== 'object') return value;
  const ref = (value as Schema).$ref;
  if (typeof ref === 'string' && ref.startsWith(PREFIX))
    return inline(schemas[ref.slice(PREFIX.length)], schemas);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inline(v, schemas)]));
}

/**
 * The JSON Schema of a programme definition, from the same class-validator rules that check the file at start:
 * `GET /programme` declares it as its response.
 */
export function programmeJsonSchema(): Schema {
  const storage = getMetadataStorage();
  const metadatas = classes.flatMap((target) =>
    storage.getTargetValidationMetadatas(target, '', true, false).map((meta) => ({
      ...meta,
      // Built-in rules are stored as custom ones; the generator tells them apart by their constraint's name.
      type:
        (meta.constraintCls && storage.getTargetValidatorConstraints(meta.constraintCls)[0]?.name) ??
        meta.type,
    })),
  );
  const schemas = validationMetadataArrayToSchemas(metadatas, {
    refPointerPrefix: PREFIX,
    classTransformerMetadataStorage: defaultMetadataStorage,
  }) as Record<string, Schema>;
  return inline(schemas.ProgrammeDefinition, schemas) as Schema;
}
