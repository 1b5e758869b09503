import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import { validationMetadataArrayToSchemas } from 'class-validator-jsonschema';

export type JsonSchema = Record<string, unknown>;
type Class = new (...args: any[]) => object;

/** Where the generated `$ref`s point: the AsyncAPI document's shared schemas. */
export const SCHEMA_REF_PREFIX = '#/components/schemas/';

const validators = getMetadataStorage();
const constraintName = (meta: ValidationMetadata): string | undefined =>
  meta.constraintCls && validators.getTargetValidatorConstraints(meta.constraintCls)[0]?.name;

/**
 * JSON Schemas, named by class, for the given classes and every class nested in them, generated from their
 * class-validator rules. Only these classes: `validationMetadatasToSchemas` would take every class the process
 * has loaded (a service's DTOs too) and merge two classes that share a name into one schema.
 */
export function schemasFor(roots: readonly Class[]): Record<string, JsonSchema> {
  const classes = new Map<string, Class>();
  const metadatas: ValidationMetadata[] = [];
  const visit = (target: Class): void => {
    const known = classes.get(target.name);
    if (known === target) return;
    if (known) throw new Error(`two schema classes are named ${target.name}: rename one`);
    classes.set(target.name, target);
    const all = validators.getTargetValidationMetadatas(target, '', true, false);
    // A class's rules with those it inherits, first, as its own: the generator would drop a subclass that adds
    // no field (its rules all belong to the base class). Built-in rules are stored as custom ones; the
    // generator tells them apart by their constraint's name.
    const own = [...all.filter((m) => m.target !== target), ...all.filter((m) => m.target === target)];
    metadatas.push(...own.map((m) => ({ ...m, target, type: constraintName(m) ?? m.type })));
    for (const meta of own.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION)) {
      const nested = defaultMetadataStorage.findTypeMetadata(target, meta.propertyName);
      if (!nested)
        throw new Error(`${target.name}.${meta.propertyName}: @ValidateNested needs @Type(() => Class)`);
      visit(nested.typeFunction() as Class);
    }
  };
  roots.forEach(visit);
  const schemas = validationMetadataArrayToSchemas(metadatas, {
    refPointerPrefix: SCHEMA_REF_PREFIX,
    classTransformerMetadataStorage: defaultMetadataStorage,
  }) as Record<string, JsonSchema>;
  // Sorted by code unit (not locale), so the document depends neither on import order nor on the machine.
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : 1)));
}
