import { Injectable } from '@nestjs/common';
import { AggregateStore, type Versioned } from '@ikiraro/messaging';
import { TraineesService } from '../trainees/trainees.service.ts';
import { TotsService } from '../tots/tots.service.ts';
import { attendanceShares } from './attendance.rules.ts';
import { REGISTER, type Register, registerId } from './register.ts';

/** Attendance as the other parts of training read it (certificates: who attended enough). */
@Injectable()
export class Attendance {
  readonly registers;

  constructor(
    store: AggregateStore,
    private readonly tots: TotsService,
    private readonly trainees: TraineesService,
  ) {
    this.registers = store.of<Register>(REGISTER);
  }

  /** The registers of some sessions of a ToT, by session id; a session with no mark yet has none. */
  async of(totId: string, sessionIds: readonly string[]): Promise<Map<string, Versioned<Register>>> {
    const found = await this.registers.loadMany(sessionIds.map((s) => registerId(totId, s)));
    return new Map([...found.values()].map((r) => [r.state.sessionId, r]));
  }

  /**
   * Each enrolled trainee's share of the ToT's held sessions they attended (present or late, by the register's
   * effective marks): 0 to 1; 0 for everyone while no session is held. No scope: for training's own use.
   */
  async attendanceShares(totId: string): Promise<Map<string, number>> {
    const tot = await this.tots.tots.load(totId);
    if (!tot) return new Map();
    const held = tot.state.sessions.filter((s) => s.status === 'held').map((s) => s.id);
    const [registers, trainees] = await Promise.all([this.of(totId, held), this.trainees.of(totId)]);
    const heldRegisters = held.map((s) => registers.get(s)?.state ?? { marks: [] });
    return attendanceShares(
      trainees.map((t) => t._id),
      heldRegisters,
    );
  }
}
