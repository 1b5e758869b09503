import { describe, expect, it } from '@jest/globals';
import { runBench } from './run-bench.ts';

// Smoke run of `npm run bench:import` with tiny lists: it must finish and print every figure and ratio.
const figures = [
  /^dry run: +\{"rows":20,/m,
  /^import: +\{"created":20,"updated":0,"unchanged":0,"skipped":0\}/m,
  /^re-import: +\{"created":0,"updated":0,"unchanged":20,"skipped":0\}/m,
  /^ {2}raw insertMany of 20 member-sized documents +[\d.]+ s +\(baseline\)/m,
  /^ {2}raw read of those 20 documents +[\d.]+ s +\(baseline\)/m,
  /^ {2}dry run +[\d.]+ s +ratio +[\d.]+×/m,
  /^ {2}import +[\d.]+ s +ratio +[\d.]+× the raw insert +\d+ rows\/s/m,
  /^ {2}re-import of the unchanged list +[\d.]+ s +ratio +[\d.]+× the raw read/m,
  /^ {2}relay: import returned → all in GET \/members +(not all after +)?[\d.]+ s/m,
  /^ {2}member_emails, whole collection +[\d.]+ s +ratio/m,
  /^ {2}members projection, whole collection +[\d.]+ s +ratio/m,
  /^ {2}AggregateStore loadMany of 20 members +[\d.]+ s +ratio/m,
  /^import: +\{"created":30,"updated":0,"unchanged":0,"skipped":0\}/m,
  /^ {2}raw insertMany of 30 member-sized documents +[\d.]+ s +\(baseline\)/m,
];

describe('bench:import', () => {
  it('runs with tiny lists and prints every figure', async () => {
    const { code, stdout, stderr } = await runBench(
      'bench/imports/bench.ts',
      { BENCH_ROWS: '20', BENCH_LARGE_ROWS: '30', BENCH_VISIBLE_WAIT_MS: '20000' },
      55_000,
    );
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    for (const figure of figures) expect(stdout).toMatch(figure);
  });
});
