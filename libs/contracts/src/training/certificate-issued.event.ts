import { IsEmail, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsText } from '../field-rules.ts';
import { memberPerson, traineePerson } from '../personal.ts';
import { TotRef } from './tot-ref.ts';

/** A training certificate (a trainee met the thresholds) or the professional's certificate of service. */
export const CERTIFICATE_KINDS = ['training', 'service'] as const;

/** The certificate an event is about. */
export class CertificateRef extends TotRef {
  /** The certificate's id (also the event's subject). */
  @IsId()
  certificateId!: string;

  @IsIn(CERTIFICATE_KINDS)
  kind!: (typeof CERTIFICATE_KINDS)[number];

  /** Training certificates: the trainee. Certificates of service: the professional's member id. */
  @IsId()
  holderId!: string;
}

export class CertificateIssuedV1 extends CertificateRef {
  /** The holder's sex, a code of the programme's genders (reporting counts certified trainers by it). */
  @IsProgrammeCode('genders')
  sex!: string;

  /** What anyone types or scans on the public verification page. */
  @Length(8, 20)
  verificationCode!: string;

  /** The holder's name as printed. */
  @IsText(200)
  name!: string;

  /** The course as printed on it (the ToT's title when issued). */
  @IsOptional()
  @IsText(200)
  course?: string;

  /** Where to send it, when the holder gave an address. */
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export const CertificateIssued = defineEvent({
  type: 'training.certificate.issued',
  version: 1,
  payload: CertificateIssuedV1,
  description:
    'A trainee met the attendance and post-test thresholds, or a professional completed their placement: a certificate with a verification code.',
  personal: {
    person: (d) => (d.kind === 'service' ? memberPerson(d.holderId) : traineePerson(d.holderId)),
    fields: ['name', 'email'],
    // Reporting counts certified trainers by sex and IPRC (neither is personal); notifications mails the holder.
    readers: ['notifications', 'reporting', 'funding'],
  },
});
