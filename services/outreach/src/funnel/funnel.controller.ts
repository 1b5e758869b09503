import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { CampaignsService } from '../campaigns/campaigns.service.ts';
import { FUNNEL_STEPS } from './funnel-event.ts';
import type { FunnelDto } from './funnel.dto.ts';
import { type FunnelCounts, FunnelService } from './funnel.service.ts';

const none = (): FunnelCounts => ({ visits: 0, started: 0, verified: 0, applied: 0 });

@ApiTags('campaigns')
@Controller('campaigns/:id/funnel')
export class FunnelController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly funnel: FunnelService,
  ) {}

  /**
   * Link visits → forms started → verified members → members who applied to a ToR, per channel (the campaign's
   * channels first, then any other a registration named) and in total. Each member counts once per step.
   */
  @Get()
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<FunnelDto> {
    const { state } = await this.campaigns.get(id, caller);
    const counted = await this.funnel.counts(id);
    const channels = [...new Set([...(state.channels ?? []), ...counted.keys()])];
    const rows = channels.map((channel) => ({ channel, ...(counted.get(channel) ?? none()) }));
    const total = none();
    for (const row of rows) for (const step of FUNNEL_STEPS) total[step] += row[step];
    return { channels: rows, total };
  }
}
