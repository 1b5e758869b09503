export { type Mail, Mailer, type MailerOptions } from './mailer.ts';
