import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer from 'nodemailer';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends through the configured SMTP server (a local catcher in development and tests). */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.transport = nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail(mail);
  }

  /** A link into the portal, e.g. `link('/accept-invitation', { token })`. */
  link(path: string, query: Record<string, string>): string {
    return `${this.config.PUBLIC_URL}${path}?${new URLSearchParams(query).toString()}`;
  }

  onModuleDestroy() {
    this.transport.close();
  }
}
