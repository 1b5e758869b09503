// Lists, shows and replays one service's dead letters (architecture.md: "dead letters can be listed and
// replayed"). Run it as `npm run dead-letters -- <command>`; settings are in tools/dead-letters.config.ts.
import { type DeadLetter, readDeadLetters, replayDeadLetter } from '@ikiraro/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { loadDeadLettersConfig } from './dead-letters.config.ts';

const usage = `usage: npm run dead-letters -- <command>

  list <service> [--all]   the service's dead letters not replayed yet, oldest first (--all: also replayed ones)
  show <service> <id>      one dead letter in full, its message parsed when it is JSON
  replay <service> <id>    sends the message back to the service's consumer group (once) and marks it replayed

environment: KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_TOPIC_PREFIX (default none)`;

/** Bad arguments: exit code 2, with the usage. */
class UsageError extends Error {}

type Command =
  | { name: 'list'; service: string; all: boolean }
  | { name: 'show'; service: string; id: string }
  | { name: 'replay'; service: string; id: string };

function parse(args: string[]): Command {
  const all = args.includes('--all');
  const [name, service, id, ...extra] = args.filter((a) => a !== '--all');
  const flag = [name, service, id].find((a) => a?.startsWith('-'));
  if (flag) throw new UsageError(`unknown option ${flag}`);
  if (!name) throw new UsageError('no command');
  if (!['list', 'show', 'replay'].includes(name)) throw new UsageError(`unknown command ${name}`);
  if (!service || !/^[a-z][a-z0-9-]*$/.test(service)) throw new UsageError(`${name}: name a service`);
  if (name === 'list' && !id && extra.length === 0) return { name, service, all };
  if ((name === 'show' || name === 'replay') && id && extra.length === 0 && !all)
    return { name, service, id };
  throw new UsageError(`${name}: wrong arguments`);
}

/** The event inside a dead letter, when its value is an envelope at all (some are dead-lettered for not being one). */
function eventOf(letter: DeadLetter): { type?: unknown; version?: unknown; id?: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(letter.value);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function line(letter: DeadLetter, replayed: boolean): string {
  const { topic, partition, offset } = letter.source;
  const event = eventOf(letter);
  const message = letter.error.message.replace(/\s+/g, ' ');
  return [
    letter.id,
    letter.failedAt,
    letter.reason,
    `${topic}@${partition}:${offset}`,
    typeof event?.type === 'string'
      ? `${event.type}@${String(event.version)} ${String(event.id)}`
      : '(no event)',
    message.length > 80 ? `${message.slice(0, 79)}…` : message,
    ...(replayed ? ['[replayed]'] : []),
  ].join('  ');
}

async function run(command: Command, kafka: Kafka, topicPrefix: string): Promise<void> {
  const { service } = command;
  if (command.name === 'replay') {
    const letter = await replayDeadLetter(kafka, topicPrefix, service, command.id);
    const event = eventOf(letter);
    console.log(
      `replayed ${letter.id} (${String(event?.type ?? 'not an event')}) to ${letter.source.topic}, ` +
        `key ${letter.source.key}, for consumer group ${letter.group} only`,
    );
    return;
  }
  const { letters, replayed } = await readDeadLetters(kafka, topicPrefix, service);
  if (command.name === 'show') {
    const letter = letters.find((l) => l.id === command.id);
    if (!letter) throw new Error(`no dead letter ${command.id} for ${service}`);
    const value = eventOf(letter) ?? letter.value;
    console.log(JSON.stringify({ ...letter, value, replayed: replayed.has(letter.id) }, null, 2));
    return;
  }
  const shown = letters.filter((l) => command.all || !replayed.has(l.id));
  for (const letter of shown) console.log(line(letter, replayed.has(letter.id)));
  if (shown.length === 0)
    console.log(`${service}: no dead letters${command.all ? '' : ' waiting for replay'}`);
}

async function main(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(usage);
    return 0;
  }
  let command: Command;
  let config: ReturnType<typeof loadDeadLettersConfig>;
  try {
    command = parse(args);
    config = loadDeadLettersConfig();
  } catch (error) {
    console.error(`dead-letters: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(`\n${usage}`);
    return 2;
  }
  const kafka = new Kafka({
    clientId: 'dead-letters',
    brokers: config.brokers,
    // Its own errors are reported below in one line; kafkajs would log every retry.
    logLevel: logLevel.NOTHING,
    // An operator at a terminal: an unreachable broker should fail in seconds, not after kafkajs' minute of retries.
    connectionTimeout: 2_000,
    retry: { retries: 3, initialRetryTime: 300, maxRetryTime: 2_000 },
  });
  try {
    await run(command, kafka, config.topicPrefix);
    return 0;
  } catch (error) {
    const { name, message } = error as Error;
    const where = name.startsWith('KafkaJS') ? ` (Kafka at ${config.brokers.join(',')})` : '';
    console.error(`dead-letters ${command.name}: ${message}${where}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
