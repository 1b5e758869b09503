import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { AggregateStore } from '@ikiraro/messaging';
import { perOffice } from '../campaign-figures/office-figures.ts';
import { count, countsBy, figuresBy } from '../figures.schema.ts';
import { MEMBER_FIGURES, type MemberFigures, noMemberFigures } from './member-figures.ts';

@ApiTags('figures')
@Controller('figures/members')
export class MemberFiguresController {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = store.of<MemberFigures>(MEMBER_FIGURES);
  }

  /**
   * Members registered (e-mail verified) per office, and per channel they came through (an outreach officer: their
   * office only, like the campaign figures).
   */
  @Get()
  @ApiOkResponse({
    schema: figuresBy('Office', {
      registered: count('Members who verified their e-mail.'),
      byChannel: countsBy('Channel → members registered through it.'),
    }),
  })
  async byOffice(@CurrentCaller() caller: Caller) {
    return perOffice(this.figures, caller, (state) => state ?? noMemberFigures());
  }
}
