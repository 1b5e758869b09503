import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../i18n/i18n.ts';
import { certificateFacts } from '../../testing/certificate.fixture.ts';
import { savedDownloads } from '../../testing/downloads.ts';
import { Problem, stubGateway } from '../../testing/render-at.tsx';
import { renderTraineePage } from './render-trainee.tsx';
import type { CascadeSession, OwnCertificate, PublicTest, TraineeRecord } from './trainee.api.ts';

const code = 'ABCDEFGH23';
const record = (overrides: Partial<TraineeRecord> = {}): TraineeRecord => ({
  id: 't-1',
  name: 'Aline Uwase',
  role: 'student',
  totId: 'tot-1',
  totTitle: 'Solar installation',
  iprc: 'KGL',
  sessions: [
    {
      id: 's-1',
      date: '2026-03-02',
      start: '09:00',
      end: '12:00',
      room: 'Lab 2',
      topic: 'Solar basics',
      sessionStatus: 'held',
      attendance: 'present',
    },
    {
      id: 's-2',
      date: '2026-03-03',
      start: '09:00',
      end: '12:00',
      room: 'Lab 2',
      topic: 'Wiring',
      sessionStatus: 'planned',
      attendance: null,
    },
  ],
  ...overrides,
});
const test = (kind: 'pre' | 'post', overrides: Partial<PublicTest> = {}): PublicTest => ({
  kind,
  status: 'pending',
  course: 'Solar installation',
  questions: [],
  score: null,
  ...overrides,
});
const questions = [
  { id: 'q1', text: 'What does a charge controller protect?', options: ['The panel', 'The battery'] },
  { id: 'q2', text: 'Which cable carries more current?', options: ['4 mm²', '1.5 mm²'] },
];
const answers = (given: Record<string, unknown> = {}) => ({
  '/public/trainee': record(),
  '/public/tests/pre': test('pre'),
  '/public/tests/post': test('post'),
  '/public/trainee/certificate': new Problem(404, 'certificate.not_found'),
  '/public/cascade': { sessions: [] },
  ...given,
});
const byCode = (requests: { path: string; headers: Record<string, string> }[]) =>
  requests.filter((request) => request.path.startsWith('/public/'));

