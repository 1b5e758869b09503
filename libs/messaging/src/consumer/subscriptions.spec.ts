import { describe, expect, it } from '@jest/globals';
import { defineEvent } from '@ikiraro/contracts';
import { OnEvent, patternOf } from '../on-event.decorator.ts';
import { subscriptionsOf } from './subscriptions.ts';

class Payload {
  personId!: string;
  name!: string;
}

const Noted = defineEvent({
  type: 'testing.note.noted',
  version: 1,
  payload: Payload,
  description: 'Test only.',
});
const Named = defineEvent({
  type: 'testing.person.named',
  version: 1,
  payload: Payload,
  description: 'Test only.',
  personal: { person: (d) => d.personId, fields: ['name'], readers: ['reader'] },
});
// Registers the contracts' patterns, as a service's handlers do.
class Handlers {
  @OnEvent(Noted) onNoted() {}
  @OnEvent(Named) onNamed() {}
}
void Handlers;

describe('subscriptionsOf', () => {
  it('maps each handled type to its contract and Nest pattern', () => {
    const handled = subscriptionsOf([patternOf(Noted), patternOf(Named)], 'reader');
    expect([...handled]).toEqual([
      ['testing.note.noted', { contract: Noted, pattern: 'testing.note.noted@1' }],
      ['testing.person.named', { contract: Named, pattern: 'testing.person.named@1' }],
    ]);
  });

  it('refuses a pattern no @OnEvent registered, and two handlers of one type', () => {
    expect(() => subscriptionsOf(['testing.note.noted@7'], 'reader')).toThrow(/No event contract/);
    expect(() => subscriptionsOf([patternOf(Noted), patternOf(Noted)], 'reader')).toThrow(
      'Two handlers for testing.note.noted: keep one, on the newest version',
    );
  });

  it('lets only the producer and the listed readers handle an event with personal fields', () => {
    expect(() => subscriptionsOf([patternOf(Named)], 'outsider')).toThrow(
      'outsider handles testing.person.named but is not among the readers of its personal fields',
    );
    expect(subscriptionsOf([patternOf(Named)], 'testing').size).toBe(1);
    expect(subscriptionsOf([patternOf(Noted)], 'outsider').size).toBe(1);
  });
});
