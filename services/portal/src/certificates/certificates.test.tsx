import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderStaffPage } from '../assessment/render-staff-page.tsx';
import type { Certificate } from './certificates.api.ts';
import { certificateRoutes } from './certificates.routes.tsx';
import { savedDownloads } from '../testing/downloads.ts';
import { signInAs } from '../testing/sign-in.ts';

const certificate = (overrides: Partial<Certificate> = {}): Certificate => ({
  id: 'c1',
  kind: 'training',
  status: 'valid',
  totId: 't1',
  iprc: 'KGL',
  holderId: 'tr1',
  name: 'Grace Mukamana',
  email: 'grace@example.org',
  sex: 'woman',
  verificationCode: 'QRSTUVWXYZ',
  verifyUrl: 'https://ikiraro.test/certificate?code=QRSTUVWXYZ',
  course: 'Training of Trainers: Mechatronics',
  period: { start: '2027-01-11', end: '2027-03-12' },
  sessions: { attended: 9, held: 10 },
  postTestScore: 80,
  issuedOn: '2027-03-12',
  revokedOn: null,
  revocationReason: null,
  ...overrides,
});

describe('the certificates page', () => {
  beforeEach(() => localStorage.clear());

  it('lists one ToT’s certificates with holder, kind, course, day and status, and downloads a PDF', async () => {
    const revoked = certificate({
      id: 'c2',
      kind: 'service',
      name: null,
      status: 'revoked',
      revokedOn: '2027-04-01',
      revocationReason: 'Issued by mistake',
      verificationCode: 'ABCDEFGHJK',
    });
    const pdf = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    const requests = await signInAs(['trainer'], {
      '/certificates?totId=t1': { items: [certificate(), revoked] },
      '/certificates/c1/pdf': pdf,
    });
    const saved = savedDownloads();
    renderStaffPage(certificateRoutes, '/certificates?totId=t1');

    const table = await screen.findByRole('table', { name: 'Certificates, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Grace Mukamana');
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((c) => c.textContent),
    ).toEqual(['Training', 'Training of Trainers: Mechatronics', expect.stringContaining('2027'), 'Valid']);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('(erased)');
    expect(within(rows[1]!).getAllByRole('cell')[3]!.textContent).toMatch(/^Revoked on .*2027/);
    // A trainer reads and downloads; only the programme manager and the admin revoke.
    expect(screen.queryByRole('button', { name: /Revoke the certificate/ })).toBeNull();

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Download the PDF of Grace Mukamana' }));
    await vi.waitFor(() => expect(saved).toEqual(['certificate-QRSTUVWXYZ.pdf blob:saved']));
    const download = requests.find((r) => r.path === '/certificates/c1/pdf')!;
    expect(download.headers.authorization).toBe('Bearer token');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('asks every certificate without a ToT, and lets the programme manager revoke one with a reason', async () => {
    const revoked = certificate({
      status: 'revoked',
      revokedOn: '2027-04-01',
      revocationReason: 'Attendance sheet forged',
    });
    let current = certificate();
    const requests = await signInAs(['programme-manager'], {
      // The list is fetched again after the change: it answers what is stored then.
      '/certificates': () => ({ items: [current] }),
      'POST /certificates/c1/revoke': revoked,
    });
    renderStaffPage(certificateRoutes, '/certificates');
    const table = await screen.findByRole('table', { name: 'Certificates, newest first' });
    expect(requests.some((r) => r.method === 'GET' && r.path === '/certificates')).toBe(true);
    fireEvent.click(within(table).getByRole('button', { name: 'Revoke the certificate of Grace Mukamana' }));

    const form = screen.getByRole('form', { name: 'Revocation of the certificate of Grace Mukamana' });
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'Too short' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Revoke for good' }));
    expect(
      await within(form).findByText('Give a reason of 10 to 500 characters.', { selector: '.field__error' }),
    ).toBeTruthy();
    expect(requests.some((r) => r.path.endsWith('/revoke'))).toBe(false);

    fireEvent.change(within(form).getByLabelText('Reason'), {
      target: { value: ' Attendance sheet forged ' },
    });
    current = revoked;
    fireEvent.click(within(form).getByRole('button', { name: 'Revoke for good' }));
    expect(await screen.findByText('The certificate of Grace Mukamana is revoked.')).toBeTruthy();
    const revoke = requests.find((r) => r.path === '/certificates/c1/revoke')!;
    expect(revoke.method).toBe('POST');
    expect(revoke.body).toEqual({ reason: 'Attendance sheet forged' });
    const row = within(screen.getByRole('table', { name: 'Certificates, newest first' })).getAllByRole(
      'row',
    )[1]!;
    expect(within(row).getAllByRole('cell')[3]!.textContent).toMatch(/^Revoked/);
    expect(within(row).queryByRole('button', { name: /Revoke/ })).toBeNull();
  });
});