describe('the trainee’s own page', () => {
  afterEach(async () => {
    localStorage.clear();
    await chooseLanguage('en');
  });

  it('opens from the printed QR, keeps the code, and shows the training and attendance', async () => {
    const requests = stubGateway(answers());
    const { router } = renderTraineePage(`/trainee?code=${code.toLowerCase()}`);

    const facts = await screen.findByRole('region', { name: 'Your training' });
    expect(facts.textContent).toContain('Aline Uwase');
    expect(facts.textContent).toContain('Solar installation');
    expect(facts.textContent).toContain('IPRC Kigali');
    const sessions = screen.getByRole('region', { name: 'Sessions and your attendance' });
    expect(
      within(sessions).getByRole('listitem', { name: 'Mar 2, 2026, Solar basics' }).textContent,
    ).toContain('Present');
    expect(within(sessions).getByRole('listitem', { name: 'Mar 3, 2026, Wiring' }).textContent).toContain(
      'Not marked yet',
    );
    expect(localStorage.getItem('ikiraro.trainee-code')).toBe(code);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(byCode(requests).every((request) => request.headers['x-trainee-code'] === code)).toBe(true);
    expect(requests.every((request) => !request.path.toUpperCase().includes(code))).toBe(true);
    // A student gives no cascade sessions; no certificate is issued yet.
    expect(screen.queryByRole('form', { name: 'Record a session you gave' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Your certificate' }).textContent).toContain(
      'No certificate yet',
    );
    expect(screen.getByRole('region', { name: 'Test at the start of the course' }).textContent).toContain(
      'not open yet',
    );
    // The survey waits for the post-test.
    expect(screen.queryByRole('region', { name: 'Your opinion of the course' })).toBeNull();
  });

  it('takes an open test, one question per card, and shows the score', async () => {
    localStorage.setItem('ikiraro.trainee-code', code);
    stubGateway(answers({ '/public/tests/pre': test('pre', { status: 'open', questions }) }));
    renderTraineePage('/trainee');
    const form = await screen.findByRole('form', { name: 'Take the test at the start of the course' });
    const cards = within(form).getAllByRole('group');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getAllByRole('radio')).toHaveLength(2);

    fireEvent.click(within(cards[0]!).getByRole('radio', { name: 'The battery' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Send my answers' }));
    expect(await within(cards[1]!).findByText('Choose an answer to question 2.')).toBeTruthy();

    const requests = stubGateway(
      answers({
        'POST /public/tests/pre': { kind: 'pre', score: 100 },
        '/public/tests/pre': test('pre', { status: 'open', score: 100 }),
      }),
    );
    fireEvent.click(within(cards[1]!).getByRole('radio', { name: '4 mm²' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Send my answers' }));

    expect(await screen.findByText('Your score: 100 %.')).toBeTruthy();
    const sent = requests.find((request) => request.method === 'POST')!;
    expect(sent.path).toBe('/public/tests/pre');
    expect(sent.body).toEqual({ answers: [1, 0] });
    expect(sent.headers['x-trainee-code']).toBe(code);
    expect(screen.queryByRole('form', { name: 'Take the test at the start of the course' })).toBeNull();
  });

  it('takes the survey once the post-test is open, in French', async () => {
    localStorage.setItem('ikiraro.trainee-code', code);
    stubGateway(answers({ '/public/tests/post': test('post', { status: 'open', score: 70 }) }));
    await chooseLanguage('fr');
    renderTraineePage('/trainee');
    const form = await screen.findByRole('form', { name: 'Votre avis sur le cours' });
    const requests = stubGateway(answers({ 'POST /public/feedback': { received: true } }));

    const rate = (item: string, value: string) =>
      fireEvent.click(
        within(within(form).getByRole('group', { name: item })).getByRole('radio', { name: value }),
      );
    rate('Ce qui a été enseigné', '5 – excellent');
    rate('La manière d’enseigner', '4');
    rate('L’utilité pour votre propre enseignement', '3');
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer mon avis' }));
    expect(
      await within(within(form).getByRole('group', { name: /L’organisation/ })).findByText(
        'Choisissez une note de 1 à 5.',
      ),
    ).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    rate('L’organisation : salles, horaires, supports', '1 – faible');
    fireEvent.change(within(form).getByLabelText('Commentaire (facultatif)'), {
      target: { value: '  Plus de pratique  ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer mon avis' }));

    expect(await screen.findByText('Merci : votre avis a bien été reçu.')).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')!.body).toEqual({
      ratings: { content: 5, trainer: 4, relevance: 3, organisation: 1 },
      comment: 'Plus de pratique',
    });
  });

  it('says the survey was answered before rather than failing', async () => {
    localStorage.setItem('ikiraro.trainee-code', code);
    stubGateway(
      answers({
        '/public/tests/post': test('post', { status: 'closed', score: 70 }),
        'POST /public/feedback': new Problem(409, 'feedback.given'),
      }),
    );
    renderTraineePage('/trainee');
    const form = await screen.findByRole('form', { name: 'Your opinion of the course' });
    for (const group of within(form).getAllByRole('group'))
      fireEvent.click(within(group).getByRole('radio', { name: '3' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Send my opinion' }));
    expect(await screen.findByText('You have given your opinion already. Thank you.')).toBeTruthy();
  });

  it('shows the issued certificate with its verification code and downloads the PDF with the code', async () => {
    localStorage.setItem('ikiraro.trainee-code', code);
    const certificate: OwnCertificate = {
      ...certificateFacts,
      verificationCode: 'QRSTUVWXYZ',
      verifyUrl: 'https://ikiraro.example.org/certificate?code=QRSTUVWXYZ',
    };
    stubGateway(answers({ '/public/trainee/certificate': certificate }));
    const saved = savedDownloads();
    renderTraineePage('/trainee');

    const section = await screen.findByRole('region', { name: 'Your certificate' });
    await within(section).findByText('QRSTUVWXYZ');
    expect(section.textContent).toContain('Valid: a certificate of training.');
    expect(section.textContent).toContain('Apr 25, 2026');
    expect(within(section).getByRole('link', { name: 'See what they see' }).getAttribute('href')).toBe(
      '/certificate?code=QRSTUVWXYZ',
    );
    const requests = stubGateway({ '/public/trainee/certificate/pdf': { pdf: true } });
    fireEvent.click(within(section).getByRole('button', { name: 'Download the certificate (PDF)' }));
    await waitFor(() => expect(saved).toEqual(['certificate-QRSTUVWXYZ.pdf blob:saved']));
    expect(requests[0]!.headers['x-trainee-code']).toBe(code);
  });

  it('lets a trained teacher record a session they gave, their students by the programme’s genders', async () => {
    localStorage.setItem('ikiraro.trainee-code', code);
    const given: CascadeSession = {
      id: 'c-0',
      date: '2026-03-20',
      subject: 'Batteries',
      students: [{ sex: 'woman', count: 4 }],
      total: 4,
      recordedBy: null,
      recordedAt: '2026-03-20T15:00:00Z',
    };
    const earlier = stubGateway(
      answers({ '/public/trainee': record({ role: 'teacher' }), '/public/cascade': { sessions: [given] } }),
    );
    renderTraineePage('/trainee');
    const form = await screen.findByRole('form', { name: 'Record a session you gave' });
    const list = screen.getByRole('region', { name: 'Sessions you recorded' });
    await within(list).findByText('Batteries');
    const students = within(form).getByRole('group', { name: 'Your students, by sex' });
    expect(
      within(students)
        .getAllByRole('textbox')
        .map((box) => box.getAttribute('name')),
    ).toEqual(['students-woman', 'students-man', 'students-prefer-not-to-say']);

    fireEvent.change(within(form).getByLabelText('Subject taught'), { target: { value: 'Wiring a panel' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the session' }));
    const day = within(form).getByRole('group', { name: 'Day of the session' });
    expect(await within(day).findByText('Enter the day of the session.')).toBeTruthy();
    expect(within(students).getByText('Enter at least one student.')).toBeTruthy();
    expect(earlier.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(within(day).getByLabelText('Day'), { target: { value: '24' } });
    fireEvent.change(within(day).getByLabelText('Month'), { target: { value: '3' } });
    fireEvent.change(within(day).getByLabelText('Year'), { target: { value: '2026' } });
    fireEvent.change(within(students).getByLabelText('Woman'), { target: { value: '12' } });
    fireEvent.change(within(students).getByLabelText('Man'), { target: { value: '9' } });
    const requests = stubGateway(
      answers({
        '/public/trainee': record({ role: 'teacher' }),
        '/public/cascade': { sessions: [given] },
        'POST /public/cascade': (): CascadeSession => ({
          ...given,
          id: (requests.at(-1)!.body as { id: string }).id,
          date: '2026-03-24',
          subject: 'Wiring a panel',
          students: [
            { sex: 'woman', count: 12 },
            { sex: 'man', count: 9 },
          ],
          total: 21,
        }),
      }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Record the session' }));

    expect(await within(form).findByText('Recorded: Wiring a panel, 21 students.')).toBeTruthy();
    const sent = requests.find((request) => request.method === 'POST')!;
    expect(sent.headers['x-trainee-code']).toBe(code);
    expect(sent.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      date: '2026-03-24',
      subject: 'Wiring a panel',
      students: [
        { sex: 'woman', count: 12 },
        { sex: 'man', count: 9 },
      ],
    });
    // Shown at once, though the list is read a moment behind.
    expect((await within(list).findByText('Wiring a panel')).closest('li')!.textContent).toContain(
      '21 students (Woman 12, Man 9)',
    );
  });

  it('asks for the code again, in Kinyarwanda, when the one kept is not known', async () => {
    localStorage.setItem('ikiraro.trainee-code', 'ZZZZZZZZZZ');
    stubGateway(answers({ '/public/trainee': new Problem(404, 'trainee.code_unknown') }));
    await chooseLanguage('rw');
    renderTraineePage('/trainee');
    expect(await screen.findByRole('form', { name: 'Kode yawe bwite' })).toBeTruthy();
    expect(screen.getAllByRole('alert')[0]!.textContent).toContain('Iyi kode ntizwi');
    expect(localStorage.getItem('ikiraro.trainee-code')).toBeNull();
  });
});
