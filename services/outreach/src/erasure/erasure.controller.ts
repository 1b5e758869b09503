import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import {
  type ErasureCertificateDto,
  EraseMemberDto,
  type StaffErasureCertificateDto,
} from './erasure.dto.ts';
import { ErasureService } from './erasure.service.ts';

/** Erasure on request, for staff (programme manager, admin): imported people included. */
@ApiTags('erasure')
@Controller()
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  /**
   * Erases the member everywhere: their data here, their key (every sealed copy in every service, topic and
   * backup), and `outreach.member.erased` to every holder. Asking again finishes an interrupted erasure.
   */
  @Post('members/:id/erasure')
  @HttpCode(201)
  async erase(
    @Param('id') id: string,
    @Body() dto: EraseMemberDto,
    @CurrentCaller() caller: Caller,
  ): Promise<StaffErasureCertificateDto> {
    const role = caller.roles.includes('admin') ? 'admin' : 'programme-manager';
    await this.erasure.erase(id, { reason: dto.reason, note: dto.note, by: { id: caller.id, role } });
    return this.erasure.staffCertificate(id);
  }

  /** The erasure certificate: each holder's receipt (what it removed, when), or that it has not answered yet. */
  @Get('members/:id/erasure')
  certificate(@Param('id') id: string): Promise<StaffErasureCertificateDto> {
    return this.erasure.staffCertificate(id);
  }

  /** The certificate the person was given the link to: names nobody, shows what was erased where and when. */
  @Get('public/erasure-certificates/:certificateId')
  publicCertificate(
    @Param('certificateId', new ParseUUIDPipe()) certificateId: string,
  ): Promise<ErasureCertificateDto> {
    return this.erasure.certificate({ certificateId });
  }
}
