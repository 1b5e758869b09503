import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Connection } from 'mongoose';
import { ApplicationsService } from '../applications/applications.service.ts';
import { torNotFound } from '../tors/tor.rules.ts';
import { reportCsv, transparencyReport } from './transparency-report.ts';

@ApiTags('report')
@Controller('tors/:id/report')
export class ReportController {
  constructor(
    private readonly applications: ApplicationsService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  /** The ToR's transparency report: JSON, or `?format=csv` for a spreadsheet. */
  @Get()
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  async get(
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('format') format?: string,
  ) {
    const tor = await this.applications.tors.load(id);
    if (!tor) throw torNotFound(id);
    // Ids from the projection; each application at its latest version.
    const ids = await this.connection
      .db!.collection<{ _id: string }>('applications')
      .find({ torId: id }, { projection: { _id: 1 } })
      .toArray();
    const latest = await this.applications.applications.loadMany(ids.map((a) => a._id));
    const report = transparencyReport(
      id,
      tor.state,
      [...latest].map(([key, a]) => [key, a.state]),
    );
    if (format !== 'csv') return report;
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="transparency-report-${id}.csv"`);
    return reportCsv(report);
  }
}
