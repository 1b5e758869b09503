import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** The links in the text, in order (invitation, password reset…). */
  links: string[];
  at: Date;
}

export interface MailCatcher {
  port: number;
  url: string;
  mails: CaughtMail[];
  /** The newest mail to `to` that arrived after `since` (waits up to `timeoutMs`). */
  waitFor(to: string, options?: { since?: Date; timeoutMs?: number }): Promise<CaughtMail>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps every message instead of delivering it: what the gateway's mail goes
 * to in development (`npm start` prints each message) and in tests. Production points SMTP_URL at a real relay.
 */
export async function startMailCatcher(
  port = 0,
  onMail: (mail: CaughtMail) => void = () => undefined,
): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const text = parsed.text ?? '';
          const mail: CaughtMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text,
            links: text.match(/https?:\/\/\S+/g) ?? [],
            at: new Date(),
          };
          mails.push(mail);
          onMail(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    mails,
    async waitFor(to, { since = new Date(0), timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.filter((m) => m.to.includes(to.toLowerCase()) && m.at >= since).at(-1);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
