import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { toUser } from './account.ts';

export class SignInDto {
  @ApiProperty({ example: 'officer@iom.int' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 128)
  password!: string;
}

export class SetPasswordDto {
  /** The token from the e-mailed link. */
  @IsString()
  @Length(20, 100)
  token!: string;

  /** 12 to 128 characters; not the e-mail address. */
  @IsString()
  @Length(12, 128)
  password!: string;
}

export class PasswordResetRequestDto {
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class UserDto {
  id!: string;
  email!: string;
  name!: string;
  /** admin, programme-manager, outreach-officer, twg-member, iprc-focal-point, trainer, trainee, investor, auditor */
  roles!: string[];
  /** Office scope of an outreach officer: a code of the programme's `offices`. */
  office?: string;
  /** IPRC scope of a focal point: a code of the programme's `host.institutions`. */
  iprc?: string;
  status!: 'invited' | 'active' | 'disabled';
  createdAt!: string;
}

export class SessionDto {
  /** Bearer token for the API, valid until `expiresAt`; keep it in memory, not in storage. */
  accessToken!: string;
  expiresAt!: string;
  user!: UserDto;
}

export const sessionBody = (session: {
  accessToken: string;
  expiresAt: string;
  user: ReturnType<typeof toUser>;
}) => ({
  accessToken: session.accessToken,
  expiresAt: session.expiresAt,
  user: session.user,
});

export class MemberTokenDto {
  /**
   * Bearer token for the member's own routes (role `member`, no account), valid until `expiresAt`; keep it in
   * memory. There is no refresh token: exchange the link again while it is valid.
   */
  accessToken!: string;
  expiresAt!: string;
}
