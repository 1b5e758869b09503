import { Body, Controller, Get, type OnModuleInit, Param, Post, Query, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { acceptRawBody, DomainError, isPdf, TakesRawBody } from '@ikiraro/service-defaults';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ATTACHMENT_MAX_BYTES, Attachments } from './attachments.ts';
import { AttachmentQueryDto } from './placement.dto.ts';
import type { AttachmentStoredView } from './placement-view.dto.ts';
import { PlacementsService } from './placements.service.ts';

/** The PDF travels under a symbol key, out of reach of the request guard's walk of bodies (as outreach's CVs). */
const PDF_BYTES = Symbol('pdf');
type PdfBody = { [PDF_BYTES]?: Buffer };

/** Files attached to a logistics task: a ticket, an insurance certificate, a receipt. PDF only, by content. */
@ApiTags('placements')
@Controller('placements/:id/tasks/:key/attachments')
export class AttachmentsController implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly placements: PlacementsService,
    private readonly attachments: Attachments,
  ) {}

  onModuleInit() {
    acceptRawBody(
      this.adapterHost.httpAdapter.getInstance<FastifyInstance>(),
      'application/pdf',
      ATTACHMENT_MAX_BYTES,
      (bytes) => ({ [PDF_BYTES]: bytes }) satisfies PdfBody,
    );
  }

  /** Attaches a PDF (the raw body, at most 5 MB) to the task; by those who may work the task. */
  @Post()
  @TakesRawBody('application/pdf')
  @ApiConsumes('application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async attach(
    @Param('id') id: string,
    @Param('key') key: string,
    @Query() query: AttachmentQueryDto,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
  ): Promise<AttachmentStoredView> {
    const bytes = (body as PdfBody | undefined)?.[PDF_BYTES];
    if (!bytes || !isPdf(bytes))
      throw new DomainError('attachment.not_pdf', 'invalid', 'An attachment must be a PDF file');
    await this.placements.assertMayWork(id, key, caller);
    const attachmentId = await this.attachments.store(id, key, query.name, bytes);
    await this.placements.attach(
      id,
      key,
      { id: attachmentId, name: query.name, bytes: bytes.length },
      caller,
    );
    return { attachmentId };
  }

  @Get(':attachmentId')
  @ApiProduces('application/pdf')
  async read(
    @Param('id') id: string,
    @Param('key') key: string,
    @Param('attachmentId') attachmentId: string,
    @CurrentCaller() caller: Caller,
    @Res() reply: FastifyReply,
  ) {
    await this.placements.load(id, caller);
    const found = await this.attachments.read(id, key, attachmentId);
    if (!found) throw new DomainError('attachment.not_found', 'not_found', `No attachment ${attachmentId}`);
    await reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${found.name.replace(/[^\w.\- ]/g, '_')}"`)
      .send(found.bytes);
  }
}
