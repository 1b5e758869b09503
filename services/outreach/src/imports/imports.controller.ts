import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { CsvBytes, TakesCsv } from '@ikiraro/service-defaults';
import { ImportQueryDto, type ImportReport, type ImportResult } from './import.dto.ts';
import { ImportsService } from './imports.service.ts';

const csvBody = {
  description:
    'UTF-8 CSV with the header firstName,lastName,email,phone,countryOfResidence,qualificationLevel,' +
    'qualificationField,institution,qualificationYear,subjects,yearsOfExperience,languages,gender ' +
    '(phone and gender may be left out; subjects and languages separated by ";").',
  schema: { type: 'string' },
};

/** Diaspora-mapping lists: check one (dry run), then import it. An outreach officer: their office's campaigns. */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /**
   * What importing the list would do, row by row; writes nothing. Rows that are members of the caller's office
   * are named as `existing`; any other row the import would leave alone is only counted in `wouldSkip`.
   */
  @Post('dry-run')
  @TakesCsv()
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(csvBody)
  async dryRun(
    @Query() query: ImportQueryDto,
    @CsvBytes() csv: Buffer,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportReport> {
    const campaign = await this.imports.campaignFor(caller, query.campaignId);
    return this.imports.dryRun(caller, campaign, csv);
  }

  /**
   * Imports the list into the campaign: new people become `imported` members, earlier imported ones are
   * updated, registered members are never touched. A list with any row error is refused whole
   * (`import.invalid`, with the dry run's report). Importing the same list again creates nothing.
   */
  @Post()
  @TakesCsv()
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(csvBody)
  async apply(
    @Query() query: ImportQueryDto,
    @CsvBytes() csv: Buffer,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportResult> {
    const campaign = await this.imports.campaignFor(caller, query.campaignId);
    return this.imports.apply(caller, campaign, csv);
  }
}
