import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { CallDashboardView, StaffInvestorsView } from './investor-view.dto.ts';
import { DashboardService } from './dashboard.service.ts';

/** Staff views: the investors who signed up, and a call's fund beside investors' pledges. */
@ApiTags('investors')
@Controller()
export class InvestorsController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Every investor (no contact details), verified first, with matches and pledges. */
  @Get('investors')
  async list(): Promise<StaffInvestorsView> {
    return { items: await this.dashboard.investors() };
  }

  /** A call's IOM fund (awarded, paid, left), pledges by instrument, proposals by status, matches, interests. */
  @Get('calls/:id/dashboard')
  ofCall(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CallDashboardView> {
    return this.dashboard.ofCall(id, caller);
  }
}
