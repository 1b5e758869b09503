// A small service used only by the event-backbone tests: it records ledger entries (producer, through the
// outbox) and keeps totals from its own events (consumer), with a switch to make one kind of entry fail.
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { defineEvent, type EventEnvelope } from '@ikiraro/contracts';
import { AggregateStore, event, OnEvent } from '@ikiraro/messaging';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

/** What a caller posts: an amount and its note. */
class EntryDto {
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  amount!: number;

  @IsString()
  @Length(1, 100)
  note!: string;
}

export class EntryRecordedV1 extends EntryDto {
  @IsString()
  ledgerId!: string;
}

export const EntryRecorded = defineEvent({
  type: 'testing.ledger.entry-recorded',
  version: 1,
  payload: EntryRecordedV1,
  description: 'Test-only: an entry was added to a ledger.',
});

/** The consumer fails every entry noted "poison" until a test sets `fixed`. */
export const faults = { poisonFixed: false, calls: 0 };

@Controller()
class LedgerController {
  constructor(private readonly store: AggregateStore) {}

  @Post('ledgers/:id/entries')
  async record(@Param('id') id: string, @Body() dto: EntryDto) {
    const ledger = await this.store.of<{ balance: number }>('ledger').change(id, (current) => ({
      state: { balance: (current?.state.balance ?? 0) + dto.amount },
      events: [event(EntryRecorded, { ledgerId: id, amount: dto.amount, note: dto.note })],
    }));
    return { id, version: ledger.version, ...ledger.state };
  }

  @Get('totals/:id')
  async total(@Param('id') id: string) {
    return (
      (await this.store.of<{ sum: number; count: number }>('total').load(id))?.state ?? { sum: 0, count: 0 }
    );
  }

  @OnEvent(EntryRecorded)
  async onEntry(@Payload() e: EventEnvelope<EntryRecordedV1>) {
    faults.calls++;
    if (e.data.note === 'poison' && !faults.poisonFixed) throw new Error('cannot handle poison');
    await this.store.of<{ sum: number; count: number }>('total').change(e.data.ledgerId, (current) => ({
      state: { sum: (current?.state.sum ?? 0) + e.data.amount, count: (current?.state.count ?? 0) + 1 },
      events: [],
    }));
  }
}

@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'ledger',
      publishes: [EntryRecorded],
      projections: { ledger: 'ledgers' },
      // A test service outside the policy matrix: its routes are open.
      auth: { open: ['POST /ledgers/:id/entries', 'GET /totals/:id'] },
    }),
  ],
  controllers: [LedgerController],
})
export class LedgerModule {}
