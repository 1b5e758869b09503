import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { CandidateShortlisted, TorPublished } from '@ikiraro/contracts';
import { isSealed } from '@ikiraro/messaging';
import { eventually, expectInvalid, publishEvents, type ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import {
  applicationOf,
  contact,
  publishContacts,
  publishTors,
  redeliver,
  tor,
} from '../testing/events.testing.ts';
import { startNotifications } from '../testing/notifications.testing.ts';
import { WebhookDeliveries } from './webhook-deliveries.ts';
import { type Receiver, startReceiver } from './webhook-receiver.testing.ts';

const shortlisted = (memberId: string) => ({
  subject: `app-${memberId}`,
  data: applicationOf(memberId, 'tor-1'),
});

describe('webhooks', () => {
  let service: ServiceUnderTest;
  let receiver: Receiver;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    receiver = await startReceiver();
    ({ service, stop } = await startNotifications({
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_SEND_EVERY_MS: '50',
      WEBHOOK_RETRY_INITIAL_MS: '50',
      WEBHOOK_RETRY_MAX_MS: '200',
      WEBHOOK_ATTEMPTS: '5',
      WEBHOOK_DISABLE_AFTER: '3',
    }));
  });
  afterAll(async () => {
    await stop();
    await receiver.stop();
  });

  /** Subscribes `path` of the receiver, which then verifies its requests with the secret answered. */
  const subscribe = async (
    path: string,
    eventTypes: string[],
    options: { purpose?: string; answer?: (n: number) => number } = {},
  ) => {
    const created = await service.request(
      'POST',
      '/webhooks',
      {
        url: receiver.url(path),
        eventTypes,
        purpose: options.purpose ?? 'figures',
        description: `partner ${path}`,
      },
      { as: 'admin' },
    );
    expect(created.status).toBe(201);
    receiver.route(path, { secret: created.body.secret, answer: options.answer });
    return created.body as { id: string; secret: string };
  };
  const get = async (path: string) => (await service.request('GET', path, undefined, { as: 'admin' })).body;
  const deliveriesOf = async (id: string) => (await get(`/webhooks/${id}/deliveries`)).items;

  it('POSTs a subscribed event with Standard Webhooks headers, its signature verified by the receiver', async () => {
    const { id, secret } = await subscribe('/tors', [TorPublished.type]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const [published] = await publishTors(tor('tor-a'));
    await eventually(async () => expect(receiver.delivered('/tors')).toHaveLength(1));
    const [request] = receiver.requests('/tors');
    expect(request!.verified).toBe(true);
    expect(request!.headers['webhook-id']).toBe(published!.id);
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(Number(request!.headers['webhook-timestamp'])).toBeGreaterThan(1_600_000_000);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual({
      type: TorPublished.type,
      timestamp: published!.occurredAt,
      data: tor('tor-a'),
    });
    // Another secret does not verify it: the receiver's check is a real one
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(request!.body, request!.headers),
    ).toThrow();
    await eventually(async () =>
      expect(await deliveriesOf(id)).toEqual([
        expect.objectContaining({
          eventId: published!.id,
          eventType: TorPublished.type,
          status: 'delivered',
          attempts: [expect.objectContaining({ status: 204 })],
        }),
      ]),
    );
    // The secret is answered once: never in a subscription's view, and sealed wherever it is stored
    expect(await get(`/webhooks/${id}`)).not.toHaveProperty('secret');
    const db = service.app.get<Connection>(getConnectionToken()).db!;
    for (const collection of await db.listCollections().toArray()) {
      const stored = JSON.stringify(await db.collection(collection.name).find({}).toArray());
      expect({ collection: collection.name, clear: stored.includes(secret.slice(6)) }).toEqual({
        collection: collection.name,
        clear: false,
      });
    }
    expect((await get('/webhooks')).items).toContainEqual(
      expect.objectContaining({
        id,
        enabled: true,
        purpose: 'figures',
        trail: [expect.objectContaining({ change: 'created' })],
      }),
    );
  });

  it('does not send an event of a type the subscription does not name', async () => {
    const tors = await subscribe('/only-tors', [TorPublished.type]);
    const candidates = await subscribe('/only-candidates', [CandidateShortlisted.type]);
    await publishTors(tor('tor-b'));
    await eventually(async () => expect(receiver.delivered('/only-tors')).toHaveLength(1));
    // Both would have been queued together, before the first one went
    expect(await deliveriesOf(candidates.id)).toEqual([]);
    expect(receiver.requests('/only-candidates')).toEqual([]);
    expect(await deliveriesOf(tors.id)).toHaveLength(1);
  });

  it('delivers a redelivered Kafka event once', async () => {
    await subscribe('/once', [CandidateShortlisted.type]);
    const [first] = await publishEvents(CandidateShortlisted, [shortlisted('r1')]);
    await redeliver(CandidateShortlisted, first!);
    // A later event of the same subject: once it arrived, the redelivered copy (before it in its partition) was handled
    const [later] = await publishEvents(CandidateShortlisted, [shortlisted('r1')]);
    await eventually(async () =>
      expect(receiver.delivered('/once').map((p) => p.data.memberId)).toEqual(['r1', 'r1']),
    );
    const ids = receiver.requests('/once').map((r) => r.headers['webhook-id']);
    expect(ids.sort()).toEqual([first!.id, later!.id].sort());
  });

  it('tries again after a receiver answered 500, with the same id, until it takes the delivery', async () => {
    const { id } = await subscribe('/flaky', [CandidateShortlisted.type], {
      answer: (n) => (n <= 2 ? 500 : 200),
    });
    const [event] = await publishEvents(CandidateShortlisted, [shortlisted('f1')]);
    await eventually(async () =>
      expect(await deliveriesOf(id)).toEqual([
        expect.objectContaining({
          status: 'delivered',
          attempts: [
            expect.objectContaining({ status: 500, answer: expect.stringMatching(/^refused \(500\): x+$/) }),
            expect.objectContaining({ status: 500 }),
            expect.objectContaining({ status: 200 }),
          ],
        }),
      ]),
    );
    const [attempt] = (await deliveriesOf(id))[0].attempts;
    expect(attempt.answer).toHaveLength(500);
    const requests = receiver.requests('/flaky');
    expect(requests.map((r) => r.headers['webhook-id'])).toEqual([event!.id, event!.id, event!.id]);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    expect(requests.every((r) => r.verified)).toBe(true);
    expect(await get(`/webhooks/${id}`)).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('disables a subscription after repeated failure, and enabled again it resumes its waiting deliveries', async () => {
    let down = true;
    const { id } = await subscribe('/down', [CandidateShortlisted.type], {
      answer: () => (down ? 503 : 200),
    });
    const { id: witness } = await subscribe('/witness', [CandidateShortlisted.type]);
    const [waiting] = await publishEvents(CandidateShortlisted, [shortlisted('d1')]);
    await eventually(async () =>
      expect(await get(`/webhooks/${id}`)).toMatchObject({
        enabled: false,
        disabledReason: expect.stringMatching(/^3 failed deliveries in a row; the last: 503 refused \(503\)/),
      }),
    );
    expect(receiver.requests('/down')).toHaveLength(3);
    const disabled = await get(`/webhooks/${id}`);
    expect(disabled.trail.at(-1)).toMatchObject({ by: 'system', change: 'disabled after repeated failure' });
    expect(await deliveriesOf(id)).toEqual([expect.objectContaining({ status: 'retrying' })]);

    // While it is disabled, an event of its type is not queued for it (the witness shows the event was handled)
    await publishEvents(CandidateShortlisted, [shortlisted('d2')]);
    await eventually(async () => expect(receiver.delivered('/witness')).toHaveLength(2));
    expect(await deliveriesOf(id)).toHaveLength(1);
    expect(await deliveriesOf(witness)).toHaveLength(2);

    down = false;
    const enabled = await service.request('POST', `/webhooks/${id}/enable`, undefined, { as: 'admin' });
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });
    await eventually(async () => expect(receiver.delivered('/down')).toHaveLength(1));
    expect(receiver.requests('/down').at(-1)!.headers['webhook-id']).toBe(waiting!.id);
    expect(receiver.delivered('/down')[0]!.data.memberId).toBe('d1');
    await eventually(async () =>
      expect(await deliveriesOf(id)).toEqual([
        expect.objectContaining({
          status: 'delivered',
          attempts: expect.arrayContaining([expect.anything()]),
        }),
      ]),
    );
    expect((await deliveriesOf(id))[0].attempts.map((a: { status: number }) => a.status)).toEqual([
      503, 503, 503, 200,
    ]);
  });

  it('leaves out the personal fields for a purpose that does not allow them, and seals those it sends', async () => {
    await subscribe('/figures', ['outreach.member.contact-updated'], { purpose: 'figures' });
    const sync = await subscribe('/crm', ['outreach.member.contact-updated'], { purpose: 'contact-sync' });
    await publishContacts(contact('p1'));
    await eventually(async () => {
      expect(receiver.delivered('/figures')).toHaveLength(1);
      expect(receiver.delivered('/crm')).toHaveLength(1);
    });
    expect(receiver.delivered('/figures')[0]!.data).toEqual({
      memberId: 'p1',
      locale: 'fr',
      opportunities: true,
    });
    expect(receiver.delivered('/crm')[0]!.data).toEqual(contact('p1'));
    // Kept for its retries, the body with personal fields is stored sealed with the person's key
    const stored = await service.app.get(WebhookDeliveries).collection.findOne({ subscriptionId: sync.id });
    expect(isSealed(stored!.body)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('p1@example.org');
  });

  it('rotates the secret: the new one verifies, and the previous one too while they overlap', async () => {
    const { id, secret: previous } = await subscribe('/rotated', [TorPublished.type]);
    const rotated = await service.request('POST', `/webhooks/${id}/secret`, undefined, { as: 'admin' });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(previous);
    expect(rotated.body.previousSecretUntil).toEqual(expect.any(String));
    receiver.route('/rotated', { secret: rotated.body.secret });
    await publishTors(tor('tor-r'));
    await eventually(async () => expect(receiver.delivered('/rotated')).toHaveLength(1));
    const [request] = receiver.requests('/rotated');
    expect(() => new Webhook(previous).verify(request!.body, request!.headers)).not.toThrow();
    expect(request!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
  });

  it('refuses bad input with a problem document and a stable code', async () => {
    const valid = { url: receiver.url('/x'), eventTypes: [TorPublished.type], purpose: 'figures' };
    const post = (body: object) => service.request('POST', '/webhooks', body, { as: 'admin' });
    const unknown = await post({ ...valid, eventTypes: ['outreach.member.registered', TorPublished.type] });
    expectInvalid(unknown, 'outreach.member.registered');
    expect(unknown.body.allowedEventTypes).toContain(TorPublished.type);
    expect(unknown.body.allowedEventTypes).not.toContain('outreach.member.registered');
    expectInvalid(await post({ ...valid, purpose: 'marketing' }), 'purpose');
    expectInvalid(await post({ ...valid, url: 'ftp://partner.example.org/hook' }), 'url');
    expectInvalid(await post({ ...valid, eventTypes: [] }), 'eventTypes');
    const { id } = await subscribe('/patched', [TorPublished.type]);
    const patch = (body: object) => service.request('PATCH', `/webhooks/${id}`, body, { as: 'admin' });
    expectInvalid(await patch({ eventTypes: ['nowhere.thing.happened'] }), 'nowhere.thing.happened');
    // Null clears a description only: a subscription is never without its address, events or purpose
    for (const field of ['url', 'eventTypes', 'purpose'])
      expectInvalid(await patch({ [field]: null, description: '' }), field);
    const changed = await patch({ eventTypes: [CandidateShortlisted.type], description: null });
    expect(changed.body).toMatchObject({ eventTypes: [CandidateShortlisted.type], description: null });
    expect(changed.body.trail.at(-1)).toMatchObject({ change: 'changed eventTypes, description' });
    const missing = await service.request('GET', '/webhooks/nope/deliveries', undefined, { as: 'admin' });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('webhook.not_found');
  });

  it('lets only admins see and change subscriptions', async () => {
    const { id } = await subscribe('/admins', [TorPublished.type]);
    const body = { url: receiver.url('/y'), eventTypes: [TorPublished.type], purpose: 'figures' };
    for (const [method, path, payload] of [
      ['POST', '/webhooks', body],
      ['GET', '/webhooks', undefined],
      ['POST', `/webhooks/${id}/secret`, undefined],
      ['GET', `/webhooks/${id}/deliveries`, undefined],
    ] as const) {
      const refused = await service.request(method, path, payload, { as: 'programme-manager' });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect((await service.request(method, path, payload)).status).toBe(401);
    }
  });
});
