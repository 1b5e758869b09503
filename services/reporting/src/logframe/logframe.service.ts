import { Injectable } from '@nestjs/common';
import type { Caller } from '@ikiraro/auth';
import { programme } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import { Facts } from './facts.ts';
import { cellOf, contributionsOf, logframeReport, quarter as quarterOfCode, quarterOf } from './figures.ts';
import type { LogframeReport, Quarter } from './logframe-report.ts';

/** Who sees every cell: staff. Everyone else (the TWG, a focal point, a donor's copy) sees small cells suppressed. */
const SEES_SMALL_CELLS = ['admin', 'programme-manager', 'outreach-officer', 'auditor'];
export const seesSmallCells = (caller: Caller) => caller.roles.some((r) => SEES_SMALL_CELLS.includes(r));

const allTypes = () => [
  ...new Set(programme().logframe.indicators.flatMap((i) => i.feeds.map((f) => f.event))),
];

@Injectable()
export class LogframeService {
  constructor(private readonly facts: Facts) {}

  /** A quarter by its code, or the current one. */
  quarter(code?: string): Quarter {
    if (code === undefined) return quarterOf(new Date().toISOString().slice(0, 10));
    const found = quarterOfCode(code);
    if (!found) throw new DomainError('logframe.bad_quarter', 'invalid', `${code} is not a quarter`);
    return found;
  }

  async report(q: Quarter, shared: boolean): Promise<LogframeReport> {
    return logframeReport(programme(), await this.facts.ofTypes(allTypes()), q, shared);
  }

  /** The facts behind an indicator (one cell of it when asked), to the end of the quarter. */
  async sources(code: string, q: Quarter, cell?: { dimension: string; value: string }) {
    const indicator = programme().logframe.indicators.find((i) => i.code === code);
    if (!indicator)
      throw new DomainError(
        'logframe.indicator_not_found',
        'not_found',
        `No indicator ${code} in the logframe`,
      );
    const facts = await this.facts.ofTypes(indicator.feeds.map((f) => f.event));
    const behind = contributionsOf(indicator, facts)
      .filter((c) => c.day <= q.end)
      .filter((c) => !cell || cellOf(c, cell.dimension) === cell.value)
      .sort((a, b) => a.fact.event.occurredAt.localeCompare(b.fact.event.occurredAt));
    return {
      indicator: code,
      quarter: q,
      total: behind.length,
      items: behind.slice(0, 500).map(({ fact, value }) => ({
        eventId: fact.event.id,
        type: fact.event.type,
        occurredAt: fact.event.occurredAt,
        subject: fact.event.subject,
        dims: fact.dims,
        value,
        erased: fact.erased === true,
      })),
    };
  }
}
