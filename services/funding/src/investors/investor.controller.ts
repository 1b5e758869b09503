import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { ExpressInterestDto, InvestorProfileDto, PledgeDto } from './investor.dto.ts';
import type {
  InvestorMatchesView,
  InvestorProfileView,
  InvestorProposalView,
  PledgeView,
} from './investor-view.dto.ts';
import { InvestorDeskService, type Seen } from './investor-desk.service.ts';
import { matchView, pledgeView, profileOf, proposalView } from './investor.view.ts';
import { InvestorsService } from './investors.service.ts';

/** An investor's own pages: the account's address is a verified investor's (else 403). */
@ApiTags('investors')
@Controller('investor')
export class InvestorController {
  constructor(
    private readonly investors: InvestorsService,
    private readonly desk: InvestorDeskService,
  ) {}

  @Get('profile')
  async profile(@CurrentCaller() caller: Caller): Promise<InvestorProfileView> {
    return profileOf(await this.investors.ofCaller(caller));
  }

  /** Changes their interests; proposals listed so far are matched against the new ones. */
  @Put('profile')
  async changeProfile(
    @Body() dto: InvestorProfileDto,
    @CurrentCaller() caller: Caller,
  ): Promise<InvestorProfileView> {
    return profileOf(await this.investors.changeInterests(caller, dto.interests));
  }

  /** The proposals that matched their interests, as teasers, newest first. */
  @Get('matches')
  async matches(@CurrentCaller() caller: Caller): Promise<InvestorMatchesView> {
    const { matches, interested } = await this.desk.matchesOf(caller);
    return { items: matches.map((m) => matchView(m, interested.has(m.proposalId))) };
  }

  /** A matched proposal (else 404): its teaser, and in full once they expressed interest. */
  @Get('proposals/:id')
  async proposal(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<InvestorProposalView> {
    return this.view(await this.desk.seen(caller, id));
  }

  /** Expresses interest, accepting the confidentiality terms: the full proposal is answered (once is enough). */
  @Post('proposals/:id/interest')
  @HttpCode(200)
  async interest(
    @Param('id') id: string,
    @Body() dto: ExpressInterestDto,
    @CurrentCaller() caller: Caller,
  ): Promise<InvestorProposalView> {
    return this.view(await this.desk.express(caller, id, dto));
  }

  /** Pledges to a proposal they expressed interest in (409 `funding.pledge.interest_required` before). */
  @Post('proposals/:id/pledges')
  async pledge(
    @Param('id') id: string,
    @Body() dto: PledgeDto,
    @CurrentCaller() caller: Caller,
  ): Promise<PledgeView> {
    const { id: pledgeId, state } = await this.desk.pledge(caller, id, dto);
    return pledgeView({ _id: pledgeId, ...state });
  }

  private async view(seen: Seen): Promise<InvestorProposalView> {
    const pledges = seen.interest
      ? await this.desk.pledgesOf(seen.investorId, seen.matches[0]!.state.proposalId)
      : [];
    return proposalView(seen, pledges);
  }
}
