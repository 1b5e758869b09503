import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InvestorSignUpDto, VerifyInvestorDto } from './investor.dto.ts';
import type { InvestorSignUpAcceptedView, InvestorVerifiedView } from './investor-view.dto.ts';
import { InvestorsService } from './investors.service.ts';

/** The public investor sign-up (no account yet): the form, then the e-mailed link. */
@ApiTags('investors')
@Controller('public/investors')
export class PublicInvestorsController {
  constructor(private readonly investors: InvestorsService) {}

  /**
   * Takes the form and e-mails a verification link; nothing else happens until it is followed. Always 202
   * `verification-sent` when accepted, also for an address that signed up before (nothing new is stored).
   */
  @Post()
  @HttpCode(202)
  async signUp(@Body() form: InvestorSignUpDto): Promise<InvestorSignUpAcceptedView> {
    await this.investors.signUp(form);
    return { status: 'verification-sent' };
  }

  /** Follows the e-mailed link: the investor is verified (an investor account is then invited by e-mail). */
  @Post('verify')
  @HttpCode(200)
  async verify(@Body() body: VerifyInvestorDto): Promise<InvestorVerifiedView> {
    await this.investors.verify(body.token);
    return { status: 'verified' };
  }
}
