import { Controller, Get, Headers } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  type EventEnvelope,
  TorClosed,
  type TorClosedV1,
  TorPublished,
  type TorPublishedV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { MEMBER_TOKEN_HEADER, MemberTokens } from './member-tokens.ts';

/** Outreach's copy of the ToRs that take applications now (`_id` = torId), fed by selection's events. */
export const OPEN_TORS = 'open_tors';

interface OpenTor {
  _id: string;
  title: string;
  iprc: TorPublishedV1['iprc'];
  subject: string;
  period: { start: string; end: string };
  durationMonths: number;
}

@ApiTags('self-service')
@Controller('public/self-service/tors')
export class OpenTorsController {
  constructor(
    private readonly tokens: MemberTokens,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  private get tors() {
    return this.connection.db!.collection<OpenTor>(OPEN_TORS);
  }

  /** ToRs open now: those in one of the member's subjects first, then by start date. */
  @Get()
  @ApiHeader({ name: MEMBER_TOKEN_HEADER, required: true, description: 'The e-mailed link token.' })
  async list(@Headers(MEMBER_TOKEN_HEADER) token?: string) {
    const member = await this.tokens.memberOf(token);
    const mine = new Set(member.state.subjects.map((s) => s.trim().toLowerCase()));
    const tors = await this.tors.find({}).toArray(); // a few dozen at most
    const items = tors
      .map(({ _id, title, iprc, subject, period, durationMonths }) => ({
        torId: _id,
        title,
        iprc,
        subject,
        period: { start: period.start, end: period.end },
        durationMonths,
        matchesMySubjects: mine.has(subject.trim().toLowerCase()),
      }))
      .sort(
        (a, b) =>
          Number(b.matchesMySubjects) - Number(a.matchesMySubjects) ||
          a.period.start.localeCompare(b.period.start) ||
          a.title.localeCompare(b.title),
      );
    return { items };
  }

  /** An insert under the ToR's id: a redelivered event changes nothing. */
  @OnEvent(TorPublished)
  async onPublished(@Payload() { data }: EventEnvelope<TorPublishedV1>) {
    try {
      await this.tors.insertOne({
        _id: data.torId,
        title: data.title,
        iprc: data.iprc,
        subject: data.subject,
        period: { start: data.period.start, end: data.period.end },
        durationMonths: data.durationMonths,
      });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  /** Both events of a ToR are keyed by its id, so they arrive in order: the close comes after the publish. */
  @OnEvent(TorClosed)
  async onClosed(@Payload() { data }: EventEnvelope<TorClosedV1>) {
    await this.tors.deleteOne({ _id: data.torId });
  }
}
