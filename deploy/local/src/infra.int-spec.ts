import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from './proc.ts';
import { down, status, up } from './infra.ts';

/** Processes whose command line mentions `dir` (the launcher gives it to both Kafka and FerretDB). */
function processesUsing(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(dir) && !line.includes(' ps -eo'));
}

describe('local launcher', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikiraro-launcher-'));
  afterAll(async () => {
    await down(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts Kafka and FerretDB healthy, and down leaves no process behind', async () => {
    const [kafkaPort, kafkaControllerPort, ferretPort, ferretDebugPort] = await freePorts(4);
    const infra = await up({
      dir,
      kafkaPort,
      kafkaControllerPort,
      ferretPort,
      ferretDebugPort,
      kafkaHeap: '256m',
    });
    expect(infra.kafkaBrokers).toBe(`127.0.0.1:${kafkaPort}`);
    expect(infra.mongodbUri).toContain(`127.0.0.1:${ferretPort}`);
    expect(status(dir)).toMatchObject({ kafka: { running: true }, ferretdb: { running: true } });
    expect(processesUsing(dir)).toHaveLength(2);

    // A second `up` finds them running and only checks their health.
    const again = await up({ dir, kafkaPort, kafkaControllerPort, ferretPort, ferretDebugPort });
    expect(again).toEqual(infra);
    expect(processesUsing(dir)).toHaveLength(2);

    expect(await down(dir)).toEqual({ kafka: true, ferretdb: true });
    expect(processesUsing(dir)).toEqual([]);
    expect(status(dir)).toMatchObject({ kafka: { running: false }, ferretdb: { running: false } });
  });

  it('starts nothing for a component given by KAFKA_BROKERS or MONGODB_URI', async () => {
    const external = { kafkaBrokers: process.env.KAFKA_BROKERS!, mongodbUri: process.env.MONGODB_URI! };
    const infra = await up({
      dir,
      kafkaPort: 1,
      kafkaControllerPort: 2,
      ferretPort: 3,
      ferretDebugPort: 4,
      external,
    });
    expect(infra).toEqual(external);
    expect(processesUsing(dir)).toEqual([]);
  });
});
