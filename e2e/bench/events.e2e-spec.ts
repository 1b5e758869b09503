import { describe, expect, it } from '@jest/globals';
import { runBench } from './run-bench.ts';

// Smoke run of `npm run bench:events` with tiny sizes: it must finish and print every figure and ratio.
const number = String.raw`\d+(\.\d+)?`;
const figures = [
  new RegExp(String.raw`^ {2}raw kafkajs produce→consume +${number} +\(ceiling\)`, 'm'),
  new RegExp(String.raw`^ {2}raw database inserts +${number} +\(ceiling\)`, 'm'),
  new RegExp(String.raw`^ {2}\(b\) naive NestJS +${number}$`, 'm'),
  new RegExp(String.raw`^ {2}\(a\) ours +${number}$`, 'm'),
  new RegExp(String.raw`^ {2}ratio a/b +${number} +\(target ≥ 0\.70\)`, 'm'),
  new RegExp(String.raw`^ {2}\(b\) naive NestJS +p50 +${number} +p99 +${number} +max +${number}$`, 'm'),
  new RegExp(
    String.raw`^ {2}\(a\) ours +p50 +${number} +p99 +${number} +max +${number} +\(target p99 < 250\)`,
    'm',
  ),
];

describe('bench:events', () => {
  it('runs with tiny sizes and prints every figure', async () => {
    const { code, stdout, stderr } = await runBench(
      'bench/events/bench.ts',
      {
        BENCH_EVENTS: '60',
        BENCH_WARMUP_EVENTS: '20',
        BENCH_RATE: '20',
        BENCH_SECONDS: '1',
        BENCH_CEILING_EVENTS: '500',
      },
      110_000,
    );
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    for (const figure of figures) expect(stdout).toMatch(figure);
  }, 120_000);
});
