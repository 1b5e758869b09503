import { isSealed, open, seal } from './sealed.ts';
import type { PersonalKeys } from './personal-keys.ts';

/**
 * Where a value's personal fields are, as paths: `motivation`, `decision.reason`, `scorecards[].comment` (that
 * field of every item). A field is sealed whole, whatever it holds. Undefined and null are left as they are.
 */
export type FieldPaths = readonly string[];

/** A copy of `value` with `change` applied to the value at each path that holds one. */
function mapFields(value: unknown, paths: FieldPaths, change: (field: unknown, path: string) => unknown) {
  const copy = structuredClone(value);
  for (const path of paths) visit(copy, path.split('.'), path, change);
  return copy;
}

/** Whether any field at the paths satisfies `test`; reads `value`, copies nothing. */
function someField(value: unknown, paths: FieldPaths, test: (field: unknown) => boolean): boolean {
  let found = false;
  for (const path of paths)
    visit(value, path.split('.'), path, (field) => {
      found ||= test(field);
      return field; // `visit` writes back what it is given: the same value
    });
  return found;
}

function visit(
  node: unknown,
  [head, ...rest]: string[],
  path: string,
  change: (field: unknown, path: string) => unknown,
) {
  if (node === null || typeof node !== 'object' || head === undefined) return;
  const each = head.endsWith('[]');
  const key = each ? head.slice(0, -2) : head;
  const record = node as Record<string, unknown>;
  const inner = record[key];
  if (inner === undefined || inner === null) return;
  if (each) {
    if (Array.isArray(inner)) for (const item of inner) visit(item, rest, path, change);
  } else if (rest.length > 0) visit(inner, rest, path, change);
  else record[key] = change(inner, path);
}

/** A sealed field that does not open with its person's key: tampered with, or copied from elsewhere. */
export class BrokenSealError extends Error {}

function openOrThrow(key: Buffer, person: string, path: string, sealed: string) {
  try {
    return open(key, `${person}|${path}`, sealed);
  } catch {
    throw new BrokenSealError(`the sealed ${path} of ${person} does not open with their key`);
  }
}

/**
 * Seals and opens the personal fields of event payloads and stored states with their person's key (ADR 10).
 * A person's value and field are bound into each seal; what was sealed for an erased person opens as null.
 */
export class PersonalData {
  constructor(readonly keys: PersonalKeys) {}

  async seal<T>(person: string, value: T, paths: FieldPaths): Promise<T> {
    if (!someField(value, paths, (field) => !isSealed(field))) return value;
    const key = await this.keys.keyFor(person);
    return mapFields(value, paths, (field, path) =>
      isSealed(field) ? field : seal(key, `${person}|${path}`, field),
    ) as T;
  }

  /**
   * The value with its personal fields opened; `erased` when the person's key is gone, their fields then null.
   * A seal that does not open with the person's key (tampered, or copied from another) throws.
   */
  async open<T>(person: string, value: T, paths: FieldPaths): Promise<{ value: T; erased: boolean }> {
    if (!someField(value, paths, isSealed)) return { value, erased: false };
    const key = await this.keys.keyOf(person);
    const opened = mapFields(value, paths, (field, path) =>
      !isSealed(field) ? field : key ? openOrThrow(key, person, path, field) : null,
    ) as T;
    return { value: opened, erased: key === null };
  }

  /** `open` for many values at once, their keys read together. */
  async openMany<T>(items: readonly { person: string; value: T }[], paths: FieldPaths): Promise<T[]> {
    await this.keys.warm(items.map((i) => i.person));
    return Promise.all(items.map(async (i) => (await this.open(i.person, i.value, paths)).value));
  }

  /** Destroys the person's key: every sealed copy of their data, wherever it is, stays sealed for good. */
  erase(person: string): Promise<void> {
    return this.keys.destroy(person);
  }
}
