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
    const named = {
      'outreach.campaign.launched': 'ikiraro.outreach.campaign',
      'outreach.campaign.closed': 'ikiraro.outreach.campaign',
      'outreach.member.registered': 'ikiraro.outreach.member',
      'outreach.member.profile-updated': 'ikiraro.outreach.member',
      'outreach.member.erased': 'ikiraro.outreach.member',
      'selection.tor.published': 'ikiraro.selection.tor',
      'selection.tor.closed': 'ikiraro.selection.tor',
      'selection.application.submitted': 'ikiraro.selection.application',
      'selection.application.screened': 'ikiraro.selection.application',
      'selection.application.rejected': 'ikiraro.selection.application',
      'selection.candidate.shortlisted': 'ikiraro.selection.candidate',
      'selection.candidate.selected': 'ikiraro.selection.candidate',
      'selection.erasure.receipted': 'ikiraro.selection.erasure',
    };
    const derived = Object.fromEntries(
      Object.keys(named).map((type) => [type, catalogue.filter((c) => c.type === type).map((c) => c.topic)]),
    );
    expect(derived).toEqual(
      Object.fromEntries(
        Object.entries(named).map(([type, topic]) => [
          type,
          type === 'outreach.member.profile-updated' ? [topic, topic] : [topic],
        ]),
      ),
    );
  });

  it('refuses a type that is not <service>.<aggregate>.<verb>', () => {
    expect(() => topicOf('outreach.member')).toThrow('is not <service>.<aggregate>.<verb>');
    expect(() => topicOf('Outreach.member.registered')).toThrow('is not <service>.<aggregate>.<verb>');
  });
});
