import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CandidateShortlisted } from '@ikiraro/contracts';
import {
  call,
  eventually,
  publishEvents,
  spawnService,
  type ServiceProcess,
  startMailCatcher,
  type MailCatcher,
} from '@ikiraro/testing';
import { contact, publishContacts, publishTors, tor } from '../testing/events.testing.ts';

// The service is a real process, killed with SIGKILL while the mail server holds its 8th message of a batch of
// 20 (the server has it whole and has not answered: not accepted, as at any mail server). Started again, it must
// send the 13 it had not sent and none of the 7 it had: counted at the SMTP server, by recipient and Message-ID.
// Then the mail server goes away for a while: mail waits for it and none is lost.
const members = Array.from({ length: 20 }, (_, i) => `crash-${String(i).padStart(2, '0')}`);

describe('the sender, when things break', () => {
  let mail: MailCatcher;
  let service: ServiceProcess | undefined;
  let killed: Promise<void> | undefined;
  const shortlisted = () => mail.mails.filter((m) => m.subject.startsWith('You are on the shortlist'));
  const env = () => ({
    SMTP_URL: mail.url,
    SEND_EVERY_MS: '50',
    SEND_BATCH: '50',
    RETRY_INITIAL_MS: '100',
    RETRY_MAX_MS: '400',
  });

  beforeAll(async () => {
    mail = await startMailCatcher(0, undefined, {
      beforeAnswer: async () => {
        if (shortlisted().length !== 7 || killed) return;
        killed = service!.kill('SIGKILL');
        await killed;
        throw new Error('the sender died before the answer');
      },
    });
    service = await spawnService('notifications', env());
  });
  afterAll(async () => {
    await service?.kill('SIGTERM');
    await mail.stop();
  });

  it('sends every message of the batch exactly once after a restart', async () => {
    // The ToR first, and known to the service. A ToR's news goes to the contacts known when it is handled, and
    // contacts come on another topic: a new probe ToR every 2 s until one reaches the member who asked for
    // opportunities. The ToRs' topic keeps its order, so `tor-crash` is known by then.
    await publishContacts(contact('crash-probe'));
    await publishTors(tor('tor-crash'));
    let probes = 0;
    await eventually(
      async () => {
        await publishTors(tor(`tor-probe-${++probes}`));
        await eventually(async () => expect(mail.to('crash-probe@example.org')).not.toHaveLength(0), 2_000);
      },
      60_000,
      0,
    );
    await publishContacts(...members.map((m) => contact(m, { locale: 'en', opportunities: false })));
    await publishEvents(
      CandidateShortlisted,
      members.map((memberId) => ({
        subject: `app-${memberId}`,
        data: { applicationId: `app-${memberId}`, torId: 'tor-crash', memberId },
      })),
    );
    await eventually(async () => expect(killed).toBeDefined(), 60_000);
    await killed;
    expect(shortlisted()).toHaveLength(7);

    service = await spawnService('notifications', env());
    await eventually(async () => expect(shortlisted().length).toBeGreaterThanOrEqual(20), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a second copy would have come by now
    expect(
      shortlisted()
        .map((m) => m.to.join())
        .sort(),
    ).toEqual(members.map((m) => `${m}@example.org`));
    expect(new Set(shortlisted().map((m) => m.messageId)).size).toBe(20);
  }, 180_000);

  it('waits for a mail server that is down, and loses nothing', async () => {
    const port = mail.port;
    await mail.stop();
    const late = ['down-1', 'down-2', 'down-3'];
    await publishContacts(...late.map((m) => contact(m, { locale: 'en', opportunities: false })));
    await publishEvents(
      CandidateShortlisted,
      late.map((memberId) => ({
        subject: `app-${memberId}`,
        data: { applicationId: `app-${memberId}`, torId: 'tor-crash', memberId },
      })),
    );
    const log = async () =>
      (await call(`${service!.url}/deliveries?status=retrying`, 'GET', undefined, { as: 'admin' })).body
        .items as { attempts: { outcome: string; answer: string }[] }[];
    // Tried, found unreachable, and tried again with backoff: not given up
    await eventually(async () => {
      const waiting = await log();
      expect(waiting).toHaveLength(3);
      for (const entry of waiting) {
        expect(entry.attempts.length).toBeGreaterThanOrEqual(2);
        expect(entry.attempts[0]).toMatchObject({
          outcome: 'unreachable',
          answer: expect.stringMatching(/ECONNREFUSED/),
        });
      }
    }, 30_000);

    mail = await startMailCatcher(port);
    await eventually(
      async () =>
        expect(mail.mails.map((m) => m.to.join()).sort()).toEqual(late.map((m) => `${m}@example.org`)),
      30_000,
    );
    expect(await log()).toEqual([]);
  });
});
