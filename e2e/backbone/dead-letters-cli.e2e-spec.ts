import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort, repoRoot } from '@ikiraro/local-infra';
import { type DeadLetter, readDeadLetters } from '@ikiraro/messaging';
import { eventually, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { Kafka, logLevel } from 'kafkajs';
import { execFile } from 'node:child_process';

// The operator's tool, run as a real process against this run's Kafka, on dead letters that a real consumer
// wrote. The ledger service gets a prefix of its own, set (with fast retries) before its module reads settings.
const prefix = `${process.env.KAFKA_TOPIC_PREFIX}cli.`;
process.env.KAFKA_TOPIC_PREFIX = prefix;
process.env.EVENT_HANDLER_ATTEMPTS = '2';
process.env.EVENT_RETRY_INITIAL_MS = '20';
const { EntryRecorded, LedgerModule, faults } = await import('./ledger.app.ts');

const brokers = process.env.KAFKA_BROKERS!;
const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run dead-letters -- …` without npm: this file's prefix, this run's broker unless `env` says otherwise. */
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  new Promise<Run>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'tools/dead-letters.ts', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, NODE_OPTIONS: '', KAFKA_BROKERS: brokers, KAFKA_TOPIC_PREFIX: prefix, ...env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number')
          reject(error); // did not run, or was killed
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });

/** An error the operator reads: one line, no stack trace. */
const oneLine = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/^\s+at /m);
};

describe('npm run dead-letters', () => {
  let ledger: ServiceUnderTest;
  let letter: DeadLetter;
  const total = async (id: string) =>
    (await ledger.request('GET', `/totals/${id}`)).body as { sum: number; count: number };

  beforeAll(async () => {
    ledger = await startService(LedgerModule);
    const recorded = await ledger.request('POST', '/ledgers/cli/entries', { amount: 100, note: 'poison' });
    expect(recorded.status).toBe(201);
    letter = await eventually(async () => {
      const { letters } = await readDeadLetters(kafka, prefix, 'ledger');
      const found = letters.find((l) => l.source.key === 'cli');
      expect(found).toBeDefined();
      return found!;
    }, 30_000);
  });
  afterAll(() => ledger.close());

  it('lists a dead letter waiting for replay, with its reason, source, event and error', async () => {
    const { code, stdout } = await cli(['list', 'ledger']);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((l) => l.startsWith(letter.id));
    expect(lines).toHaveLength(1);
    const { topic, partition, offset } = letter.source;
    const event = JSON.parse(letter.value) as { id: string };
    expect(lines[0]).toContain(letter.failedAt);
    expect(lines[0]).toContain('handler.failed');
    expect(lines[0]).toContain(`${topic}@${partition}:${offset}`);
    expect(lines[0]).toContain(`${EntryRecorded.type}@1 ${event.id}`);
    expect(lines[0]).toContain('cannot handle poison');
    expect(lines[0]).not.toContain('[replayed]');
  });

  it('shows the whole dead letter as JSON, with the event parsed', async () => {
    const { code, stdout } = await cli(['show', 'ledger', letter.id]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      ...letter,
      value: JSON.parse(letter.value),
      replayed: false,
    });
    expect(JSON.parse(stdout)).toMatchObject({
      reason: 'handler.failed',
      attempts: 2,
      group: `${prefix}ledger`,
      error: { message: 'cannot handle poison' },
      value: { type: EntryRecorded.type, data: { ledgerId: 'cli', amount: 100, note: 'poison' } },
    });
  });

  it('replays it once the handler is fixed: the consumer applies it and listings show it as replayed', async () => {
    expect(await total('cli')).toEqual({ sum: 0, count: 0 });
    faults.poisonFixed = true;
    const replay = await cli(['replay', 'ledger', letter.id]);
    expect(replay).toMatchObject({ code: 0, stderr: '' });
    expect(replay.stdout).toContain(`replayed ${letter.id}`);
    expect(replay.stdout).toContain(letter.source.topic);
    await eventually(async () => expect(await total('cli')).toEqual({ sum: 100, count: 1 }));

    const waiting = await cli(['list', 'ledger']);
    expect(waiting.code).toBe(0);
    expect(waiting.stdout).not.toContain(letter.id);
    const all = await cli(['list', 'ledger', '--all']);
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n').filter((l) => l.startsWith(letter.id))).toEqual([
      expect.stringMatching(/handler\.failed.*\[replayed\]$/),
    ]);
  });

  it('refuses to replay a dead letter a second time, in one line, and changes nothing', async () => {
    const { code, stdout, stderr } = await cli(['replay', 'ledger', letter.id]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`dead letter ${letter.id} was replayed already`);
    oneLine(stderr);
    expect(await total('cli')).toEqual({ sum: 100, count: 1 });
  });

  it('exits 1 naming an id it does not know', async () => {
    const { code, stderr } = await cli(['show', 'ledger', 'nope']);
    expect(code).toBe(1);
    expect(stderr).toContain('no dead letter nope for ledger');
    oneLine(stderr);
  });

  it('exits 1 in one line, naming the broker, when Kafka cannot be reached', async () => {
    const unreachable = `127.0.0.1:${await freePort()}`; // nothing listens there
    const { code, stderr } = await cli(['list', 'ledger'], { KAFKA_BROKERS: unreachable });
    expect(code).toBe(1);
    expect(stderr).toContain(`Kafka at ${unreachable}`);
    oneLine(stderr);
  });

  it('prints its usage and exits 2 without arguments, with an unknown command or a missing id', async () => {
    for (const args of [[], ['purge', 'ledger'], ['replay', 'ledger'], ['list', 'ledger', '--everything']]) {
      const { code, stdout, stderr } = await cli(args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr).toContain('usage: npm run dead-letters -- <command>');
    }
  });

  it('exits 2 naming the setting at fault when KAFKA_BROKERS is not a host:port list', async () => {
    const { code, stderr } = await cli(['list', 'ledger'], { KAFKA_BROKERS: 'kafka.example' });
    expect(code).toBe(2);
    expect(stderr).toContain('KAFKA_BROKERS="kafka.example" must be host:port');
    oneLine(stderr);
  });
});
