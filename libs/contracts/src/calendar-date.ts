import { JSONSchema } from 'class-validator-jsonschema';
import { IsISO8601, Matches, ValidateBy } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date, `YYYY-MM-DD`, with no time and no zone: periods and availability are days, and a time of day
 * would shift them across midnight between Rwanda and Europe. `IsISO8601` alone would also accept a date-time
 * (and document `oneOf: date | date-time`), so the pattern narrows it and the schema says `format: date`.
 */
export function IsCalendarDate(): PropertyDecorator {
  return (target, property) => {
    IsISO8601({ strict: true })(target, property);
    Matches(DATE, { message: `${String(property)} must be a date, YYYY-MM-DD` })(target, property);
    JSONSchema(() => ({ type: 'string', format: 'date' }))(target, property as string);
  };
}

/**
 * This calendar date is the same as or later than the one in `other` (a range's end after its start).
 * `YYYY-MM-DD` strings sort as dates do, so a string comparison is enough; JSON Schema cannot say it.
 */
export function IsNotBefore(other: string): PropertyDecorator {
  return ValidateBy({
    name: 'isNotBefore',
    constraints: [other],
    validator: {
      validate: (value, args) => {
        const start = (args?.object as Record<string, unknown> | undefined)?.[other];
        return typeof value === 'string' && typeof start === 'string' && value >= start;
      },
      defaultMessage: (args) => `${args?.property} must not be before ${other}`,
    },
  });
}
