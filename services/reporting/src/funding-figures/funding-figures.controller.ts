import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@ikiraro/messaging';
import { programme } from '@ikiraro/programme';
import { count, countsBy, figuresBy } from '../figures.schema.ts';
import { IprcFigures } from '../iprc-figures.ts';
import {
  ALL_PLEDGES,
  FUNDING_FIGURES,
  type FundingFigures,
  type FundingFiguresView,
  noFundingFigures,
  noPledgeFigures,
  PLEDGE_FIGURES,
  type PledgeFigures,
  totalOf,
  viewOf,
} from './funding-figures.ts';

const amounts = (description: string) => countsBy(`Currency → ${description}, in whole units.`);
const iprcFigures = {
  submitted: count('Proposals submitted.'),
  teamBySex: countsBy("Gender → trainees in the submitted proposals' teams."),
  jobsExpected: count('Jobs the submitted proposals expect to create.'),
  qualified: count('Proposals that passed the qualifying round.'),
  disqualified: count('Proposals that did not.'),
  shortlisted: count('Proposals the committee shortlisted.'),
  awarded: count('Awards made.'),
  awardedAmount: amounts('what the awards give'),
  tranchesReleased: count("Awards' tranches paid."),
  releasedAmount: amounts('what the tranches paid'),
  jobsCreated: count("Jobs created, as each award's latest approved milestone counts them."),
};

@ApiTags('figures')
@Controller('figures/funding')
export class FundingFiguresController {
  private readonly figures;
  private readonly pledges;

  constructor(store: AggregateStore) {
    this.figures = new IprcFigures<FundingFigures>(store, FUNDING_FIGURES, noFundingFigures);
    this.pledges = store.of<PledgeFigures>(PLEDGE_FIGURES);
  }

  /**
   * Pilot funding: per host IPRC (the team's) and in all, the proposals submitted (their teams by sex, the jobs
   * they expect), qualified, shortlisted and awarded (what the awards give by currency), the tranches paid and
   * the jobs created; the programme's target of awards; investors' pledges by instrument.
   */
  @Get()
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['byIprc', 'total', 'awardsTarget', 'pledges'],
      properties: {
        byIprc: figuresBy('IPRC', iprcFigures),
        total: { type: 'object', required: Object.keys(iprcFigures), properties: iprcFigures },
        awardsTarget: count("The programme's target of awards."),
        pledges: {
          type: 'object',
          required: ['pledges', 'byInstrument'],
          properties: {
            pledges: count("Investors' pledges."),
            byInstrument: {
              type: 'object',
              description: 'Instrument (grant, loan, equity, in-kind) → its pledges.',
              additionalProperties: {
                type: 'object',
                required: ['pledges', 'amount'],
                properties: { pledges: count('Pledges.'), amount: amounts('what they pledge') },
              },
            },
          },
        },
      },
    },
  })
  async funding(): Promise<{
    byIprc: Record<string, FundingFiguresView>;
    total: FundingFiguresView;
    awardsTarget: number;
    pledges: PledgeFigures;
  }> {
    const [stored, pledges] = await Promise.all([this.figures.byIprc(), this.pledges.load(ALL_PLEDGES)]);
    const byIprc = Object.fromEntries(Object.entries(stored).map(([iprc, f]) => [iprc, viewOf(f)]));
    return {
      byIprc,
      total: totalOf(Object.values(byIprc)),
      awardsTarget: programme().targets.awards,
      pledges: pledges?.state ?? noPledgeFigures(),
    };
  }
}
