import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n.ts';
import type { Offer } from '../placements/offer.api.ts';
import { Problem, renderAt, stubGateway } from '../testing/render-at.tsx';

const offer = (overrides: Partial<Offer> = {}): Offer => ({
  status: 'offered',
  torTitle: 'Solar installation trainer',
  institution: 'KGL',
  period: { start: '2027-01-11', end: '2027-03-12' },
  respondBy: '2026-12-10T10:00:00Z',
  ...overrides,
});

describe('the offer page', () => {
  afterEach(() => chooseLanguage('en'));

  it('shows what is offered and accepts with the passport chosen, the token as the API’s header', async () => {
    const loads = stubGateway({ '/public/offer': offer() });
    renderAt('/offer?token=offer-token');

    const facts = await screen.findByRole('region', { name: 'What we offer' });
    expect(loads.find((request) => request.path === '/public/offer')!.headers['x-offer-token']).toBe(
      'offer-token',
    );
    // From now on the offer is as the answer left it (the page fetches it again after a change).
    const requests = stubGateway({
      '/public/offer': offer({ status: 'accepted' }),
      'POST /public/offer/accept': offer({ status: 'accepted' }),
    });
    expect(facts.textContent).toContain('Solar installation trainer');
    expect(facts.textContent).toContain('IPRC Kigali');
    const form = screen.getByRole('form', { name: 'Accept the offer' });
    const passport = within(form).getByLabelText('Passport you travel on');
    expect(within(passport).getAllByRole('option')[1]!.getAttribute('value')).toBe('RW');

    fireEvent.click(within(form).getByRole('button', { name: 'Accept the offer' }));
    await waitFor(() => expect(passport.getAttribute('aria-invalid')).toBe('true'));
    expect(
      document.getElementById(passport.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent,
    ).toBe('Choose the country of your passport.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(passport, { target: { value: 'BE' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Accept the offer' }));

    expect(await screen.findByText(/You accepted the offer/)).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    const accepted = requests.find((request) => request.method === 'POST')!;
    expect(accepted.path).toBe('/public/offer/accept');
    expect(accepted.body).toEqual({ passport: 'BE' });
    expect(accepted.headers['x-offer-token']).toBe('offer-token');
    expect([...loads, ...requests].every((request) => !request.path.includes('offer-token'))).toBe(true);
  });

  it('declines, and shows the outcome in the reader’s language', async () => {
    stubGateway({ '/public/offer': offer() });
    await chooseLanguage('fr');
    renderAt('/offer?token=offer-token');
    const decline = await screen.findByRole('button', { name: 'Refuser la proposition' });
    const requests = stubGateway({
      '/public/offer': offer({ status: 'declined' }),
      'POST /public/offer/decline': offer({ status: 'declined' }),
    });

    fireEvent.click(decline);
    expect(
      await screen.findByText('Vous avez refusé la proposition. Merci de nous l’avoir dit.'),
    ).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')!.path).toBe('/public/offer/decline');
  });

  it('shows an answered offer’s outcome instead of the buttons', async () => {
    stubGateway({ '/public/offer': offer({ status: 'expired' }) });
    await chooseLanguage('rw');
    renderAt('/offer?token=offer-token');
    expect(await screen.findByText('Iki cyifuzo cyarangiye.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Emera icyifuzo' })).toBeNull();
  });

  it('says plainly, in German, that a link we did not sign does not work', async () => {
    stubGateway({ '/public/offer': new Problem(404, 'offer.not_found') });
    await chooseLanguage('de');
    renderAt('/offer?token=forged');
    expect(await screen.findByRole('heading', { name: 'Dieser Link funktioniert nicht' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Dieser Angebotslink stammt nicht von uns');
    expect(screen.queryByRole('form')).toBeNull();
  });
});
