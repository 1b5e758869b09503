import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { RegisterDto } from './register.dto.ts';
import { RegistrationsService } from './registrations.service.ts';

export class VerifyRegistrationDto {
  /** The `token` of the e-mailed link. */
  @IsString()
  @Length(1, 200)
  token!: string;
}

@ApiTags('registrations')
@Controller('public/registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  /**
   * Takes the public form and e-mails a verification link (48 h); nothing counts until it is followed.
   * Always 202 `verification-sent` when accepted, including for what looks like spam.
   */
  @Post()
  @HttpCode(202)
  async register(@Body() form: RegisterDto): Promise<{ status: 'verification-sent' }> {
    await this.registrations.submit(form);
    return { status: 'verification-sent' };
  }

  /** Follows the e-mailed link (once): registers the member, or updates the member of that address. */
  @Post('verify')
  @HttpCode(200)
  verify(@Body() body: VerifyRegistrationDto) {
    return this.registrations.verify(body.token);
  }
}
