import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { CheckInDto } from './attendance.dto.ts';
import { AttendanceService } from './attendance.service.ts';
import type { CheckInView, TraineeRecordView } from './attendance-view.dto.ts';

const traineeCode = {
  name: 'x-trainee-code',
  description: 'The trainee’s personal code (from their trainer), in place of a password.',
  required: true,
};

/** Trainees without an account: their personal code in `x-trainee-code`. */
@ApiTags('training')
@Controller('public')
export class CheckInController {
  constructor(private readonly attendance: AttendanceService) {}

  /** Checks in with the scanned QR code: present, or late more than 15 minutes after the start. */
  @Post('check-in')
  @HttpCode(200)
  @ApiHeader(traineeCode)
  checkIn(
    @Headers('x-trainee-code') code: string | undefined,
    @Body() dto: CheckInDto,
  ): Promise<CheckInView> {
    return this.attendance.checkIn(code, dto.token);
  }

  /** The trainee's own record: their training and its sessions with their attendance. */
  @Get('trainee')
  @ApiHeader(traineeCode)
  record(@Headers('x-trainee-code') code: string | undefined): Promise<TraineeRecordView> {
    return this.attendance.record(code);
  }
}
