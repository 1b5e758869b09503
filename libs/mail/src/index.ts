export { type Mail, Mailer, type MailerOptions } from './mailer.ts';
export { MailEnv } from './mail.env.ts';
