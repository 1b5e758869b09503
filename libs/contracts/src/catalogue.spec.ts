import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { catalogue, publishedBy } from './catalogue.ts';
import { EventEnvelopeSchema } from './envelope.ts';
import { definedEvents } from './event-contract.ts';
import { EVENTS_BARREL, eventsBarrel } from './event-files.ts';
import * as contracts from './index.ts';
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

const repository = new URL('../../../', import.meta.url);

/** Every .ts file of the platform's own code: libs, services, tools, deploy (not e2e/ or bench/, test code). */
function platformSources(dir = repository, at = ''): string[] {
  const skipped = new Set(['node_modules', 'dist', '.git', 'e2e', 'bench', 'test-artifacts', 'docs']);
  return readdirSync(new URL(at || '.', dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${at}${entry.name}`;
    if (entry.isDirectory())
      return skipped.has(entry.name) || (!at && !['libs', 'services', 'tools', 'deploy'].includes(entry.name))
        ? []
        : platformSources(dir, `${path}/`);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('a contract cannot exist outside the catalogue', () => {
  it('has events.ts export every *.event.ts file (regenerate it with npm run -s docs:asyncapi)', () => {
    expect(readFileSync(EVENTS_BARREL, 'utf8')).toBe(eventsBarrel());
  });

  it('calls defineEvent in platform code only in libs/contracts/src/<folder>/*.event.ts (tests may define fixtures)', () => {
    const outside = platformSources().filter(
      (path) =>
        !/^libs\/contracts\/src\/[a-z-]+\/[a-z-]+\.event\.ts$/.test(path) &&
        !/\.(spec|int-spec|e2e-spec|test)\.tsx?$/.test(path) &&
        /\bdefineEvent\s*\(/.test(readFileSync(new URL(path, repository), 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('holds every contract that libs/contracts defines, each exported for producers and consumers to import', () => {
    expect(definedEvents()).toEqual(catalogue);
    const exported = new Set<unknown>(Object.values(contracts));
    expect(catalogue.filter((c) => !exported.has(c)).map((c) => `${c.type}@${c.version}`)).toEqual([]);
    expect(catalogue.length).toBeGreaterThan(10);
  });
});

describe('publishedBy(service)', () => {
  const names = (service: string) =>
    publishedBy(service)
      .map((c) => `${c.type}@${c.version}`)
      .sort();

  it('gives each service the current version of every event named after it, and no other', () => {
    for (const service of ['outreach', 'selection']) {
      const current = catalogue.filter(
        (c) => c.type.startsWith(`${service}.`) && !catalogue.some((newer) => newer.previous?.contract === c),
      );
      expect(publishedBy(service)).toEqual(current);
    }
  });

  it('still gives each service every event its app module listed by hand before the list followed from the contracts', () => {
    expect(names('outreach')).toEqual(
      expect.arrayContaining([
        'outreach.campaign.closed@1',
        'outreach.campaign.launched@1',
        'outreach.member.erased@1',
        'outreach.member.profile-updated@2',
        'outreach.member.registered@1',
      ]),
    );
    expect(names('selection')).toEqual(
      expect.arrayContaining([
        'selection.application.rejected@1',
        'selection.application.screened@1',
        'selection.application.submitted@1',
        'selection.candidate.selected@1',
        'selection.candidate.shortlisted@1',
        'selection.erasure.receipted@1',
        'selection.tor.closed@1',
        'selection.tor.published@1',
      ]),
    );
  });

  it('gives a service that owns no event nothing, and no service a version that a newer one replaces', () => {
    expect(publishedBy('portal')).toEqual([]);
    expect(publishedBy('outreach')).not.toContain(MemberProfileUpdatedV1Contract);
    expect(publishedBy('outreach')).toContain(MemberProfileUpdated);
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
