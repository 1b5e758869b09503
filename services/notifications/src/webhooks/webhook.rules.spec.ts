import { describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import {
  afterFailedAttempt,
  backoff,
  bodyOf,
  isDelivered,
  isDue,
  newSecret,
  payloadFor,
  signature,
  signatureHeader,
  subscriptionProblems,
  withoutFields,
} from './webhook.rules.ts';

describe('webhook signatures', () => {
  it("matches the Standard Webhooks convention's published example", () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(signature(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('makes secrets of 32 random bytes that the reference library accepts and verifies with', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newSecret()).not.toBe(secret);
    const body = bodyOf('selection.tor.published', '2027-01-01T00:00:00.000Z', { torId: 't1' });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': 'evt-1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader([secret], 'evt-1', timestamp, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace('t1', 't2'), headers)).toThrow();
  });

  it('signs with the previous secret too while a rotation overlaps, each verifying alone', () => {
    const [previous, current] = [newSecret(), newSecret()];
    const timestamp = Math.floor(Date.now() / 1000);
    const header = signatureHeader([current, previous], 'evt-2', timestamp, '{}');
    expect(header.split(' ')).toHaveLength(2);
    const headers = {
      'webhook-id': 'evt-2',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': header,
    };
    expect(() => new Webhook(previous).verify('{}', headers)).not.toThrow();
    expect(() => new Webhook(current).verify('{}', headers)).not.toThrow();
  });
});

describe('personal fields in webhook payloads', () => {
  const data = {
    memberId: 'm1',
    email: 'm1@example.org',
    profile: { name: 'Ada', city: 'Kigali' },
    scorecards: [{ score: 3, comment: 'good' }, { score: 4 }],
  };
  const fields = ['email', 'profile.name', 'scorecards[].comment', 'absent.field'];

  it('removes every field a contract marks personal, nested and in every item of a list', () => {
    expect(withoutFields(data, fields)).toEqual({
      memberId: 'm1',
      profile: { city: 'Kigali' },
      scorecards: [{ score: 3 }, { score: 4 }],
    });
    expect(data.email).toBe('m1@example.org'); // a copy: the event is left as it is
  });

  it('keeps them only for a purpose that allows personal fields', () => {
    expect(payloadFor('contact-sync', data, fields)).toEqual(data);
    expect(payloadFor('figures', data, fields)).not.toHaveProperty('email');
    expect(payloadFor('figures', { torId: 't1' })).toEqual({ torId: 't1' });
  });
});

describe('webhook retries', () => {
  const settings = { initialMs: 1_000, maxMs: 5_000, attempts: 4 };
  const at = new Date('2027-01-01T00:00:00Z');

  it('waits twice as long after each failure in a row, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoff(n, settings))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it('tries a delivery again after the backoff, and gives it up after the last attempt', () => {
    expect(afterFailedAttempt(1, at, settings)).toEqual({
      giveUp: false,
      dueAt: new Date(at.getTime() + 1_000),
    });
    expect(afterFailedAttempt(3, at, settings)).toEqual({
      giveUp: false,
      dueAt: new Date(at.getTime() + 4_000),
    });
    expect(afterFailedAttempt(4, at, settings)).toEqual({ giveUp: true });
  });

  it('sends a waiting delivery at its time, or at once when its subscription was enabled since its last try', () => {
    const now = at.getTime();
    const tried = { dueAt: new Date(now + 60_000), attempts: [{ at: new Date(now - 10_000) }] };
    expect(isDue(tried, new Date(now - 20_000).toISOString(), now)).toBe(false);
    expect(isDue(tried, new Date(now - 5_000).toISOString(), now)).toBe(true);
    expect(isDue({ ...tried, dueAt: new Date(now) }, new Date(now - 20_000).toISOString(), now)).toBe(true);
  });

  it('counts only a 2xx answer as delivered', () => {
    expect([200, 204, 299].every(isDelivered)).toBe(true);
    expect([199, 301, 304, 404, 500].some(isDelivered)).toBe(false);
  });
});

describe('webhook subscriptions', () => {
  const known = ['selection.tor.published', 'outreach.campaign.launched'];

  it('takes only https URLs, and http where it is allowed', () => {
    const url = 'http://partner.example.org/hooks';
    expect(subscriptionProblems({ url }, { allowHttp: false, known })).toEqual(['url must use https']);
    expect(subscriptionProblems({ url }, { allowHttp: true, known })).toEqual([]);
    expect(
      subscriptionProblems({ url: 'https://partner.example.org/hooks' }, { allowHttp: false, known }),
    ).toEqual([]);
  });

  it('refuses an address of this machine or a private network, except where local runs allow it', () => {
    const internal = [
      'https://localhost/hooks',
      'https://127.0.0.1:8443/hooks',
      'https://10.1.2.3/hooks',
      'https://172.20.0.5/hooks',
      'https://192.168.1.10/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://[::ffff:10.0.0.1]/hooks',
    ];
    for (const url of internal)
      expect(subscriptionProblems({ url }, { allowHttp: false, known })).toEqual([
        'url must be a public address, not one of this machine or its network',
      ]);
    expect(subscriptionProblems({ url: 'https://127.0.0.1/hooks' }, { allowHttp: true, known })).toEqual([]);
    for (const url of ['https://172.32.0.1/hooks', 'https://8.8.8.8/hooks', 'https://[2001:db8::1]/hooks'])
      expect(subscriptionProblems({ url }, { allowHttp: false, known })).toEqual([]);
  });

  it('names the event types that webhooks do not carry', () => {
    const eventTypes = ['selection.tor.published', 'outreach.member.registered'];
    expect(subscriptionProblems({ eventTypes }, { allowHttp: false, known })).toEqual([
      'eventTypes has types that webhooks do not carry: outreach.member.registered',
    ]);
  });
});
