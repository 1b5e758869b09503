import { longDate } from '@ikiraro/service-defaults';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Certificate } from './certificate.ts';

/** What a certificate's PDF prints, besides the certificate itself. */
export interface PdfContext {
  programme: string;
  institution: string;
  /** The public verification page of this certificate: the QR code's payload. */
  verifyUrl: string;
}

/** A4 landscape, in points. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 56;
const INK = '#1f2a44';
const MUTED = '#5b6474';

/**
 * The QR code of a verification URL as a matrix of dark modules, with the text it encodes read back from its
 * segments: the payload drawn is checked to be the URL before drawing (decoding a rendered image is left out).
 */
export function qrOf(url: string): {
  size: number;
  dark: (row: number, col: number) => boolean;
  payload: string;
} {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const payload = qr.segments
    .map((s) => String(s.data instanceof Uint8Array ? Buffer.from(s.data) : s.data))
    .join('');
  if (payload !== url) throw new Error('The QR code does not encode the verification URL');
  return { size: qr.modules.size, dark: (row, col) => qr.modules.get(row, col) === 1, payload };
}

/** What the certificate says its holder did, in one sentence. */
export function achievementOf(c: Certificate, institution: string): string {
  const when = `from ${longDate(c.period.start)} to ${longDate(c.period.end)}`;
  if (c.kind === 'service')
    return (
      `gave the Training of Trainers "${c.course}" at ${institution} ${when}, ` +
      `${c.sessions.held} session${c.sessions.held === 1 ? '' : 's'} held, as a professional of the programme.`
    );
  return (
    `completed the Training of Trainers "${c.course}" at ${institution} ${when}, ` +
    `attending ${c.sessions.attended} of ${c.sessions.held} session${c.sessions.held === 1 ? '' : 's'}` +
    (c.postTestScore === null ? '.' : ` with a post-test score of ${Math.round(c.postTestScore)}%.`)
  );
}

/** The certificate as a PDF (pdfkit, its standard fonts): one A4 landscape page. */
export async function certificatePdf(c: Certificate, ctx: PdfContext): Promise<Buffer> {
  const qr = qrOf(ctx.verifyUrl);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: {
      Title: c.kind === 'service' ? 'Certificate of service' : 'Training certificate',
      Author: ctx.programme,
      Subject: `Verification code ${c.verificationCode}`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const inner = WIDTH - 2 * MARGIN;
  doc
    .lineWidth(2)
    .strokeColor(INK)
    .rect(24, 24, WIDTH - 48, HEIGHT - 48)
    .stroke();
  doc
    .lineWidth(0.5)
    .rect(32, 32, WIDTH - 64, HEIGHT - 64)
    .stroke();

  doc.fillColor(MUTED).font('Helvetica').fontSize(12);
  doc.text(ctx.programme, MARGIN, 64, { width: inner, align: 'center' });
  doc.moveDown(1.2).fillColor(INK).font('Helvetica-Bold').fontSize(32);
  doc.text(c.kind === 'service' ? 'Certificate of Service' : 'Certificate of Training', {
    width: inner,
    align: 'center',
  });
  doc.moveDown(0.8).font('Helvetica').fontSize(14).fillColor(MUTED);
  doc.text('This certifies that', { width: inner, align: 'center' });
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(28).fillColor(INK);
  doc.text(c.name ?? '', { width: inner, align: 'center' });
  doc.moveDown(0.6).font('Helvetica').fontSize(14);
  doc.text(achievementOf(c, ctx.institution), MARGIN + 60, undefined, {
    width: inner - 120,
    align: 'center',
  });

  const qrSide = 108;
  const qrX = WIDTH - MARGIN - qrSide;
  const qrY = HEIGHT - MARGIN - qrSide - 8;
  const cell = qrSide / (qr.size + 2);
  doc.fillColor('#000000');
  for (let row = 0; row < qr.size; row++)
    for (let col = 0; col < qr.size; col++)
      if (qr.dark(row, col)) doc.rect(qrX + (col + 1) * cell, qrY + (row + 1) * cell, cell, cell);
  doc.fill();
  doc.link(qrX, qrY, qrSide, qrSide, ctx.verifyUrl);

  const footY = HEIGHT - MARGIN - 64;
  doc.fillColor(INK).font('Helvetica').fontSize(11);
  doc.text(`Issued on ${longDate(c.issuedOn)}`, MARGIN, footY);
  doc.text(`Verification code: `, MARGIN, footY + 18, { continued: true }).font('Helvetica-Bold');
  doc.text(c.verificationCode);
  doc.font('Helvetica').fillColor(MUTED).fontSize(9);
  doc.text(`Check it at ${ctx.verifyUrl}`, MARGIN, footY + 36, { width: qrX - MARGIN - 16 });

  if (c.status === 'revoked') {
    doc.save().rotate(-18, { origin: [WIDTH / 2, HEIGHT / 2] });
    doc.fillColor('#b3261e').fillOpacity(0.6).font('Helvetica-Bold').fontSize(64);
    doc.text(`REVOKED ON ${longDate(c.revokedOn!).toUpperCase()}`, 0, HEIGHT / 2 - 32, {
      width: WIDTH,
      align: 'center',
    });
    doc.restore();
  }

  doc.end();
  return done;
}

/** A file name for the download: the kind and the code, nothing personal. */
export const pdfFileName = (c: Pick<Certificate, 'kind' | 'verificationCode'>) =>
  `${c.kind === 'service' ? 'certificate-of-service' : 'training-certificate'}-${c.verificationCode}.pdf`;
