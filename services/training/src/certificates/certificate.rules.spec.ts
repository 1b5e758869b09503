import { describe, expect, it } from '@jest/globals';
import type { Certificate } from './certificate.ts';
import { achievementOf, certificatePdf, pdfFileName, qrOf } from './certificate-pdf.ts';
import {
  certificateId,
  CODE_ALPHABET,
  issue,
  meetsThresholds,
  normaliseVerificationCode,
  revoke,
  sessionsAttended,
  verificationCodeOf,
  verificationUrl,
} from './certificate.rules.ts';
import { readPdf } from '@ikiraro/testing';

const thresholds = { minAttendanceShare: 0.8, minPostTestScore: 60 };
const pm = { id: 'pm-1', name: 'Pat Manager', roles: ['programme-manager' as const] };
const now = new Date('2026-03-14T09:30:00Z');

const certificate = (): Certificate =>
  issue(
    {
      kind: 'training',
      totId: 'tot-1',
      iprc: 'KGL',
      memberId: 'm1',
      holderId: 't1',
      name: 'Aline Mukamana',
      email: 'aline@example.org',
      sex: 'woman',
      verificationCode: 'ABCDEFGHJK',
      course: 'Training of Trainers: Mechatronics',
      period: { start: '2026-03-02', end: '2026-03-13' },
      sessions: { attended: 4, held: 5 },
      postTestScore: 85,
    },
    now,
  );

describe('certificate rules', () => {
  it('gives a certificate to a trainee who attended enough sessions and passed the post-test', () => {
    expect(meetsThresholds({ attendanceShare: 4 / 5, postTestScore: 60 }, thresholds)).toBe(true);
    expect(meetsThresholds({ attendanceShare: 1, postTestScore: 100 }, thresholds)).toBe(true);
  });

  it('gives none for too few sessions, a post-test below the pass mark, or a test not taken', () => {
    expect(meetsThresholds({ attendanceShare: 3 / 5, postTestScore: 90 }, thresholds)).toBe(false);
    expect(meetsThresholds({ attendanceShare: 1, postTestScore: 59.5 }, thresholds)).toBe(false);
    expect(meetsThresholds({ attendanceShare: 1 }, thresholds)).toBe(false);
    expect(meetsThresholds({ postTestScore: 90 }, thresholds)).toBe(false);
  });

  it('names one certificate per holder, kind and ToT', () => {
    expect(certificateId('tot-1', 'training', 't1')).toBe(certificateId('tot-1', 'training', 't1'));
    expect(certificateId('tot-1', 'training', 't1')).not.toBe(certificateId('tot-1', 'service', 't1'));
    expect(certificateId('tot-1', 'training', 't1')).not.toBe(certificateId('tot-2', 'training', 't1'));
    expect(certificateId('tot-1', 'training', 't1')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes 10-character codes without look-alike characters, and reads them back as typed', () => {
    const code = verificationCodeOf(Uint8Array.from({ length: 10 }, (_, i) => i * 29));
    expect(code).toHaveLength(10);
    expect([...code].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);
    expect(CODE_ALPHABET).not.toMatch(/[01OI]/);
    expect(normaliseVerificationCode(code.slice(0, 5).toLowerCase() + ' - ' + code.slice(5))).toBe(code);
    expect(() => verificationCodeOf(new Uint8Array(9))).toThrow();
  });

  it('counts the sessions attended back from the share', () => {
    expect(sessionsAttended(4 / 5, 5)).toBe(4);
    expect(sessionsAttended(2 / 3, 3)).toBe(2);
  });

  it('revokes once, with the reason and the day; a second revocation is a conflict', () => {
    const revoked = revoke(certificate(), 'Attendance was marked by mistake', pm, now);
    expect(revoked).toMatchObject({
      status: 'revoked',
      revokedOn: '2026-03-14',
      revocationReason: 'Attendance was marked by mistake',
    });
    expect(revoked.trail.map((e) => e.action)).toEqual(['issued', 'revoked']);
    expect(() => revoke(revoked, 'Again, for another reason', pm, now)).toThrow(
      expect.objectContaining({ code: 'certificate.revoked', kind: 'conflict' }),
    );
  });
});

describe('certificate PDF', () => {
  const url = verificationUrl('https://ikiraro.example.org', 'ABCDEFGHJK');

  it('encodes the public verification URL in the QR code', () => {
    expect(url).toBe('https://ikiraro.example.org/certificate?code=ABCDEFGHJK');
    const qr = qrOf(url);
    expect(qr.payload).toBe(url);
    expect(qr.size).toBeGreaterThanOrEqual(21);
  });

  it('prints the programme, holder, course, IPRC, dates, sessions and code on one A4 landscape page', async () => {
    const c = certificate();
    const bytes = await certificatePdf(c, {
      programme: 'Diaspora TVET',
      institution: 'IPRC Kigali',
      verifyUrl: url,
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([842, 595]);
    for (const printed of [
      'Diaspora TVET',
      'Certificate of Training',
      'Aline Mukamana',
      'Training of Trainers: Mechatronics',
      'IPRC Kigali',
      '2 March 2026',
      '13 March 2026',
      'attending 4 of 5 sessions',
      'ABCDEFGHJK',
      'Issued on 14 March 2026',
    ])
      expect(pdf.text).toContain(printed);
    expect(pdf.links).toEqual([url]);
    expect(pdfFileName(c)).toBe('training-certificate-ABCDEFGHJK.pdf');
  });

  it('marks a revoked certificate across the page', async () => {
    const revoked = revoke(certificate(), 'Attendance was marked by mistake', pm, now);
    const ctx = { programme: 'Diaspora TVET', institution: 'IPRC Kigali', verifyUrl: url };
    expect((await readPdf(await certificatePdf(revoked, ctx))).text).toContain('REVOKED ON 14 MARCH 2026');
    expect((await readPdf(await certificatePdf(certificate(), ctx))).text).not.toContain('REVOKED');
  });

  it('says what the professional gave on a certificate of service', () => {
    const service = { ...certificate(), kind: 'service' as const, postTestScore: null };
    expect(achievementOf(service, 'IPRC Kigali')).toContain('gave the Training of Trainers');
    expect(achievementOf(service, 'IPRC Kigali')).toContain('5 sessions held');
  });
});
