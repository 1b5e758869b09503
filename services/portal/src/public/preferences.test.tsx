import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n.ts';
import { Problem, renderAt, stubGateway } from '../testing/render-at.tsx';

const choices = (optedOut: string[] = []) => ({
  categories: [
    { code: 'security', optional: false, subscribed: true },
    { code: 'legal', optional: false, subscribed: true },
    ...['applications', 'opportunities', 'reviews'].map((code) => ({
      code,
      optional: true,
      subscribed: !optedOut.includes(code),
    })),
  ],
});

describe('the e-mail preferences page', () => {
  afterEach(() => chooseLanguage('en'));

  it('offers a switch for each optional category and lists security and legal messages as always sent', async () => {
    const requests = stubGateway({ '/public/preferences': choices(['reviews']) });
    renderAt('/preferences?token=person-token');

    const form = await screen.findByRole('form', { name: 'Your e-mail preferences' });
    const switches = within(form).getAllByRole('switch');
    expect(switches.map((s) => [s.getAttribute('value'), (s as HTMLInputElement).checked])).toEqual([
      ['applications', true],
      ['opportunities', true],
      ['reviews', false],
    ]);
    const always = screen.getByRole('region', { name: 'Always sent' });
    expect(
      within(always)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Security: signing in and the safety of your account',
      'Legal: your rights and our obligations, such as the erasure of your data',
    ]);
    expect(within(form).queryByRole('switch', { name: /Security|Legal/ })).toBeNull();
    // The link's token goes as the API's header, and nowhere in the address asked.
    const loaded = requests.find((request) => request.path === '/public/preferences')!;
    expect(loaded.headers['x-preferences-token']).toBe('person-token');
  });

  it('saves the categories switched off as the whole choice, and says so', async () => {
    const requests = stubGateway({
      '/public/preferences': choices(['reviews']),
      'PUT /public/preferences': choices(['applications']),
    });
    renderAt('/preferences?token=person-token');
    const form = await screen.findByRole('form', { name: 'Your e-mail preferences' });

    fireEvent.click(within(form).getByRole('switch', { name: 'Your applications' }));
    fireEvent.click(within(form).getByRole('switch', { name: 'The panels you review for' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save my choices' }));

    expect(await screen.findByText('Your choices are saved.')).toBeTruthy();
    const saved = requests.find((request) => request.method === 'PUT')!;
    expect(saved.body).toEqual({ optedOut: ['applications'] });
    expect(saved.headers['x-preferences-token']).toBe('person-token');
    await waitFor(() =>
      expect(
        (within(form).getByRole('switch', { name: 'Your applications' }) as HTMLInputElement).checked,
      ).toBe(false),
    );
  });

  it('says plainly, in the reader’s language, that a link we did not sign does not work', async () => {
    stubGateway({ '/public/preferences': new Problem(403, 'preferences.link_invalid') });
    await chooseLanguage('de');
    renderAt('/preferences?token=forged');

    expect(await screen.findByRole('heading', { name: 'Dieser Link funktioniert nicht' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Dieser Link stammt nicht von uns. Öffnen Sie den Link unten in einer unserer Nachrichten genau so, wie Sie ihn erhalten haben.',
    );
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('asks for the whole link when it has no token, without calling the API', async () => {
    const requests = stubGateway({});
    renderAt('/preferences');

    expect(await screen.findByRole('heading', { name: 'This link does not work' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete.');
    expect(requests.filter((request) => request.path.startsWith('/public/'))).toEqual([]);
  });
});
