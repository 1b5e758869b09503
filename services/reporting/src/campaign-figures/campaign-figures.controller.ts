import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { AggregateStore } from '@ikiraro/messaging';
import { OFFICE_FIGURES, type OfficeFigures, perOffice } from './office-figures.ts';

@ApiTags('figures')
@Controller('figures/campaigns')
export class CampaignFiguresController {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = store.of<OfficeFigures>(OFFICE_FIGURES);
  }

  /** Campaigns launched per office (an outreach officer: their office only). */
  @Get()
  // Keyed by office code, which the programme defines: a map, not a class the plugin could describe.
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['launched'],
      properties: {
        launched: {
          type: 'object',
          description: 'Office code → campaigns launched.',
          additionalProperties: { type: 'integer' },
        },
      },
    },
  })
  async byOffice(@CurrentCaller() caller: Caller) {
    return { launched: await perOffice(this.figures, caller, (state) => state?.launched ?? 0) };
  }
}
