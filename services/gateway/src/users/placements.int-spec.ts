import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EventEnvelope, PlacementAccepted, type PlacementAcceptedV1 } from '@ikiraro/contracts';
import { KafkaConnection } from '@ikiraro/messaging';
import { eventually, publishEvents, redeliver } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { admin, startGateway } from '../gateway.testing.ts';
import { onboardUser } from './onboarding.testing.ts';

interface ListedUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  iprc?: string;
  status: string;
}

describe('trainer accounts from accepted placements', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let adminToken: string;
  const api = (method: string, path: string, body?: unknown, token?: string) =>
    gateway.request(method, `/api/v1${path}`, body, { token });
  const users = async () => (await api('GET', '/users', undefined, adminToken)).body.items as ListedUser[];
  const withEmail = async (email: string) => (await users()).filter((u) => u.email === email);

  /** The accepted placement of `email` at `iprc`, published as placement would (personal fields sealed). */
  const accept = async (email: string, name: string, iprc: string, placementId = uuidv7()) => {
    const [published] = await publishEvents(PlacementAccepted, [
      {
        subject: placementId,
        data: {
          placementId,
          applicationId: uuidv7(),
          torId: uuidv7(),
          memberId: uuidv7(),
          iprc,
          period: { start: '2027-03-01', end: '2027-05-31' },
          email,
          name,
        } as PlacementAcceptedV1,
      },
    ]);
    return published!;
  };

  /** The gateway's inbox entry of an event: present once its handler has finished. */
  const inboxEntry = (event: EventEnvelope) => {
    const inbox = gateway.app.get<Connection>(getConnectionToken()).db!.collection<{ _id: string }>('inbox');
    return { inbox, _id: `${gateway.app.get(KafkaConnection).groupId}:${event.id}` };
  };
  const handled = (event: EventEnvelope) =>
    eventually(async () => {
      const { inbox, _id } = inboxEntry(event);
      expect(await inbox.findOne({ _id })).not.toBeNull();
    });

  const onboard = (email: string, name: string, roles: string[], extra: object = {}) =>
    onboardUser(gateway, adminToken, { email, name, roles, ...extra });

  beforeAll(async () => {
    gateway = await startGateway({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    adminToken = (await api('POST', '/auth/login', admin)).body.accessToken;
  });
  afterAll(() => gateway.close());

  it('invites a new address as a trainer of the IPRC, once however often the event comes', async () => {
    const email = 'ada.uwase@test.ikiraro.org';
    const event = await accept('Ada.Uwase@test.ikiraro.org', 'Ada Uwase', 'KGL');

    await eventually(async () =>
      expect(await withEmail(email)).toEqual([
        expect.objectContaining({ name: 'Ada Uwase', roles: ['trainer'], iprc: 'KGL', status: 'invited' }),
      ]),
    );
    const mail = await gateway.mail.waitFor(email);
    expect(new URL(mail.links[0]!).pathname).toBe('/accept-invitation');
    await handled(event);
    expect(gateway.mail.to(email)).toHaveLength(1);

    // Redelivered as Kafka does after a lost commit; a later event of the same placement (same key, so handled
    // after it) shows when the gateway is past the redelivery.
    await redeliver(PlacementAccepted, event);
    const after = await accept('ada.colleague@test.ikiraro.org', 'Ada Colleague', 'KGL', event.subject);
    await handled(after);

    // Redelivered after the handler ran but before the inbox recorded it (a crash in between): handled again.
    const { inbox, _id } = inboxEntry(event);
    expect((await inbox.deleteOne({ _id })).deletedCount).toBe(1);
    await redeliver(PlacementAccepted, event);
    await handled(event);

    expect(await withEmail(email)).toHaveLength(1);
    expect(gateway.mail.to(email)).toHaveLength(1);
  });

  it('makes an existing reviewer a trainer of the IPRC as well, without inviting them again', async () => {
    const email = 'zena@test.ikiraro.org';
    const id = await onboard(email, 'Zena Mukamana', ['twg-member']);

    const event = await accept('Zena@test.ikiraro.org', 'Zena M.', 'HYE');
    await eventually(async () =>
      expect(await withEmail(email)).toEqual([
        expect.objectContaining({
          id,
          name: 'Zena Mukamana',
          roles: ['twg-member', 'trainer'],
          iprc: 'HYE',
          status: 'active',
        }),
      ]),
    );
    await handled(event);
    expect(gateway.mail.to(email)).toHaveLength(1); // the invitation of onboarding, no other
  });

  it('keeps the IPRC of an account scoped to another one, adding the trainer role', async () => {
    const email = 'focal.kgl@test.ikiraro.org';
    const id = await onboard(email, 'Jean Focal', ['iprc-focal-point'], { iprc: 'KGL' });

    const event = await accept(email, 'Jean Focal', 'HYE');
    await eventually(async () =>
      expect(await withEmail(email)).toEqual([
        expect.objectContaining({ id, roles: ['iprc-focal-point', 'trainer'], iprc: 'KGL' }),
      ]),
    );
    await handled(event);
    expect(gateway.mail.to(email)).toHaveLength(1);
  });
});
