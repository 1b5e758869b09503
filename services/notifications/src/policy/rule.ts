import type { EventContract } from '@ikiraro/contracts';
import type { Category } from '../preferences/categories.ts';
import type { Known } from './known.ts';

type Value = string | number | boolean;

/**
 * What a template says besides the recipient's name: the event's facts, never anyone's personal data. A list of
 * records is written by a Mustache section (`{{#tasks}}…{{/tasks}}`).
 */
export type Facts = Record<string, Value | Record<string, Value> | Record<string, Value>[]>;

/** One line of the policy: an event notifies these people with this template, in this category. */
export interface Rule<T extends object = any> {
  contract: EventContract<T>;
  /** `templates/<template>.yaml`, in every public language. */
  template: string;
  category: Category;
  /** Only the events this says yes to (e.g. a rejection at screening); all when left out. */
  when?: (data: T) => boolean;
  /** The recipients, as the key store names people (`member:<id>`). */
  to: (data: T, known: Known) => string[] | Promise<string[]>;
  facts: (data: T, known: Known) => Facts | Promise<Facts>;
  /**
   * What only the recipient may read (an offer's signed token): kept sealed with their key in the delivery log,
   * opened to write the message, unreadable once they are erased.
   */
  personal?: (data: T) => Facts;
  /**
   * What the message goes once for, when not the event: a match's id, so that a second event announcing the
   * same match (not a redelivery: another id) queues nothing more. The event's id when left out.
   */
  once?: (data: T) => string;
}

export const notify = <T extends object>(contract: EventContract<T>, rule: Omit<Rule<T>, 'contract'>) =>
  ({ contract, ...rule }) as Rule<T>;
