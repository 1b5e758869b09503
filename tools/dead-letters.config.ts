import { plainToInstance } from 'class-transformer';
import { Matches, validateSync } from 'class-validator';

/** Environment of `npm run dead-letters`: which Kafka, and the deployment's topic prefix. */
export class DeadLettersEnv {
  /** Comma-separated host:port list; by default the broker that `npm start` runs. */
  @Matches(/^[^,\s]+:\d{1,5}(,[^,\s]+:\d{1,5})*$/, { message: 'must be host:port[,host:port…]' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** The prefix the services were started with: dead-letter topics and groups carry it. */
  @Matches(/^[a-zA-Z0-9._-]*$/, { message: 'may hold letters, digits, ".", "_" and "-" only' })
  KAFKA_TOPIC_PREFIX = '';
}

export interface DeadLettersConfig {
  brokers: string[];
  topicPrefix: string;
}

/** Reads and validates the environment; throws one error that names every bad variable and its value. */
export function loadDeadLettersConfig(env: NodeJS.ProcessEnv = process.env): DeadLettersConfig {
  // An empty variable means "not set", as for the services (ServiceEnv).
  const values = Object.fromEntries(
    ['KAFKA_BROKERS', 'KAFKA_TOPIC_PREFIX'].filter((k) => env[k]).map((k) => [k, env[k]]),
  );
  const config = plainToInstance(DeadLettersEnv, values, { exposeDefaultValues: true });
  const errors = validateSync(config);
  if (errors.length > 0) {
    const problems = errors.map(
      (e) => `${e.property}=${JSON.stringify(e.value)} ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  return { brokers: config.KAFKA_BROKERS.split(','), topicPrefix: config.KAFKA_TOPIC_PREFIX };
}
