import type { EventContract } from '@ikiraro/contracts';
import { validatePayload } from '../validate-payload.ts';

/**
 * How to read an event of `type@version` for a handler of the same type at `handled.version` or newer:
 * validate against the event's own version, then upcast step by step. Undefined when the handler's contract
 * has no path back to that version.
 */
export function reader(
  handled: EventContract,
  version: number,
): ((data: unknown) => Promise<object>) | undefined {
  const chain: EventContract[] = [];
  for (let c: EventContract | undefined = handled; c; c = c.previous?.contract) {
    chain.unshift(c);
    if (c.version === version) break;
  }
  if (chain[0].version !== version) return undefined;
  return async (data) => {
    let value: object = await validatePayload(chain[0], data);
    for (const next of chain.slice(1)) value = await validatePayload(next, next.previous!.upcast(value));
    return value;
  };
}

/** The contract of `handled`'s type at `version`, walking back through its older versions. */
export function contractAt(handled: EventContract, version: number): EventContract | undefined {
  let c: EventContract | undefined = handled;
  while (c && c.version !== version) c = c.previous?.contract;
  return c;
}
