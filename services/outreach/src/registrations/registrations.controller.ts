import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type RegistrationAcceptedDto,
  type RegistrationVerifiedDto,
  RegisterDto,
  VerifyRegistrationDto,
} from './register.dto.ts';
import { RegistrationsService } from './registrations.service.ts';

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
  async register(@Body() form: RegisterDto): Promise<RegistrationAcceptedDto> {
    await this.registrations.submit(form);
    return { status: 'verification-sent' };
  }

  /** Follows the e-mailed link (once): registers the member, or updates the member of that address. */
  @Post('verify')
  @HttpCode(200)
  verify(@Body() body: VerifyRegistrationDto): Promise<RegistrationVerifiedDto> {
    return this.registrations.verify(body.token);
  }
}
