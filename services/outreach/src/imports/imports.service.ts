import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { assertOffice, type Caller } from '@ikiraro/auth';
import { AggregateStore, type Versioned } from '@ikiraro/messaging';
import { inParallel, insertNew } from '@ikiraro/persistence';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { CAMPAIGN, type Campaign } from '../campaigns/campaign.ts';
import { MEMBER, MEMBER_EMAILS, type Member } from '../members/member.ts';
import { officeScope } from '../members/member-search.rules.ts';
import { ERASED_EMAILS, erasedEmailKey } from '../self-service/erasure.ts';
import type { ImportReport, ImportResult } from './import.dto.ts';
import {
  decodeUtf8,
  type ImportedPerson,
  ImportFileError,
  inFileDuplicates,
  readCsv,
  readRow,
  type RowError,
} from './import-file.rules.ts';
import { fileKeyOf, ImportRuns } from './import-runs.ts';
import { newImportedMember, reimported } from './imported-member.ts';

/** The e-mail key; an import marks its own, so that a re-run can finish what a crashed run started. */
interface EmailKey {
  _id: string;
  memberId: string;
  source?: 'mapping-import';
}

interface ReadFile {
  rows: number;
  errors: RowError[];
  valid: number;
  /** Valid rows, first of each e-mail. */
  unique: ImportedPerson[];
  duplicates: { row: number; email: string; duplicateOf: number }[];
}

type Plan = 'create' | 'update' | 'unchanged' | 'skip';
/** Thrown out of a decision to store nothing: the member is not one a list may change (any more). */
class Untouched extends Error {
  constructor(readonly plan: 'unchanged' | 'skip') {
    super(plan);
  }
}

/**
 * Imports diaspora-mapping lists in bulk, never a request per row: one insertMany of e-mail keys (the atomic
 * claim of each address, so that a registration at the same moment and the import never both take it), one
 * bulk read of the members the list already knows, and bulk writes of member versions. FerretDB serves even an
 * `_id` lookup by reading the collection, so per-row lookups would grow with the square of the list.
 */
