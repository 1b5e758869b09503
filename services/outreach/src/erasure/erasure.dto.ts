import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ERASURE_REASONS } from '@ikiraro/contracts';

export class EraseMemberDto {
  /** `request`: the person asked to be erased; `consent-withdrawn`: they withdrew consent in another way. */
  @IsIn(ERASURE_REASONS)
  reason!: (typeof ERASURE_REASONS)[number];

  /** How the request reached staff (e.g. `e-mail of 3 March to the Brussels office`); nothing about the person. */
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

// What the erasure routes answer (the swagger plugin documents these classes from their types and JSDoc).

/** One holder of the person's data, and whether it confirmed the erasure. */
export class ErasureConfirmationDto {
  /** The service, e.g. `selection`. */
  service!: string;
  status!: 'confirmed' | 'waiting';
  /** What it removed or made unreadable, in words staff can show, e.g. `2 applications`. */
  removed!: string[];
  /** When it confirmed; null while waiting. */
  erasedAt!: string | null;
}

/** The person's certificate: names nobody, shows what was erased where and when. */
export class ErasureCertificateDto {
  certificateId!: string;
  reason!: (typeof ERASURE_REASONS)[number];
  requestedAt!: string;
  /** Every holder confirmed. */
  complete!: boolean;
  confirmations!: ErasureConfirmationDto[];
}

/** Who asked for an erasure. */
export class ErasureRequesterDto {
  /** An account id, or the member's own for a withdrawal. */
  id!: string;
  role!: string;
}

/** Staff's certificate adds the member, who asked, and their note. */
export class StaffErasureCertificateDto extends ErasureCertificateDto {
  memberId!: string;
  requestedBy!: ErasureRequesterDto;
  note!: string | null;
}
