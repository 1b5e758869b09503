// The OpenAPI schemas of the figures routes: their answers are keyed by a code the programme defines (an office,
// an IPRC), a map and not a class the swagger plugin could describe, so they are written out; these keep them alike.

/** One whole figure. */
export const count = (description: string) => ({ type: 'integer', description });

/** Whole figures keyed by a code or a value, e.g. gender → professionals engaged. */
export const countsBy = (description: string) => ({
  type: 'object',
  description,
  additionalProperties: { type: 'integer' },
});

/** `code` (e.g. `IPRC`) → its figures, each of `properties` always present. */
export const figuresBy = (code: string, properties: Record<string, object>) => ({
  type: 'object',
  description: `${code} code → its figures.`,
  additionalProperties: { type: 'object', required: Object.keys(properties), properties },
});