@Injectable()
export class ImportsService {
  private readonly members;
  private readonly campaigns;

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
    private readonly runs: ImportRuns,
  ) {
    this.members = store.of<Member>(MEMBER);
    this.campaigns = store.of<Campaign>(CAMPAIGN);
  }

  private get keys() {
    return this.connection.db!.collection<EmailKey>(MEMBER_EMAILS);
  }

  async campaignFor(caller: Caller, campaignId: string): Promise<Versioned<Campaign>> {
    const campaign = await this.campaigns.load(campaignId);
    if (!campaign) throw new DomainError('campaign.not_found', 'not_found', `No campaign ${campaignId}`);
    assertOffice(caller, campaign.state.office);
    return campaign;
  }

  async dryRun(caller: Caller, campaign: Versioned<Campaign>, csv: Buffer): Promise<ImportReport> {
    return this.report(caller, campaign, this.read(csv));
  }

  async apply(caller: Caller, campaign: Versioned<Campaign>, csv: Buffer): Promise<ImportResult> {
    const file = this.read(csv);
    if (file.errors.length > 0) {
      const report = await this.report(caller, campaign, file);
      throw new DomainError(
        'import.invalid',
        'invalid',
        `${file.errors.length} errors in ${file.rows - file.valid} rows: nothing was imported`,
        { ...report },
      );
    }
    // One run of a file at a time (a retry after a gateway timeout must not start a second one); once it has
    // ended, the same file imports again: a new diff, which writes nothing for rows that are unchanged.
    const run = await this.runs.claim(fileKeyOf(campaign.id, 'apply', csv), file.rows);
    try {
      return await this.write(campaign, file);
    } finally {
      await run.end();
    }
  }

  private async write(campaign: Versioned<Campaign>, file: ReadFile): Promise<ImportResult> {
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0, skipped: file.duplicates.length };
    const suppressed = await this.suppressed(file.unique);
    result.skipped += suppressed.size;
    const people = file.unique.filter((person) => !suppressed.has(person.email));
    // Keys are read first and claimed only for addresses that have none: a re-import claims nothing, where
    // inserting every key to find the taken ones cost a failed insert per row.
    const keys = await this.keysOf(people.map((p) => p.email));
    const fresh = people
      .filter((person) => !keys.has(person.email))
      .map((person) => ({ person, memberId: uuidv7() }));
    const taken = await insertNew(
      this.keys,
      fresh.map(({ person, memberId }) => ({
        _id: person.email,
        memberId,
        source: 'mapping-import' as const,
      })),
    );
    const toCreate = fresh.filter((_, i) => !taken.has(i));
    // Taken between the read and the claim (a registration at the same moment): theirs now.
    const raced = await this.keysOf([...taken].map((i) => fresh[i]!.person.email));
    for (const [email, key] of raced) keys.set(email, key);
    const existing = people.filter((person) => keys.has(person.email));

    const loaded = await this.members.loadMany([...keys.values()].map((key) => key.memberId));
    const changes: { current: Versioned<Member>; decision: { state: Member; events: [] } }[] = [];
    const personOf = new Map<string, ImportedPerson>();
    for (const person of existing) {
      const key = keys.get(person.email);
      const member = key && loaded.get(key.memberId);
      if (key && !member && key.source === 'mapping-import') {
        toCreate.push({ person, memberId: key.memberId }); // an earlier run stopped between key and member
        continue;
      }
      if (!key || !member) {
        result.skipped++; // erased meanwhile, or a registration under way
        continue;
      }
      const next = reimported(member.state, person, campaign.state);
      if (next === 'skip') result.skipped++;
      else if (next === 'unchanged') result.unchanged++;
      else {
        changes.push({ current: member, decision: { state: next, events: [] } });
        personOf.set(member.id, person);
      }
    }
    const written: ('ok' | 'conflict')[] = [];
    for (const chunk of chunksOf(changes)) written.push(...(await this.members.updateMany(chunk)));
    result.updated += written.filter((outcome) => outcome === 'ok').length;
    // A member changed between the read and the write (a registration, an edit): decide again, one by one.
    const lost = changes.filter((_, i) => written[i] !== 'ok').map(({ current }) => current.id);
    await inParallel(lost, 4, async (id) => {
      try {
        await this.members.update(id, (current) => {
          const next = reimported(current.state, personOf.get(id)!, campaign.state);
          if (typeof next === 'string') throw new Untouched(next);
          return { state: next, events: [] };
        });
        result.updated++;
      } catch (error) {
        if (!(error instanceof Untouched)) throw error;
        result[error.plan === 'skip' ? 'skipped' : 'unchanged']++;
      }
    });

    for (const chunk of chunksOf(toCreate)) {
      const { created, existed } = await this.create(chunk, campaign);
      result.created += created;
      result.skipped += existed;
    }
    return result;
  }

  /** New members, version 1 each; a 'conflict' is a member that exists already (another run created it). */
  private async create(items: { person: ImportedPerson; memberId: string }[], campaign: Versioned<Campaign>) {
    const outcomes = await this.members.createMany(
      items.map(({ person, memberId }) => ({
        id: memberId,
        state: newImportedMember(person, campaign.id, campaign.state),
      })),
    );
    return {
      created: outcomes.filter((o) => o === 'ok').length,
      existed: outcomes.filter((o) => o === 'conflict').length,
    };
  }

  private read(csv: Buffer): ReadFile {
    try {
      const { header, records } = readCsv(decodeUtf8(csv));
      const thisYear = new Date().getUTCFullYear();
      const errors: RowError[] = [];
      const people: ImportedPerson[] = [];
      for (const record of records) {
        const read = readRow(header, record, thisYear);
        if ('person' in read) people.push(read.person);
        else errors.push(...read.errors);
      }
      return { rows: records.length, errors, valid: people.length, ...inFileDuplicates(people) };
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new DomainError(error.code, 'invalid', error.message, error.details);
      throw error;
    }
  }

  /**
   * What importing would do; reads only. It tells the caller no more than the import would: counts, and by row
   * only the members the caller may see anyway (their office's). Another office's member, an erased person or
   * a registration under way is one more skipped row, like every other skipped row.
   */
  private async report(caller: Caller, campaign: Versioned<Campaign>, file: ReadFile): Promise<ImportReport> {
    const suppressed = await this.suppressed(file.unique);
    const keys = await this.keysOf(file.unique.map((p) => p.email));
    const loaded = await this.members.loadMany([...keys.values()].map((key) => key.memberId));
    const plans = new Map<Plan, number>();
    for (const person of file.unique) {
      const plan = suppressed.has(person.email)
        ? 'skip'
        : planFor(person, keys.get(person.email), loaded, campaign.state);
      plans.set(plan, (plans.get(plan) ?? 0) + 1);
    }
    return {
      rows: file.rows,
      valid: file.valid,
      errors: file.errors,
      duplicates: [
        ...file.duplicates,
        ...file.unique
          .filter((p) => visibleTo(caller, loaded.get(keys.get(p.email)?.memberId ?? '')))
          .map((p) => ({ row: p.row, email: p.email, duplicateOf: 'existing' as const })),
      ].sort((a, b) => a.row - b.row),
      wouldCreate: plans.get('create') ?? 0,
      wouldUpdate: plans.get('update') ?? 0,
      unchanged: plans.get('unchanged') ?? 0,
      wouldSkip: (plans.get('skip') ?? 0) + file.duplicates.length,
    };
  }

  /**
   * The keys of these addresses. FerretDB filters `$in` by reading the whole collection whatever the list, so a
   * long list reads the keys once and matches here.
   */
  private async keysOf(emails: string[]): Promise<Map<string, EmailKey>> {
    if (emails.length === 0) return new Map();
    const wanted = new Set(emails);
    const found =
      emails.length <= 100
        ? await this.keys.find({ _id: { $in: emails } }).toArray()
        : (await this.keys.find({}).toArray()).filter((key) => wanted.has(key._id));
    return new Map(found.map((key) => [key._id, key]));
  }

  /** Addresses of people who withdrew consent: a list must not bring their data back (self-service/erasure). */
  private async suppressed(people: ImportedPerson[]): Promise<Set<string>> {
    const erased = this.connection.db!.collection<{ _id: string }>(ERASED_EMAILS);
    const all = new Set((await erased.find({}).toArray()).map((e) => e._id));
    if (all.size === 0) return all;
    return new Set(people.filter((p) => all.has(erasedEmailKey(p.email))).map((p) => p.email));
  }
}

/** Whether the caller may know of this member (as `GET /members` would show it to them). */
function visibleTo(caller: Caller, member: Versioned<Member> | undefined): boolean {
  if (!member || member.state.status === 'erased') return false;
  const scope = officeScope(caller);
  return scope === null || member.state.office === scope;
}

function planFor(
  person: ImportedPerson,
  key: EmailKey | undefined,
  members: Map<string, Versioned<Member>>,
  campaign: Campaign,
): Plan {
  if (!key) return 'create';
  const member = members.get(key.memberId);
  if (!member) return key.source === 'mapping-import' ? 'create' : 'skip';
  const next = reimported(member.state, person, campaign);
  return typeof next === 'string' ? next : 'update';
}

/** Writes go to the store a chunk at a time, so that the relay starts on the first while the next are written. */
const WRITE_CHUNK = 2_000;
function chunksOf<T>(items: T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += WRITE_CHUNK) chunks.push(items.slice(i, i + WRITE_CHUNK));
  return chunks;
}
