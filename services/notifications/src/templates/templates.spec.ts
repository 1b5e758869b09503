import { describe, expect, it } from '@jest/globals';
import { policy } from '../policy/notification.policy.ts';
import { Templates } from './templates.ts';

const languages = ['en', 'fr', 'de', 'rw'];
const view = {
  firstName: 'Ada',
  tor: {
    title: 'Solar PV <trainer> & co',
    subject: 'Solar installation',
    institution: 'IPRC Kigali',
    durationMonths: 3,
  },
  period: { start: '2027-03-01', end: '2027-06-30' },
  respondBy: '2027-02-10T12:30:00.000Z',
  reason: {
    'withdrawn-by-professional': false,
    'entry-refused': false,
    health: true,
    'iprc-not-ready': false,
    'programme-decision': false,
    other: false,
  },
  logisticsStarted: true,
  course: 'Training of Trainers: Solar PV',
  institution: 'IPRC Kigali',
  verificationCode: 'K7QM2XW9PD',
  sessionsCancelled: 3,
  day: '2027-02-01',
  count: { tasks: 2, overdue: 1 },
  tasks: [
    { title: 'Travel booked', institution: 'IPRC Kigali', dueOn: '2027-01-28', overdue: true },
    { title: 'Accommodation booked', institution: 'IPRC Kigali', dueOn: '2027-02-03', overdue: false },
  ],
  call: { title: 'Pilots 2027', deadline: '2027-05-31T17:00:00.000Z' },
  trainer: false,
  organisation: 'Kigali Impact Fund',
  proposal: {
    title: 'Solar kiosks',
    sector: 'Solar installation',
    summary: 'Kiosks that charge phones.',
    jobsExpected: 6,
  },
  qualified: false,
  explained: true,
  reasons: [{ reason: 'The budget exceeds the ceiling' }, { reason: 'No trainer in the team' }],
  awarded: { amount: 12000, currency: 'USD' },
  requested: { amount: 15000, currency: 'USD' },
  tranches: 3,
  awardedStage: false,
  milestone: { title: 'First kiosk open', jobsCreated: 2 },
  paid: { amount: 4000, currency: 'USD' },
  paidOn: '2027-09-15',
  disbursed: { amount: 8000, currency: 'USD' },
  links: {
    myProfile: 'http://portal.test/my-profile',
    portal: 'http://portal.test/',
    preferences: 'http://portal.test/preferences?token=t',
    placements: 'http://portal.test/placements',
    offer: 'http://portal.test/offer?token=o',
    verify: 'http://portal.test/certificate?code=K7QM2XW9PD',
    pitch: 'http://portal.test/pitch?token=i',
    investVerify: 'http://portal.test/invest/verify?token=v',
    investorMatches: 'http://portal.test/investor/matches',
  },
};
const optional = { code: 'applications', optional: true };

