import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsString,
  Length,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';

type Class = new (...args: any[]) => object;

/**
 * Several rules as one decorator, as if written one above the other: each stores its own metadata, and they
 * apply bottom-up as stacked decorators do, so that the generated schemas stay the same.
 */
const allOf =
  (...rules: PropertyDecorator[]): PropertyDecorator =>
  (target, property) =>
    rules.toReversed().forEach((rule) => rule(target, property));

/** The id of a record (this event's subject or one it refers to): a string of 1 to 64 characters. */
export const IsId = (options?: ValidationOptions): PropertyDecorator =>
  allOf(IsString(options), Length(1, 64, options));

/** A text of 1 to `max` characters. */
export const IsText = (max: number): PropertyDecorator => allOf(IsString(), Length(1, max));

/** A list of at most `count` texts, each of 1 to `max` characters. */
export const IsTexts = (count: number, max: number): PropertyDecorator =>
  allOf(IsArray(), ArrayMaxSize(count), IsString({ each: true }), Length(1, max, { each: true }));

/** An object of `type`, checked by its own rules. */
export const IsNestedOf = (type: () => Class): PropertyDecorator =>
  allOf(ValidateNested(), Type(type) as PropertyDecorator);

/** A list of at most `max` objects of `type`, each checked by its own rules. */
export const IsListOf = (type: () => Class, max: number): PropertyDecorator =>
  allOf(IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }), Type(type) as PropertyDecorator);
