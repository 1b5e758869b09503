import { Controller, Get } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiTags } from '@nestjs/swagger';
import type { Connection } from 'mongoose';
import type { Application } from '../applications/application.ts';
import { Members } from '../members/members.ts';
import type { Tor } from '../tors/tor.ts';
import { balance } from './balance.rules.ts';

@ApiTags('balance')
@Controller('balance')
export class BalanceController {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly members: Members,
  ) {}

  /**
   * The shortlist and the selections by gender, IPRC and subject against the programme's targets, live (a moment
   * behind). Counts only: no person is named, and gender never enters scoring. Gender counts under 5 show `"<5"`,
   * and a count shows `"withheld"` where the total would let a reader subtract a smaller one
   * (balance/small-cells.rules.ts).
   */
  @Get()
  async get() {
    const db = this.connection.db!;
    const tors = await db.collection<Tor & { _id: string }>('tors').find({}).toArray();
    const byId = new Map(tors.map((t) => [t._id, t]));
    // Equality filters, one per status: FerretDB filters `$in` only after reading the whole collection.
    const statuses = ['shortlisted', 'reserve', 'selected'] as const;
    const applications = (
      await Promise.all(
        statuses.map((status) =>
          db.collection<Application & { _id: string }>('applications').find({ status }).toArray(),
        ),
      )
    ).flat();
    const members = await this.members.all(); // gender is sealed with each member's key (ADR 10)
    const genders = new Map(members.map((m) => [m._id, m.gender]));
    const rows = applications.flatMap((a) => {
      const tor = byId.get(a.torId);
      return tor
        ? [
            {
              status: a.status,
              iprc: tor.iprc,
              subject: tor.subject,
              gender: genders.get(a.memberId) ?? null,
            },
          ]
        : [];
    });
    const places = tors
      .filter((t) => t.status === 'published' || t.status === 'closed')
      .reduce((sum, t) => sum + t.experts, 0);
    return balance(rows, places);
  }
}
