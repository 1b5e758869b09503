import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { MarksDto } from './attendance.dto.ts';
import { AttendanceService } from './attendance.service.ts';
import type { CheckInCodeView, MarksResultView, RegisterView } from './attendance-view.dto.ts';

/** A session's register: its trainer, the IPRC's focal point or the programme manager run it. */
@ApiTags('training')
@Controller('tots/:id/sessions/:sessionId')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  /** The rotating check-in code to show as a QR; fetch a new one every `periodSeconds`. */
  @Get('check-in-code')
  checkInCode(
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<CheckInCodeView> {
    return this.attendance.checkInCode(id, sessionId, caller);
  }

  /**
   * Marks by hand, made online or queued offline: each mark applied once (by its `markId`); the answer says
   * which were applied, which were duplicates and which were refused, and why.
   */
  @Post('marks')
  @HttpCode(200)
  mark(
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @Body() dto: MarksDto,
    @CurrentCaller() caller: Caller,
  ): Promise<MarksResultView> {
    return this.attendance.mark(id, sessionId, dto.marks, caller);
  }

  @Get('register')
  register(
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<RegisterView> {
    return this.attendance.register(id, sessionId, caller);
  }

  /** Closes the register: the session is held, its attendance by sex published; no mark is taken after. */
  @Post('close')
  @HttpCode(200)
  close(
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<RegisterView> {
    return this.attendance.close(id, sessionId, caller);
  }
}