describe('the message templates', () => {
  const templates = new Templates(
    policy.map((r) => r.template),
    languages,
  );

  it.each(policy.flatMap((r) => languages.map((language) => [r.template, language])))(
    '%s renders in %s with what the policy gives it',
    (template, language) => {
      const message = templates.render(template, language, view, optional);
      expect(message.subject).not.toMatch(/\{\{|\}\}/);
      expect(message.text).toContain('Ada');
      expect(message.text).toContain('http://portal.test/preferences?token=t');
      expect(message.html).toMatch(
        /<a href="http:\/\/portal\.test\/(my-profile|placements|certificate\?code=\w+|pitch\?token=i|invest\/verify\?token=v|investor\/matches)?">/,
      );
    },
  );

  it('writes values as they are in the text and escaped in the HTML', () => {
    const message = templates.render('application-shortlisted', 'en', view, optional);
    expect(message.text).toContain('"Solar PV <trainer> & co"');
    expect(message.html).toContain('Solar PV &#60;trainer&#62; &#38; co');
    expect(message.html).not.toContain('<trainer>');
  });

  it('writes a day as a date in the recipient language', () => {
    const fr = templates.render('application-selected', 'fr', view, optional);
    expect(fr.text).toContain('du 1 mars 2027 au 30 juin 2027');
    const de = templates.render('application-selected', 'de', view, optional);
    expect(de.text).toContain('vom 1. März 2027 bis zum 30. Juni 2027');
  });

  it('writes an instant as a date and time in the recipient language', () => {
    const de = templates.render('placement-offered', 'de', view, optional);
    expect(de.text).toContain('bis zum 10. Februar 2027 um 12:30 (UTC)');
    expect(de.text).toContain('http://portal.test/offer?token=o');
  });

  it("writes a cancellation's reason as the phrase of its code, and what is undone", () => {
    const en = templates.render('placement-cancelled', 'en', view, optional);
    expect(en.text).toContain('at IPRC Kigali is cancelled for health reasons.');
    expect(en.text).toContain('is being undone');
    const other = {
      ...view,
      reason: { ...view.reason, health: false, other: true },
      logisticsStarted: false,
    };
    const fr = templates.render('placement-cancelled', 'fr', other, optional);
    expect(fr.text).toContain("est annulée ; l'équipe de l'OIM vous en expliquera la raison.");
    expect(fr.text).toContain("Rien n'avait encore été réservé pour vous.");
  });

  it('lists each task of a digest on its line, the overdue ones marked', () => {
    const message = templates.render('tasks-digest', 'en', view, { code: 'logistics', optional: true });
    expect(message.subject).toBe('Logistics tasks on February 1, 2027: 2 due, 1 overdue');
    expect(message.text).toContain(
      '- OVERDUE: Travel booked, IPRC Kigali, due January 28, 2027\n' +
        '- Accommodation booked, IPRC Kigali, due February 3, 2027\n',
    );
    expect(message.text).toContain('because of the logistics tasks of your role');
  });

  it("writes a certificate's course, IPRC and verification code, with the link that checks it", () => {
    const message = templates.render('certificate-issued', 'en', view, { code: 'training', optional: false });
    expect(message.subject).toBe('Your certificate: Training of Trainers: Solar PV');
    expect(message.text).toContain('"Training of Trainers: Solar PV" at IPRC Kigali is issued');
    expect(message.text).toContain('verification code is K7QM2XW9PD.');
    expect(message.html).toContain('<a href="http://portal.test/certificate?code=K7QM2XW9PD">');
  });

  it('lists each reason a proposal did not qualify on its line, and says nothing of reasons when none is given', () => {
    const message = templates.render('funding-screened', 'en', view, { code: 'funding', optional: false });
    expect(message.subject).toBe('Your proposal did not qualify: Solar kiosks');
    expect(message.text).toContain(
      'The reasons given:\n- The budget exceeds the ceiling\n- No trainer in the team\n',
    );
    const passed = { ...view, qualified: true, explained: false, reasons: [] };
    const qualified = templates.render('funding-screened', 'fr', passed, {
      code: 'funding',
      optional: false,
    });
    expect(qualified.subject).toBe('Votre proposition est retenue : Solar kiosks');
    expect(qualified.text).not.toContain('Les raisons données');
  });

  it("writes a match's teaser and reasons, and its stage, with the link to the investor's matches", () => {
    const message = templates.render('funding-investor-matched', 'de', view, {
      code: 'matches',
      optional: true,
    });
    expect(message.text).toContain('in die engere Wahl genommen');
    expect(message.text).toContain('„Solar kiosks“, Solar installation, ein Team des IPRC Kigali');
    expect(message.text).toContain(
      'Er beantragt 15000 USD und erwartet, 6 Arbeitsplatz/-plätze zu schaffen.',
    );
    expect(message.text).toContain('- The budget exceeds the ceiling\n- No trainer in the team\n');
    expect(message.html).toContain('<a href="http://portal.test/investor/matches">');
    expect(message.text).toContain('Pilotprojekte, die zu Ihren Interessen als Investor passen');
  });

  it('refuses to render a list whose record lacks a value the template writes, naming it', () => {
    const tasks = [view.tasks[0]!, { title: 'Insurance', institution: 'IPRC Kigali', overdue: false }];
    expect(() => templates.render('tasks-digest', 'en', { ...view, tasks } as never, optional)).toThrow(
      'template tasks-digest (en) needs dueOn, which the event did not give',
    );
    expect(() =>
      templates.render('tasks-digest', 'en', { ...view, tasks: undefined } as never, optional),
    ).toThrow('needs tasks');
  });

  it('says a security or legal message is sent whatever the preferences, with no way to stop it', () => {
    const message = templates.render('application-shortlisted', 'en', view, {
      code: 'security',
      optional: false,
    });
    expect(message.text).toContain('it is sent whatever your preferences');
    expect(message.text).not.toContain('http://portal.test/preferences');
  });

  it('refuses to render without a value the template writes, naming it', () => {
    expect(() =>
      templates.render('application-shortlisted', 'en', { ...view, tor: {} } as never, optional),
    ).toThrow('template application-shortlisted (en) needs tor.title, which the event did not give');
  });

  it('stops at start on a template missing a language or a policy naming no template', () => {
    expect(() => new Templates(['application-shortlisted'], [...languages, 'sw'])).toThrow(
      'templates/_footer.yaml: sw.optional is missing',
    );
    expect(() => new Templates(['no-such-template'], languages)).toThrow(/no-such-template/);
  });
});
