import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberErased } from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import { eventually, probeTopic, startService, type ServiceUnderTest, type Who } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module.ts';
import { storeMember } from '../members/members.testing.ts';
import { MEMBER, MEMBER_EMAILS, type Member } from '../members/member.ts';
import { ERASURES } from './erasure.service.ts';

// Staff erase a person on request, imported people included; the erasure can be finished by asking again, and
// its certificate waits for every holder's receipt (selection, notifications, placement, training, funding and reporting are not
// running here: they stay "waiting").
const manager: Who = { id: uuidv7(), name: 'Programme Manager', roles: ['programme-manager'] };

describe('erasure on request', () => {
  let outreach: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;
  const members = () => outreach.app.get(AggregateStore).of<Member>(MEMBER);

  async function imported(email: string) {
    return storeMember(outreach, {
      status: 'imported',
      campaignId: 'campaign-1',
      channel: 'mapping-import',
      office: 'DE',
      firstName: 'Imma',
      lastName: 'Ported',
      email,
      countryOfResidence: 'DE',
      qualifications: [{ level: 'bachelor', field: 'Welding', institution: 'HTW', year: 2011 }],
      subjects: ['Welding'],
      yearsOfExperience: 7,
      languages: ['de', 'rw'],
      availability: [],
      consent: null,
      createdAt: '2026-11-01T10:00:00.000Z',
    });
  }

  beforeAll(async () => {
    outreach = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${MemberErased.topic}`);
  });
  afterAll(async () => {
    await probe.stop();
    await outreach.close();
  });

  it('erases an imported person on a programme manager’s request, and certifies it', async () => {
    const id = await imported('imma.ported@example.org');
    const erased = await outreach.request(
      'POST',
      `/members/${id}/erasure`,
      { reason: 'request', note: 'asked by phone to the Berlin office' },
      { as: manager },
    );
    expect(erased.status).toBe(201);
    expect(erased.body).toMatchObject({
      memberId: id,
      reason: 'request',
      note: 'asked by phone to the Berlin office',
      requestedBy: { id: manager.id, role: 'programme-manager' },
      complete: false,
      confirmations: [
        {
          service: 'outreach',
          status: 'confirmed',
          removed: ['registration and profile', 'consent records', 'e-mail address'],
        },
        { service: 'selection', status: 'waiting', removed: [], erasedAt: null },
        { service: 'notifications', status: 'waiting', removed: [], erasedAt: null },
        { service: 'placement', status: 'waiting', removed: [], erasedAt: null },
        { service: 'training', status: 'waiting', removed: [], erasedAt: null },
        { service: 'funding', status: 'waiting', removed: [], erasedAt: null },
        { service: 'reporting', status: 'waiting', removed: [], erasedAt: null },
      ],
    });
    expect((await members().load(id))?.state).toEqual({
      status: 'erased',
      campaignId: 'campaign-1',
      channel: 'mapping-import',
      office: 'DE',
      createdAt: '2026-11-01T10:00:00.000Z',
    });
    expect(
      await db()
        .collection(MEMBER_EMAILS)
        .findOne({ _id: 'imma.ported@example.org' as never }),
    ).toBeNull();
    await eventually(async () =>
      expect(probe.events.find((e) => e.subject === id && e.type === MemberErased.type)?.data).toEqual({
        memberId: id,
        reason: 'request',
      }),
    );

    // The person's certificate, by its unguessable id: nothing that names them.
    const { certificateId } = erased.body as { certificateId: string };
    const shown = await outreach.request('GET', `/public/erasure-certificates/${certificateId}`);
    expect(shown.status).toBe(200);
    expect(JSON.stringify(shown.body)).not.toMatch(new RegExp(`${id}|Imma|Ported|imma|Berlin`));
  });

  it('finishes an erasure by being asked again, with the same certificate', async () => {
    const id = await imported('twice@example.org');
    const first = await outreach.request(
      'POST',
      `/members/${id}/erasure`,
      { reason: 'request' },
      { as: manager },
    );
    const again = await outreach.request(
      'POST',
      `/members/${id}/erasure`,
      { reason: 'request' },
      { as: manager },
    );
    expect(again.status).toBe(201);
    expect((again.body as { certificateId: string }).certificateId).toBe(
      (first.body as { certificateId: string }).certificateId,
    );
    expect(
      await db()
        .collection(ERASURES)
        .countDocuments({ _id: id as never }),
    ).toBe(1);
  });

  it('answers an unknown member, a bad reason and an unknown certificate with problems, and erases nothing', async () => {
    const unknown = await outreach.request(
      'POST',
      `/members/${uuidv7()}/erasure`,
      { reason: 'request' },
      { as: manager },
    );
    expect(unknown.body).toMatchObject({ status: 404, code: 'member.not_found' });
    const id = await imported('kept@example.org');
    const bad = await outreach.request(
      'POST',
      `/members/${id}/erasure`,
      { reason: 'because' },
      { as: manager },
    );
    expect(bad.status).toBe(400);
    expect((await members().load(id))?.state.status).toBe('imported');
    expect((await outreach.request('GET', `/public/erasure-certificates/${uuidv7()}`)).body).toMatchObject({
      status: 404,
      code: 'erasure.not_found',
    });
    expect((await outreach.request('GET', '/public/erasure-certificates/not-a-uuid')).status).toBe(400);
  });
});
