import { createHash } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { insertOnce } from '@ikiraro/persistence';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';

/**
 * Runs of an import, so that a retried request (the gateway timed out, the officer clicked again) never starts a
 * second run of the same file while the first is still writing. Insert-only records, the one atomic step of
 * FerretDB: a run is the claim `<file>:<generation>`, inserted once; while it works, the run inserts numbered
 * beats; when it ends, an end record. A later request of the same file either finds that run alive (409
 * `import.in_progress`), or ended or silent for STALE_MS (crashed), and then claims the next generation — of two
 * requests doing that at once, the unique `_id` lets one win and the other answers 409 with the winner's id.
 *
 * "Silent" compares the last beat's time, written by the runner, with the reader's clock: replicas whose clocks
 * disagree by more than STALE_MS - BEAT_MS could take over a live run. That costs time, never data: two runs of a
 * list claim each address with a unique insert and write versions that conflict, so nothing is created twice.
 */
export const IMPORT_RUNS = 'import_runs';
export const BEAT_MS = 2_000;
export const STALE_MS = 15_000;

export type ImportMode = 'apply';

interface RunRecord {
  /** `<file>:<generation>` for a claim, `<run>:beat:<n>` for a beat, `<run>:end` for the end. */
  _id: string;
  /** Every record of one file carries its key: one equality query finds them all. */
  file: string;
  run: string;
  kind: 'claim' | 'beat' | 'end';
  generation: number;
  at: Date;
  rows?: number;
  beat?: number;
}

/** The file's identity: the same bytes into the same campaign in the same mode. */
export const fileKeyOf = (campaignId: string, mode: ImportMode, csv: Buffer) =>
  `${campaignId}:${mode}:${createHash('sha256').update(csv).digest('base64url')}`;

/** A run this process holds: it beats until `end`. */
export interface HeldRun {
  id: string;
  end(): Promise<void>;
}

@Injectable()
export class ImportRuns implements OnModuleDestroy {
  private readonly beating = new Set<NodeJS.Timeout>();

  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get records() {
    return this.connection.db!.collection<RunRecord>(IMPORT_RUNS);
  }

  /** Claims the next run of this file, or throws 409 `import.in_progress` while another one is alive. */
  async claim(file: string, rows: number, now = () => new Date()): Promise<HeldRun> {
    for (;;) {
      const latest = await this.latest(file);
      if (latest?.alive(now())) throw inProgress(latest.id, latest.startedAt, latest.rows);
      const generation = (latest?.generation ?? 0) + 1;
      const id = `${file}:${generation}`;
      const claimed = await insertOnce(this.records, {
        _id: id,
        file,
        run: id,
        kind: 'claim',
        generation,
        at: now(),
        rows,
      });
      if (claimed) return this.hold(file, id, generation, now);
      // Another request claimed this generation first: loop, and answer with its run.
    }
  }

  /** The newest run of a file and whether it is alive, from one equality query (pushed down on FerretDB). */
  private async latest(file: string) {
    const records = await this.records.find({ file }).toArray();
    const claims = records.filter((r) => r.kind === 'claim');
    if (claims.length === 0) return null;
    const claim = claims.reduce((a, b) => (b.generation > a.generation ? b : a));
    const own = records.filter((r) => r.run === claim.run);
    const ended = own.some((r) => r.kind === 'end');
    const lastSign = Math.max(...own.map((r) => r.at.getTime()));
    return {
      id: claim.run,
      generation: claim.generation,
      startedAt: claim.at,
      rows: claim.rows ?? 0,
      alive: (now: Date) => !ended && now.getTime() - lastSign < STALE_MS,
    };
  }

  private hold(file: string, run: string, generation: number, now: () => Date): HeldRun {
    let beat = 0;
    const record = (kind: 'beat' | 'end', _id: string, extra: Partial<RunRecord> = {}) =>
      insertOnce(this.records, { _id, file, run, kind, generation, at: now(), ...extra });
    // A lost beat only risks an early takeover, which is safe (see above): never fail the import for it.
    const timer = setInterval(() => {
      beat++;
      record('beat', `${run}:beat:${beat}`, { beat }).catch(() => undefined);
    }, BEAT_MS);
    timer.unref();
    this.beating.add(timer);
    return {
      id: run,
      end: async () => {
        clearInterval(timer);
        this.beating.delete(timer);
        // Without an end record the next request waits STALE_MS; that is the only cost of losing it.
        await record('end', `${run}:end`).catch(() => undefined);
      },
    };
  }

  onModuleDestroy() {
    for (const timer of this.beating) clearInterval(timer);
  }
}

const inProgress = (runId: string, startedAt: Date, rows: number) =>
  new DomainError(
    'import.in_progress',
    'conflict',
    'This list is being imported into this campaign right now: wait for that run to finish, then import it again',
    { runId, startedAt: startedAt.toISOString(), rows },
  );
