import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n.ts';
import { renderAt, stubGateway } from '../testing/render-at.tsx';

const answer = { given: true, at: '2026-11-02T10:00:00.000Z', textVersion: '2026-11' };
/** A member's own profile as outreach answers it; `mentoring` only once they answered it. */
const profile = (mentoring?: typeof answer) => ({
  memberId: 'm1',
  firstName: 'Ada',
  lastName: 'Uwase',
  email: 'ada.uwase@example.org',
  phone: null,
  countryOfResidence: 'BE',
  qualifications: [{ level: 'master', field: 'Electrical engineering', institution: 'ULB', year: 2010 }],
  subjects: ['Electrical technology'],
  yearsOfExperience: 12,
  languages: ['fr', 'en'],
  availability: [],
  gender: null,
  consent: { programme: answer, opportunities: answer, ...(mentoring && { mentoring }) },
  hasCv: false,
  campaignId: 'c1',
  registeredAt: '2026-11-02T10:05:00.000Z',
});

function openProfile(stored: ReturnType<typeof profile>) {
  const requests = stubGateway({
    '/public/self-service/profile': stored,
    'PUT /public/self-service/profile': stored,
    '/public/self-service/tors': { items: [] },
    'POST /auth/member-token': { accessToken: 'access', expiresAt: '2099-01-01T00:00:00.000Z' },
    '/member/applications': { items: [] },
  });
  renderAt('/my-profile?token=member-token');
  return requests;
}

describe('the consent to mentor a pilot, on the member’s profile', () => {
  afterEach(() => chooseLanguage('en'));

  it('is offered unticked to a member who never answered it, and a tick is sent with the profile', async () => {
    const requests = openProfile(profile());
    const form = await screen.findByRole('form', { name: 'Your profile' });
    const mentoring = within(form).getByRole('checkbox', { name: /mentor a pilot project of TVET trainees/ });
    expect((mentoring as HTMLInputElement).checked).toBe(false);
    // Saying yes is informed: what follows from it is read with the box.
    expect(mentoring.getAttribute('aria-describedby')).toBe('consent-mentoring-hint');
    expect(document.getElementById('consent-mentoring-hint')!.textContent).toMatch(/funded pilot project/);

    fireEvent.click(mentoring);
    fireEvent.click(within(form).getByRole('button', { name: 'Save my profile' }));
    expect(await screen.findByText('Your profile has been saved.')).toBeTruthy();
    const saved = requests.find((request) => request.method === 'PUT')!;
    expect(saved.body).toMatchObject({ consent: { opportunities: true, mentoring: true } });
  });

  it('shows the yes a member gave, in their language, and sends a no when they untick it', async () => {
    await chooseLanguage('rw');
    const requests = openProfile(profile(answer));
    const mentoring = await screen.findByRole('checkbox', { name: /Nakwemera kuba umujyanama/ });
    expect((mentoring as HTMLInputElement).checked).toBe(true);

    fireEvent.click(mentoring);
    fireEvent.submit(mentoring.closest('form')!);
    await waitFor(() =>
      expect(requests.find((request) => request.method === 'PUT')?.body).toMatchObject({
        consent: { opportunities: true, mentoring: false },
      }),
    );
  });
});

describe('the consent to mentor a pilot, on the registration form', () => {
  it('is left unticked by default and sent as the registrant’s answer with the consent version', async () => {
    const requests = stubGateway({
      '/public/campaigns/brussels-2027': {
        slug: 'brussels-2027',
        name: 'Brussels 2027',
        partner: { name: 'Diaspora association' },
        startsOn: '2026-11-01',
        endsOn: '2027-03-31',
        subjects: ['Electrical technology'],
        description: '',
        status: 'live',
        channels: ['email'],
      },
      'POST /public/registrations': { status: 'verification-sent' },
    });
    renderAt('/join/brussels-2027?channel=email');
    const form = await screen.findByRole('form', { name: 'Registration' });
    const mentoring = within(form).getByRole('checkbox', { name: /mentor a pilot project of TVET trainees/ });
    expect((mentoring as HTMLInputElement).checked).toBe(false);

    const type = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('First name', 'Ada');
    type('Last name', 'Uwase');
    type(/^E-mail address/, 'ada.uwase@example.org');
    type('Country of residence', 'BE');
    type('Level', 'master');
    type(/^Field of study/, 'Electrical engineering');
    type('Institution', 'ULB');
    type(/^Year obtained/, '2010');
    type('Years of professional experience', '12');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Electrical technology' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'English' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: /I agree to the use of my data/ }));
    fireEvent.click(mentoring);
    fireEvent.click(within(form).getByRole('button', { name: 'Register' }));

    expect(await screen.findByText(/ada.uwase@example.org/)).toBeTruthy();
    const sent = requests.find((request) => request.path === '/public/registrations')!;
    expect(sent.body).toMatchObject({
      consent: { programme: true, opportunities: false, mentoring: true, textVersion: '2026-12' },
    });
  });
});
