import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '@ikiraro/local-infra';
import { execFile } from 'node:child_process';

// Smoke run of `npm run bench:gateway`: the real script, as a child process, one second per measurement and two
// connections, against this run's Kafka and database (KAFKA_BROKERS / MONGODB_URI from jest's global setup, which
// its startTestInfra takes as external). nginx is used when installed, never installed from here. It must finish
// and print every figure; how fast is the benchmark's business, not the suite's.
const figure = (name: string) =>
  new RegExp(`^ {2}${name} +\\d+ req/s +p50 [\\d.]+ ms +p99 [\\d.]+ ms( +CPU \\d+ µs/req)?$`, 'm');
const ratio = (name: string) => new RegExp(`^ {2}ratio ${name} +\\d+\\.\\d\\d +\\(`, 'm');
const figures = [
  figure('gateway → bare'),
  figure('bare Fastify \\(no proxy\\)'),
  new RegExp(
    `^ {2}nginx → bare +(\\d+ req/s +p50 [\\d.]+ ms +p99 [\\d.]+ ms( +CPU \\d+ µs/req)?|skipped: .+)$`,
    'm',
  ),
  figure('reply-from → bare'),
  figure('reply-from \\+ jose → bare'),
  figure('reporting, directly'),
  figure('reporting, via gateway'),
  ratio('ours / reply-from \\(no auth\\)'),
  ratio('ours / reply-from \\+ jose'),
  /^ {2}ratio ours \/ nginx +(\d+\.\d\d|n\/a) +\(/m,
  ratio('ours / bare Fastify'),
  ratio('via gateway / direct \\(reporting\\)'),
];

describe('bench:gateway', () => {
  it('runs with tiny sizes and prints every figure', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (resolve, reject) =>
        execFile(
          process.execPath,
          ['--import', '@swc-node/register/esm-register', 'bench/gateway/bench.ts'],
          {
            cwd: repoRoot,
            env: {
              ...process.env,
              NODE_OPTIONS: '',
              BENCH_SECONDS: '1',
              BENCH_WARMUP_SECONDS: '0',
              BENCH_CONNECTIONS: '2',
              BENCH_ROUNDS: '1',
              BENCH_NGINX_INSTALL: '0',
            },
            // Three Nest applications start: on a loaded machine that alone can take half a minute.
            timeout: 110_000,
          },
          (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') reject(error);
            else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
          },
        ),
    );
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    for (const line of figures) expect(stdout).toMatch(line);
  }, 120_000);
});
