import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { catalogue } from './catalogue.ts';
import { EventEnvelopeSchema } from './envelope.ts';
import {
  MemberProfileUpdated,
  MemberProfileUpdatedV1Contract,
} from './outreach/member-profile-updated.event.ts';
import { MemberRegistered } from './outreach/member-registered.event.ts';

/** Validated the way libs/messaging does it: unknown fields are errors too. */
async function problems(cls: new () => object, plain: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, plain), { whitelist: true, forbidNonWhitelisted: true });
  const paths = (e: ValidationError, at: string): string[] =>
    e.children?.length ? e.children.flatMap((c) => paths(c, `${at}${e.property}.`)) : [`${at}${e.property}`];
  return errors.flatMap((e) => paths(e, '')).sort();
}

const profile = {
  countryOfResidence: 'BE',
  qualificationLevel: 'master',
  qualificationField: 'Electrical engineering',
  yearsOfExperience: 12,
  languages: ['en', 'fr', 'rw'],
  subjects: ['Renewable energy'],
};

describe('the event catalogue', () => {
  it('lists each type once per version', () => {
    const keys = catalogue.map((c) => `${c.type}@${c.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names each type <service>.<aggregate>.<verb> and puts it on the topic ikiraro.<service>.<aggregate>', () => {
    for (const { type, topic } of catalogue) {
      const [service, aggregate] = type.split('.');
      expect({ type, ok: /^[a-z]+\.[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/.test(type) }).toEqual({
        type,
        ok: true,
      });
      expect({ type, topic }).toEqual({ type, topic: `ikiraro.${service}.${aggregate}` });
    }
  });

  it('also lists the version that each newer contract reads through its upcast, one version below', () => {
    for (const contract of catalogue.filter((c) => c.previous)) {
      expect(catalogue).toContain(contract.previous!.contract);
      expect(contract.previous!.contract.type).toBe(contract.type);
      expect(contract.previous!.contract.version).toBe(contract.version - 1);
    }
  });

  it('upcasts an outreach.member.profile-updated v1 payload into a valid v2 with availability not stated', async () => {
    const v1 = { memberId: 'm-1', profile };
    expect(await problems(MemberProfileUpdatedV1Contract.payload, v1)).toEqual([]);
    const v2 = MemberProfileUpdated.previous!.upcast(
      plainToInstance(MemberProfileUpdatedV1Contract.payload, v1),
    );
    expect(await problems(MemberProfileUpdated.payload, v2)).toEqual([]);
    expect(v2).toMatchObject({ memberId: 'm-1', profile, availability: [] });
  });

  it('validates nested profile facts and availability windows, naming the field at fault', async () => {
    const registered = {
      memberId: 'm-1',
      campaignId: 'c-1',
      channel: 'social-media',
      office: 'DE',
      profile: { ...profile, countryOfResidence: 'FR', languages: ['English'] },
      availability: [{ from: '2026-09-01', to: '2026-08-01' }],
    };
    expect(await problems(MemberRegistered.payload, registered)).toEqual([
      'availability.0.to',
      'profile.countryOfResidence',
      'profile.languages',
    ]);
  });
});

describe('EventEnvelopeSchema', () => {
  const good = {
    id: '0190b6f2-7c1e-7a3b-9c4d-5e6f7a8b9c0d',
    type: 'outreach.member.profile-updated',
    version: 2,
    occurredAt: '2026-03-01T09:30:00.000Z',
    producer: 'outreach',
    subject: 'm-1',
    correlationId: 'c0ffee',
    causationId: null,
    actor: 'system',
    data: { memberId: 'm-1' },
  };

  it('accepts an envelope as architecture.md describes it, with or without a cause', async () => {
    expect(await problems(EventEnvelopeSchema, good)).toEqual([]);
    expect(await problems(EventEnvelopeSchema, { ...good, causationId: 'e-0' })).toEqual([]);
  });

  it('rejects a bad envelope, naming every field at fault', async () => {
    const bad = {
      ...good,
      id: 'not-a-uuid',
      type: 'Outreach.member',
      version: 0,
      occurredAt: '2026-03-01T11:30:00+02:00',
      subject: '',
      causationId: undefined,
      data: 'oops',
    };
    expect(await problems(EventEnvelopeSchema, bad)).toEqual(
      ['causationId', 'data', 'id', 'occurredAt', 'subject', 'type', 'version'].sort(),
    );
  });
});
