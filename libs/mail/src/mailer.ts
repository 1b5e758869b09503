import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailerOptions {
  /** e.g. smtp://127.0.0.1:1025 (a local catcher in development and tests), smtps://user:pass@relay:465 */
  smtpUrl: string;
  from: string;
  /** Where the portal and public pages are served: the origin of every link in a message. */
  publicUrl: string;
}

/** Sends plain-text mail through SMTP. One per service that e-mails people (until notifications owns it). */
export class Mailer {
  private readonly transport;

  constructor(private readonly options: MailerOptions) {
    this.transport = nodemailer.createTransport(options.smtpUrl, { from: options.from });
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail(mail);
  }

  /** A link into the public site, e.g. `link('/accept-invitation', { token })`. */
  link(path: string, query: Record<string, string>): string {
    return `${this.options.publicUrl}${path}?${new URLSearchParams(query).toString()}`;
  }

  close(): void {
    this.transport.close();
  }
}
