import type { IHeaders } from 'kafkajs';

/** The topic of one consumer group's dead letters (replays go back to that group only). */
export const deadLetterTopic = (topicPrefix: string, service: string) =>
  `${topicPrefix}ikiraro.dead-letters.${service}`;

/** Header on a replayed message: only this consumer group handles it, the others skip it. */
export const REPLAY_FOR_HEADER = 'ikiraro-replay-for';

export type DeadLetterReason =
  'envelope.unparseable' | 'envelope.invalid' | 'payload.invalid' | 'handler.failed';

/** A message a consumer could not handle, with why, and where it came from. */
export interface DeadLetter {
  kind: 'dead-letter';
  id: string;
  group: string;
  reason: DeadLetterReason;
  error: { name: string; message: string };
  attempts: number;
  failedAt: string;
  source: {
    topic: string;
    partition: number;
    offset: string;
    key: string | null;
    headers: Record<string, string>;
  };
  /** The message exactly as it was on the source topic. */
  value: string;
}

/** Written when a dead letter was replayed, so that listings can leave it out. */
export interface ReplayMark {
  kind: 'replayed';
  id: string;
  replayedAt: string;
}

export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map(String).join(',') : String(v ?? ''),
    ]),
  );
}
