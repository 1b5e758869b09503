import { createHash } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiHeader, ApiNotModifiedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { programme, programmeJsonSchema } from '@ikiraro/programme';
import type { FastifyReply } from 'fastify';

/** The definition does not change while the process runs: one body and one tag for its whole life. */
const body = JSON.stringify(programme());
const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** The programme this platform runs, for the portal and anyone who builds on the API. */
@ApiTags('programme')
@Controller('api/v1/programme')
export class ProgrammeController {
  /**
   * The programme definition: host country and institutions, offices, subjects, languages, currencies, the gender
   * vocabulary, targets and checklist templates. Public and cacheable: it changes only when the platform restarts
   * on another definition (`ETag`, `If-None-Match` answers 304).
   */
  @Get()
  @ApiHeader({ name: 'if-none-match', required: false, description: 'The `ETag` of a copy the client holds' })
  @ApiOkResponse({ description: 'The programme definition', schema: programmeJsonSchema() })
  @ApiNotModifiedResponse({ description: 'The copy the client holds is current' })
  definition(@Headers('if-none-match') held: string | undefined, @Res() reply: FastifyReply) {
    void reply.header('cache-control', 'public, max-age=300, must-revalidate').header('etag', etag);
    if (held?.split(',').some((tag) => tag.trim() === etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  }
}
