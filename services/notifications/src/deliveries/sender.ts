import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { LeasedPasses, PersonalData } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import nodemailer from 'nodemailer';
import { Contacts } from '../contacts/contacts.ts';
import { NOTIFICATIONS_CONFIG, type NotificationsEnv } from '../notifications.config.ts';
import { CATEGORIES } from '../preferences/categories.ts';
import { PreferenceLinks } from '../preferences/preference-links.ts';
import { PreferencesStore } from '../preferences/preferences.ts';
import { Templates } from '../templates/templates.ts';
import { Deliveries } from './deliveries.ts';
import type { Delivery, DeliveryStatus } from './delivery.ts';
import { afterFailure, attemptOf, type SendError } from './retry.rules.ts';

/**
 * Sends what is due, in passes, from one process per service at a time (a lease like the outbox relay's): so
 * the sender is the only writer of a pending delivery, and no two replicas send the same message. A message is
 * marked sent as soon as the server accepts it; if the process dies between the server's acceptance and that
 * mark, the next holder sends it again with the same Message-ID (the one case of a second copy, ADR 14).
 */
@Injectable()
export class Sender extends LeasedPasses {
  private readonly transport;

  constructor(
    private readonly deliveries: Deliveries,
    private readonly contacts: Contacts,
    private readonly preferences: PreferencesStore,
    private readonly templates: Templates,
    private readonly links: PreferenceLinks,
    private readonly personal: PersonalData,
    @InjectConnection() connection: Connection,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsEnv,
  ) {
    super(connection.db!, 'sender_lease', config.SEND_EVERY_MS);
    this.transport = nodemailer.createTransport(
      { url: config.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
      { from: config.MAIL_FROM },
    );
  }

  override async onApplicationShutdown() {
    await super.onApplicationShutdown();
    this.transport.close();
  }

  /** One pass: the due messages, oldest first, until the server cannot be reached or the lease lapses. */
  async pass(): Promise<void> {
    if (!(await this.hold())) return;
    for (const delivery of await this.deliveries.due(this.config.SEND_BATCH)) {
      if (this.stopping || !(await this.hold())) return;
      if ((await this.deliver(delivery)) === 'unreachable') return; // the rest would only fail the same way
    }
  }

  private async deliver(delivery: Delivery): Promise<DeliveryStatus | 'unreachable'> {
    const { person, category } = delivery;
    const contact = await this.contacts.find(person);
    if (!contact) {
      if (await this.personal.keys.isErased(person)) return this.finish(delivery, 'suppressed', 'erased');
      if (Date.now() - delivery.createdAt.getTime() > this.config.ADDRESS_WAIT_MS)
        return this.finish(delivery, 'given-up', 'no address is known for the recipient');
      // The address may come later than the event (another topic): look again after the first retry delay.
      await this.deliveries.settle({
        ...delivery,
        dueAt: new Date(Date.now() + this.config.RETRY_INITIAL_MS),
      });
      return delivery.status;
    }
    // A message not sent is logged under its recipient's address too: staff find it by the address.
    const known = { ...delivery, to: contact.email, toKey: this.links.addressKey(contact.email) };
    if (!(await this.preferences.allows(person, category)))
      return this.finish(known, 'suppressed', `the recipient switched off ${category}`);
    const { optional } = CATEGORIES[category];
    if ('consent' in CATEGORIES[category] && !contact.opportunities)
      return this.finish(known, 'suppressed', 'the recipient did not consent to hear of opportunities');

    // The rule's personal facts, opened only to write the message (the log keeps them sealed).
    const { personal } = delivery.personal
      ? (await this.personal.open(person, { personal: delivery.personal }, ['personal'])).value
      : delivery;
    const links = {
      myProfile: `${this.config.PUBLIC_URL}/my-profile`,
      portal: `${this.config.PUBLIC_URL}/`,
      preferences: this.links.page(person),
      placements: `${this.config.PUBLIC_URL}/placements`,
      investorMatches: `${this.config.PUBLIC_URL}/investor/matches`,
      // A rule's own links (a team's invitation, an investor's verification): portal paths, sealed in the log.
      ...Object.fromEntries(
        Object.entries((personal?.links ?? {}) as Record<string, string>).map(([name, path]) => [
          name,
          `${this.config.PUBLIC_URL}${path}`,
        ]),
      ),
      ...(typeof personal?.offerToken === 'string'
        ? { offer: `${this.config.PUBLIC_URL}/offer?token=${encodeURIComponent(personal.offerToken)}` }
        : {}),
      ...(typeof personal?.verificationCode === 'string'
        ? {
            verify: `${this.config.PUBLIC_URL}/certificate?code=${encodeURIComponent(personal.verificationCode)}`,
          }
        : {}),
    };
    let message;
    try {
      // A certificate's verification code is written in the message as well as in its link.
      const code = typeof personal?.verificationCode === 'string' ? personal.verificationCode : undefined;
      const view = {
        ...delivery.facts,
        ...(code ? { verificationCode: code } : {}),
        firstName: contact.firstName,
        links,
      };
      message = this.templates.render(delivery.template, contact.locale, view, { code: category, optional });
    } catch (error) {
      return this.finish(delivery, 'given-up', (error as Error).message);
    }
    const addressed = {
      ...delivery,
      to: contact.email,
      toKey: this.links.addressKey(contact.email),
      subject: message.subject,
      locale: contact.locale,
      messageId: `<${createHash('sha256').update(delivery._id).digest('hex').slice(0, 32)}@ikiraro>`,
    };
    const at = new Date();
    try {
      const sent = await this.transport.sendMail({
        to: contact.email,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: addressed.messageId,
        headers: optional
          ? {
              'List-Unsubscribe': `<${this.links.oneClick(person, category)}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {},
      });
      const attempts = [...delivery.attempts, { at, outcome: 'sent' as const, answer: sent.response }];
      return this.finish({ ...addressed, attempts, sentAt: at }, 'sent');
    } catch (error) {
      const attempt = attemptOf(error as SendError, at);
      const refusals = delivery.refusals + (attempt.outcome === 'refused' ? 1 : 0);
      const attempts = [...delivery.attempts, attempt];
      const next = afterFailure(attempt, attempts.length, refusals, {
        initialMs: this.config.RETRY_INITIAL_MS,
        maxMs: this.config.RETRY_MAX_MS,
        refusals: this.config.SEND_ATTEMPTS,
      });
      if (next.giveUp) return this.finish({ ...addressed, attempts, refusals }, 'given-up', attempt.answer);
      await this.deliveries.settle({
        ...addressed,
        attempts,
        refusals,
        status: 'retrying',
        dueAt: next.dueAt,
      });
      if (attempt.outcome === 'unreachable')
        this.logger.warn(`mail server unreachable (${attempt.answer}); messages wait`);
      return attempt.outcome === 'unreachable' ? 'unreachable' : 'retrying';
    }
  }

  private async finish(delivery: Delivery, status: DeliveryStatus, reason?: string) {
    await this.deliveries.settle({ ...delivery, status, pending: false, ...(reason ? { reason } : {}) });
    return status;
  }
}
