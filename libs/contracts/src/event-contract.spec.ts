import { describe, expect, it } from '@jest/globals';
import { catalogue } from './catalogue.ts';
import { defineEvent, topicOf } from './event-contract.ts';

class Payload {}

describe('defineEvent', () => {
  it('derives the producer and the topic from the type', () => {
    const contract = defineEvent({
      type: 'testing.order-line.price-changed',
      version: 3,
      payload: Payload,
      description: 'Test only.',
    });
    expect(contract).toMatchObject({ producer: 'testing', topic: 'ikiraro.testing.order-line', version: 3 });
    expect(Object.isFrozen(contract)).toBe(true);
  });

  it('keeps every topic that the contracts named by hand before it was derived', () => {
    const named: Record<string, string> = {
      'outreach.campaign': 'ikiraro.outreach.campaign',
      'outreach.member': 'ikiraro.outreach.member',
      'selection.tor': 'ikiraro.selection.tor',
      'selection.application': 'ikiraro.selection.application',
      'selection.candidate': 'ikiraro.selection.candidate',
      'selection.erasure': 'ikiraro.selection.erasure',
    };
    for (const { type, topic } of catalogue)
      expect({ type, topic }).toEqual({ type, topic: named[type.split('.').slice(0, 2).join('.')] });
  });

  it('refuses a type that is not <service>.<aggregate>.<verb>, and a topic other than the derived one', () => {
    expect(() => topicOf('outreach.member')).toThrow('is not <service>.<aggregate>.<verb>');
    expect(() => topicOf('Outreach.member.registered')).toThrow('is not <service>.<aggregate>.<verb>');
    expect(() =>
      defineEvent({
        type: 'testing.ledger.entry-recorded',
        version: 1,
        topic: 'ikiraro.testing.ledgers',
        payload: Payload,
        description: 'Test only.',
      }),
    ).toThrow('testing.ledger.entry-recorded goes on ikiraro.testing.ledger, not ikiraro.testing.ledgers');
  });
});
