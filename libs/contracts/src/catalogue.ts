// events.ts first: by the time this module runs, every contract file has run its defineEvent calls.
import './events.ts';
import { definedEvents, type EventContract } from './event-contract.ts';

/**
 * Every integration event, every version still readable: each contract that a `*.event.ts` file defines, in file
 * order, so no contract can exist outside it (catalogue.spec.ts checks that no `defineEvent` lives elsewhere). The
 * source of docs/asyncapi.yaml. Older versions stay listed because a topic's history (and a producer not yet
 * upgraded) still carries them.
 */
export const catalogue: readonly EventContract[] = Object.freeze(definedEvents());

/** Contracts that a newer version replaces: still read (through its upcast), no longer written. */
const superseded = new Set(catalogue.flatMap((c) => (c.previous ? [c.previous.contract] : [])));

/** The current version of every event type: what a consumer subscribes to (older versions reach it upcast). */
export const currentEvents: readonly EventContract[] = catalogue.filter((c) => !superseded.has(c));

/**
 * What a service publishes: the current version of every event its name begins (`selection.` for selection),
 * so a service's list follows from the contracts and never needs writing down.
 */
export const publishedBy = (service: string): readonly EventContract[] =>
  currentEvents.filter((c) => c.producer === service);
