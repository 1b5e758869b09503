import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EventEnvelope, InvestorVerified, type InvestorVerifiedV1 } from '@ikiraro/contracts';
import { KafkaConnection } from '@ikiraro/messaging';
import { eventually, publishEvents, redeliver } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { admin, startGateway } from '../gateway.testing.ts';
import { onboardUser } from './onboarding.testing.ts';

interface ListedUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  status: string;
}

describe('investor accounts from verified investors', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let adminToken: string;
  const api = (method: string, path: string, body?: unknown, token?: string) =>
    gateway.request(method, `/api/v1${path}`, body, { token });
  const withEmail = async (email: string) =>
    ((await api('GET', '/users', undefined, adminToken)).body.items as ListedUser[]).filter(
      (u) => u.email === email,
    );

  /** Funding's verified investor of `email` (personal fields sealed, as funding sends them). */
  const verify = async (email: string, name: string, investorId = `inv-${email.split('@')[0]}`) => {
    const [published] = await publishEvents(InvestorVerified, [
      {
        subject: investorId,
        data: {
          investorId,
          organisation: 'Kigali Angels',
          name,
          email,
          locale: 'fr',
          interests: {
            sectors: ['renewable-energy'],
            iprcs: [],
            provinces: ['Kigali City'],
            ticketMin: 1_000,
            ticketMax: 10_000,
            currency: 'EUR',
            instruments: ['grant'],
          },
        } as InvestorVerifiedV1,
      },
    ]);
    return published!;
  };

  const inboxEntry = (event: EventEnvelope) => {
    const inbox = gateway.app.get<Connection>(getConnectionToken()).db!.collection<{ _id: string }>('inbox');
    return { inbox, _id: `${gateway.app.get(KafkaConnection).groupId}:${event.id}` };
  };
  const handled = (event: EventEnvelope) =>
    eventually(async () => {
      const { inbox, _id } = inboxEntry(event);
      expect(await inbox.findOne({ _id })).not.toBeNull();
    });

  beforeAll(async () => {
    gateway = await startGateway({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    adminToken = (await api('POST', '/auth/login', admin)).body.accessToken;
  });
  afterAll(() => gateway.close());

  it('invites a new address as an investor, once however often the event comes', async () => {
    const email = 'amina@kigali-angels.example.org';
    const event = await verify('Amina@Kigali-Angels.example.org', 'Amina Uwera');

    await eventually(async () =>
      expect(await withEmail(email)).toEqual([
        expect.objectContaining({ name: 'Amina Uwera', roles: ['investor'], status: 'invited' }),
      ]),
    );
    const mail = await gateway.mail.waitFor(email);
    expect(new URL(mail.links[0]!).pathname).toBe('/accept-invitation');
    await handled(event);

    // Redelivered as Kafka does after a lost commit; a later event of the same investor (same key, so handled
    // after it) shows when the gateway is past the redelivery.
    await redeliver(InvestorVerified, event);
    const after = await verify('amina.colleague@kigali-angels.example.org', 'Amina Colleague', event.subject);
    await handled(after);
    // Redelivered after the handler ran but before the inbox recorded it (a crash in between): handled again.
    const { inbox, _id } = inboxEntry(event);
    expect((await inbox.deleteOne({ _id })).deletedCount).toBe(1);
    await redeliver(InvestorVerified, event);
    await handled(event);

    expect(await withEmail(email)).toHaveLength(1);
    expect(gateway.mail.to(email)).toHaveLength(1);
  });

  it('gives an existing account the investor role as well, without inviting it again', async () => {
    const email = 'zena.investor@test.ikiraro.org';
    const id = await onboardUser(gateway, adminToken, {
      email,
      name: 'Zena Mukamana',
      roles: ['twg-member'],
    });

    const event = await verify(email, 'Zena M.');
    await eventually(async () =>
      expect(await withEmail(email)).toEqual([
        expect.objectContaining({
          id,
          name: 'Zena Mukamana',
          roles: ['twg-member', 'investor'],
          status: 'active',
        }),
      ]),
    );
    await handled(event);
    await redeliver(InvestorVerified, event);
    const later = await verify('zena.other@test.ikiraro.org', 'Zena Other', event.subject);
    await handled(later);
    expect(await withEmail(email)).toEqual([expect.objectContaining({ roles: ['twg-member', 'investor'] })]);
    expect(gateway.mail.to(email)).toHaveLength(1); // the invitation of onboarding, no other
  });
});
