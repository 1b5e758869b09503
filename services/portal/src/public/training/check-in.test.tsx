import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../i18n/i18n.ts';
import { Problem, stubGateway } from '../../testing/render-at.tsx';
import { renderTraineePage } from './render-trainee.tsx';
import type { CheckIn } from './trainee.api.ts';

const checkedIn: CheckIn = {
  session: { date: '2026-03-02', start: '09:00', topic: 'Solar basics' },
  status: 'present',
};
const kept = () => localStorage.getItem('ikiraro.trainee-code');

describe('the check-in page', () => {
  afterEach(async () => {
    localStorage.clear();
    await chooseLanguage('en');
  });

  it('asks for the personal code once, checks it in with the scanned token, and keeps it on the phone', async () => {
    const requests = stubGateway({ 'POST /public/check-in': checkedIn });
    renderTraineePage('/check-in?s=qr-token');
    const form = await screen.findByRole('form', { name: 'Your personal code' });
    const field = within(form).getByLabelText('Personal code');

    fireEvent.change(field, { target: { value: 'ABC12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Check in' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(field, { target: { value: 'abcd-efgh 23' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Check in' }));

    expect(await screen.findByText('You are checked in: Solar basics, Mar 2, 2026, 09:00.')).toBeTruthy();
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe('/public/check-in');
    expect(posts[0]!.body).toEqual({ token: 'qr-token' });
    expect(posts[0]!.headers['x-trainee-code']).toBe('ABCDEFGH23');
    expect(kept()).toBe('ABCDEFGH23');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('checks in at once with the code the phone keeps, once, and forgets it for “not you?”', async () => {
    localStorage.setItem('ikiraro.trainee-code', 'ABCDEFGH23');
    const requests = stubGateway({ 'POST /public/check-in': { ...checkedIn, status: 'late' } });
    renderTraineePage('/check-in?s=qr-token');

    expect(await screen.findByText('Late')).toBeTruthy();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(requests.every((request) => !request.path.includes('ABCDEFGH23'))).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Not you? Forget the code on this phone' }));
    expect(await screen.findByRole('form', { name: 'Your personal code' })).toBeTruthy();
    expect(kept()).toBeNull();
  });

  it('says in French to scan again when the screen’s code has expired', async () => {
    localStorage.setItem('ikiraro.trainee-code', 'ABCDEFGH23');
    stubGateway({ 'POST /public/check-in': new Problem(400, 'check-in.expired') });
    await chooseLanguage('fr');
    renderTraineePage('/check-in?s=old-token');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce code a expiré : scannez à nouveau le code affiché à l’écran.',
    );
    // The code is right: it stays kept.
    expect(kept()).toBe('ABCDEFGH23');
  });

  it('says in Kinyarwanda that the trainee is not enrolled in this training', async () => {
    localStorage.setItem('ikiraro.trainee-code', 'ABCDEFGH23');
    stubGateway({ 'POST /public/check-in': new Problem(403, 'check-in.not_enrolled') });
    await chooseLanguage('rw');
    renderTraineePage('/check-in?s=qr-token');
    expect((await screen.findByRole('alert')).textContent).toContain('Ntiwiyandikishije muri aya mahugurwa');
  });

  it('forgets a code the service does not know and asks for it again, in German', async () => {
    localStorage.setItem('ikiraro.trainee-code', 'ZZZZZZZZZZ');
    stubGateway({ 'POST /public/check-in': new Problem(404, 'trainee.code_unknown') });
    await chooseLanguage('de');
    renderTraineePage('/check-in?s=qr-token');
    expect(await screen.findByRole('form', { name: 'Ihr persönlicher Code' })).toBeTruthy();
    expect(screen.getAllByRole('alert')[0]!.textContent).toContain('Dieser Code ist nicht bekannt');
    expect(kept()).toBeNull();

    const requests = stubGateway({ 'POST /public/check-in': checkedIn });
    fireEvent.change(screen.getByLabelText('Persönlicher Code'), { target: { value: 'ABCDEFGH23' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anwesenheit melden' }));
    expect(await screen.findByText(/Ihre Anwesenheit ist erfasst: Solar basics/)).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')!.headers['x-trainee-code']).toBe(
      'ABCDEFGH23',
    );
  });

  it('says plainly that a link without the screen’s code does not work', async () => {
    stubGateway({});
    renderTraineePage('/check-in');
    expect((await screen.findByRole('alert')).textContent).toContain('scan the code on the trainer');
    expect(screen.queryByRole('form')).toBeNull();
  });
});
