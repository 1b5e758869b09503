import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Every header, by its name in lower case (`list-unsubscribe`…). */
  headers: Record<string, string>;
  /** The links in the text, in order (invitation, password reset…). */
  links: string[];
  at: Date;
}

/** What a test may make the server do: refuse a recipient, or act before it answers a whole message. */
export interface MailCatcherHooks {
  /** Refuse a recipient with this reply (e.g. `{ code: 550, message: 'No such user' }`), or take them. */
  refuse?: (recipient: string) => { code: number; message: string } | undefined;
  /** Runs when a whole message arrived, before the answer: throwing refuses it (it is then not kept). */
  beforeAnswer?: (mail: CaughtMail) => Promise<void> | void;
}

export interface MailCatcher {
  port: number;
  url: string;
  mails: CaughtMail[];
  /** The mails accepted for `address`, in order. */
  to(address: string): CaughtMail[];
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
  hooks: MailCatcherHooks = {},
): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 5 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const refusal = hooks.refuse?.(address.address.toLowerCase());
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const text = parsed.text ?? '';
          const mail: CaughtMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text,
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            headers: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).trim()]),
            ),
            links: text.match(/https?:\/\/\S+/g) ?? [],
            at: new Date(),
          };
          await hooks.beforeAnswer?.(mail);
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
    to: (address) => mails.filter((m) => m.to.includes(address.toLowerCase())),
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
