import { ArrayMaxSize, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { INSTRUMENTS, type Instrument } from './proposal-ref.ts';

/** What an investor wants to fund: empty lists mean "any". */
export class InvestorInterests {
  /** Codes of the programme's subjects. */
  @IsArray()
  @ArrayMaxSize(50)
  @IsProgrammeCode('subjects', { each: true })
  sectors!: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @IsProgrammeCode('institutions', { each: true })
  iprcs!: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @IsProgrammeCode('provinces', { each: true })
  provinces!: string[];

  /** Ticket size, in `currency`: the smallest and largest amount they would put in one proposal. */
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  ticketMin!: number;

  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  ticketMax!: number;

  @IsProgrammeCode('currencies')
  currency!: string;

  @IsArray()
  @ArrayMaxSize(INSTRUMENTS.length)
  @IsIn(INSTRUMENTS, { each: true })
  instruments!: Instrument[];
}
