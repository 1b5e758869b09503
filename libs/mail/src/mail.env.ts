import { IsEmail, Matches } from 'class-validator';

/** The settings of a service that writes e-mail: where it goes, from whom, and where its links point. */
export class MailEnv {
  /** SMTP server; by default the local catcher that `npm start` runs. */
  @Matches(/^smtps?:\/\//)
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsEmail()
  MAIL_FROM = 'no-reply@ikiraro.org';

  /** Origin of the portal and public pages: links in messages point there. */
  @Matches(/^https?:\/\/[^/]+$/)
  PUBLIC_URL = 'http://127.0.0.1:3100';
}
