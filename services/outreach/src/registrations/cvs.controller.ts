import { Body, Controller, HttpCode, type OnModuleInit, Post } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ikiraro/service-defaults';
import type { FastifyInstance } from 'fastify';
import type { Connection } from 'mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { acceptRawBody, TakesRawBody } from '../imports/raw-body.ts';
import { CV_MAX_BYTES, isPdf } from './cv.rules.ts';

/** The `cvs` collection: one document per uploaded file, bytes inside (never on disk, never served publicly). */
export const CVS = 'cvs';

export interface StoredCv {
  _id: string;
  data: Buffer;
  size: number;
  sha256: string;
  createdAt: Date;
}

/**
 * The parsed PDF travels under a symbol key: the request guard of service-defaults walks every enumerable key
 * of a body looking for `$` operators, and walking the five million indices of a Buffer costs seconds and
 * hundreds of megabytes. A symbol key is invisible to `Object.entries`.
 */
const PDF_BYTES = Symbol('pdf');
type PdfBody = { [PDF_BYTES]?: Buffer };

@ApiTags('registrations')
@Controller('public/cvs')
export class CvsController implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  /** Registered here rather than in main.ts so that tests (`startService(AppModule)`) get it too. */
  onModuleInit() {
    acceptRawBody(
      this.adapterHost.httpAdapter.getInstance<FastifyInstance>(),
      'application/pdf',
      CV_MAX_BYTES,
      (bytes) => ({ [PDF_BYTES]: bytes }) satisfies PdfBody,
    );
  }

  /**
   * Stores a CV before the registration that refers to it (`cvId`). The body is the raw PDF
   * (`content-type: application/pdf`, at most 5 MB); what counts is the content, not the declared type.
   * A CV that no verified registration refers to may be deleted after 24 hours (no clean-up job yet).
   */
  @Post()
  @TakesRawBody('application/pdf')
  @HttpCode(201)
  @ApiConsumes('application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async upload(@Body() body: unknown): Promise<{ cvId: string }> {
    const bytes = (body as PdfBody | undefined)?.[PDF_BYTES];
    if (!bytes || !isPdf(bytes)) throw new DomainError('cv.not_pdf', 'invalid', 'The CV must be a PDF file');
    const cvId = randomUUID();
    await this.connection.db!.collection<StoredCv>(CVS).insertOne({
      _id: cvId,
      data: bytes,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      createdAt: new Date(),
    });
    return { cvId };
  }
}
