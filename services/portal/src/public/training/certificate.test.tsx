import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../i18n/i18n.ts';
import { certificateFacts } from '../../testing/certificate.fixture.ts';
import { Problem, stubGateway } from '../../testing/render-at.tsx';
import { renderTraineePage } from './render-trainee.tsx';
import type { Verification } from './trainee.api.ts';

const verification = (overrides: Partial<Verification> = {}): Verification => ({
  ...certificateFacts,
  ...overrides,
});

describe('the certificate check', () => {
  afterEach(() => chooseLanguage('en'));

  it('shows what a valid certificate says, and says what is checked, with no code of the reader’s own', async () => {
    const requests = stubGateway({ '/public/certificates/QRSTUVWXYZ': verification() });
    renderTraineePage('/certificate?code=QRSTUVWXYZ');
    const result = await screen.findByRole('region', { name: 'Certificate QRSTUVWXYZ' });
    expect(within(result).getByRole('status').textContent).toBe('Valid: a certificate of training.');
    for (const fact of ['Aline Uwase', 'Solar installation', 'IPRC Kigali', 'Mar 2, 2026 – Apr 24, 2026'])
      expect(result.textContent).toContain(fact);
    expect(within(result).getByText('Issued on').nextElementSibling!.textContent).toBe('Apr 25, 2026');
    expect(screen.getByText(/We check the code against the certificates we issued/)).toBeTruthy();
    expect(requests.every((request) => !('x-trainee-code' in request.headers))).toBe(true);
  });

  it('says in French that a certificate was revoked, when and why', async () => {
    stubGateway({
      '/public/certificates/QRSTUVWXYZ': verification({
        status: 'revoked',
        revokedOn: '2026-05-10',
        revocationReason: 'Issued in error',
      }),
    });
    await chooseLanguage('fr');
    renderTraineePage('/certificate?code=QRSTUVWXYZ');
    const result = await screen.findByRole('region', { name: 'Certificat QRSTUVWXYZ' });
    expect(within(result).getByRole('status').textContent).toBe(
      'Révoqué le 10 mai 2026 : ce certificat n’est plus valable.',
    );
    expect(within(result).getByText('Motif').nextElementSibling!.textContent).toBe('Issued in error');
  });

  it('checks a typed code, and says plainly in German when no certificate has it', async () => {
    const requests = stubGateway({
      '/public/certificates/NOSUCHCODE': new Problem(404, 'certificate.not_found'),
    });
    await chooseLanguage('de');
    const { router } = renderTraineePage('/certificate');
    const form = await screen.findByRole('form', { name: 'Ein Zertifikat prüfen' });
    fireEvent.click(within(form).getByRole('button', { name: 'Prüfen' }));
    const field = within(form).getByLabelText('Prüfcode');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((request) => request.path.startsWith('/public/certificates'))).toBe(false);

    fireEvent.change(field, { target: { value: ' NOSUCHCODE ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Prüfen' }));
    expect(
      (await screen.findByText(/Kein Zertifikat hat den Code NOSUCHCODE/)).closest('[role="alert"]'),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('?code=NOSUCHCODE');
    // The code trimmed, in the path: what a verifier types is not a secret.
    const asked = requests.filter((request) => request.path.startsWith('/public/certificates/'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((request) => request.path === '/public/certificates/NOSUCHCODE')).toBe(true);
  });
});
