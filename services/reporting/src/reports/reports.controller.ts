import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { programme } from '@ikiraro/programme';
import type { FastifyReply } from 'fastify';
import { LogframeService } from '../logframe/logframe.service.ts';
import { iatiActivities } from './iati.ts';
import { reportCsv } from './report.csv.ts';
import { reportPdf } from './report.pdf.ts';
import { reportXlsx } from './report.xlsx.ts';
import { ReportQueryDto } from './reports.dto.ts';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

/** The donor's report of a quarter, as shared outside staff: small cells suppressed, whoever asks. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly logframe: LogframeService) {}

  /** The quarter's report: the logframe's figures to its last day, as XLSX, PDF (with charts) or CSV. */
  @Get(':quarter')
  @ApiProduces(TYPES.xlsx, TYPES.pdf, TYPES.csv)
  async report(
    @Param('quarter') code: string,
    @Query() { format }: ReportQueryDto,
    @Res() reply: FastifyReply,
  ) {
    const report = await this.logframe.report(this.logframe.quarter(code), true);
    const body =
      format === 'csv'
        ? reportCsv(report)
        : format === 'pdf'
          ? await reportPdf(report, programme())
          : await reportXlsx(report, programme());
    await reply
      .type(TYPES[format])
      .header(
        'content-disposition',
        `attachment; filename="${programme().id}-${report.quarter.code}.${format}"`,
      )
      .send(body);
  }

  /** The programme as an IATI 2.03 activity, its results' indicators with the quarter as their period. */
  @Get(':quarter/iati')
  @ApiProduces('application/xml')
  async iati(@Param('quarter') code: string, @Res() reply: FastifyReply) {
    const report = await this.logframe.report(this.logframe.quarter(code), true);
    await reply
      .type('application/xml; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="${programme().id}-${report.quarter.code}-iati.xml"`,
      )
      .send(iatiActivities(report, programme()));
  }
}
