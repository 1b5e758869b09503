import { afterAll, describe, expect, it } from '@jest/globals';
import { freePorts, startKafka, stopKafka } from '@ikiraro/local-infra';
import { call, eventually, spawnService, type ServiceProcess } from '@ikiraro/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A service answers HTTP before its consumers have joined their group (after a crash that takes until the dead
// member's session lapses; here, until a broker exists at all), and its readiness says when they have.
const readiness = async (service: ServiceProcess) => {
  const answer = await fetch(`${service.url}/health/ready`);
  const body = (await answer.json()) as { details?: Record<string, { status: string }> };
  return {
    status: answer.status,
    consumer: body.details?.consumer?.status,
    kafka: body.details?.kafka?.status,
  };
};

describe('a service back from a crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikiraro-late-broker-'));
  let reporting: ServiceProcess | undefined;
  afterAll(async () => {
    await reporting?.kill('SIGKILL');
    await stopKafka(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers HTTP while it cannot consume yet, and is ready once its consumers have joined', async () => {
    const [port, controllerPort] = await freePorts(2);
    reporting = await spawnService('reporting', {
      KAFKA_BROKERS: `127.0.0.1:${port}`, // no broker there yet
      DATABASE_PREFIX: `${process.env.DATABASE_PREFIX}late_`,
    });
    const figures = await call(`${reporting.url}/figures/campaigns`, 'GET', undefined, {
      as: 'programme-manager',
    });
    expect(figures.status).toBe(200);
    expect(await readiness(reporting)).toEqual({ status: 503, consumer: 'down', kafka: 'down' });

    await startKafka({ dir, port, controllerPort }, () => undefined, '384m');
    await eventually(
      async () => expect(await readiness(reporting!)).toEqual({ status: 200, consumer: 'up', kafka: 'up' }),
      60_000,
      500,
    );
  }, 120_000);
});
