/** The e-mails the gateway sends, in English and French (the portal's first two languages). */
export const messages = {
  invitation: (name: string, link: string) => ({
    subject: 'Your Ikiraro account / Votre compte Ikiraro',
    text: [
      `Hello ${name},`,
      '',
      'You have been invited to Ikiraro. Choose your password here (the link is valid for 7 days):',
      link,
      '',
      `Bonjour ${name},`,
      '',
      'Vous êtes invité·e sur Ikiraro. Choisissez votre mot de passe ici (lien valable 7 jours) :',
      link,
    ].join('\n'),
  }),
  passwordReset: (name: string, link: string) => ({
    subject: 'Reset your Ikiraro password / Réinitialiser votre mot de passe Ikiraro',
    text: [
      `Hello ${name},`,
      '',
      'To choose a new password, open this link within an hour. If you did not ask for it, ignore this e-mail.',
      link,
      '',
      `Bonjour ${name},`,
      '',
      "Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure. Si vous ne l'avez pas demandé, ignorez ce message.",
      link,
    ].join('\n'),
  }),
};
