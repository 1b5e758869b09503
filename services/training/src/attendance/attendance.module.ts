import { Module } from '@nestjs/common';
import { AttendanceController } from './attendance.controller.ts';
import { Attendance } from './attendance.ts';
import { AttendanceService } from './attendance.service.ts';
import { CheckInController } from './check-in.controller.ts';

/** Registers of sessions, QR check-in and marks by hand; `Attendance` for the other parts (certificates). */
@Module({
  controllers: [AttendanceController, CheckInController],
  providers: [Attendance, AttendanceService],
  exports: [Attendance],
})
export class AttendanceModule {}
