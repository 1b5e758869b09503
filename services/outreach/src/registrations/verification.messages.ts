/** The languages of the public pages. */
export const LOCALES = ['en', 'fr', 'de', 'rw'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The verification e-mail (double opt-in), in the registrant's language. It goes to an address nobody has
 * confirmed yet, so it carries nothing the sender of the form wrote (not even a name): anyone can type anyone's
 * address, and our mail must not deliver their words to that inbox.
 */
export const verificationMail: Record<Locale, (link: string) => { subject: string; text: string }> = {
  en: (link) => ({
    subject: 'Confirm your registration',
    text:
      `Hello,\n\nThank you for registering with the diaspora skills-transfer programme. ` +
      `To confirm your e-mail address and complete your registration, open this link within 48 hours:\n\n` +
      `${link}\n\nIf you did not register, ignore this message: nothing will be kept.\n`,
  }),
  fr: (link) => ({
    subject: 'Confirmez votre inscription',
    text:
      `Bonjour,\n\nMerci de votre inscription au programme de transfert de compétences de la diaspora. ` +
      `Pour confirmer votre adresse e-mail et finaliser votre inscription, ouvrez ce lien dans les 48 heures :\n\n` +
      `${link}\n\nSi vous ne vous êtes pas inscrit·e, ignorez ce message : rien ne sera conservé.\n`,
  }),
  de: (link) => ({
    subject: 'Bestätigen Sie Ihre Registrierung',
    text:
      `Guten Tag,\n\nvielen Dank für Ihre Registrierung beim Wissenstransferprogramm der Diaspora. ` +
      `Um Ihre E-Mail-Adresse zu bestätigen und die Registrierung abzuschließen, öffnen Sie diesen Link ` +
      `innerhalb von 48 Stunden:\n\n${link}\n\n` +
      `Falls Sie sich nicht registriert haben, ignorieren Sie diese Nachricht: es wird nichts gespeichert.\n`,
  }),
  rw: (link) => ({
    subject: 'Emeza kwiyandikisha kwawe',
    text:
      `Muraho,\n\nMurakoze kwiyandikisha muri gahunda yo guhererekanya ubumenyi bw'Abanyarwanda ` +
      `baba mu mahanga. Kugira ngo wemeze aderesi yawe ya imeyili kandi urangize kwiyandikisha, ` +
      `fungura iyi link mu masaha 48:\n\n${link}\n\n` +
      `Niba atari wowe wiyandikishije, wirengagize ubu butumwa: nta kizabikwa.\n`,
  }),
};
