import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@ikiraro/messaging';
import { count, countsBy, figuresBy } from '../figures.schema.ts';
import { IprcFigures } from '../iprc-figures.ts';
import { noPlacementFigures, PLACEMENT_FIGURES, type PlacementFigures } from './placement-figures.ts';

@ApiTags('figures')
@Controller('figures/placements')
export class PlacementFiguresController {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = new IprcFigures<PlacementFigures>(store, PLACEMENT_FIGURES, noPlacementFigures);
  }

  /** Per host IPRC: professionals engaged (arrived), by sex, and placements completed. */
  @Get()
  @ApiOkResponse({
    schema: figuresBy('IPRC', {
      engaged: count('Professionals who arrived at the IPRC.'),
      engagedBySex: countsBy('Gender → professionals engaged (`not-stated` when they did not say).'),
      completed: count('Placements completed.'),
    }),
  })
  byIprc(): Promise<Record<string, PlacementFigures>> {
    return this.figures.byIprc();
  }
}
