import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { supervise } from './supervisor.ts';

const forever = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
const crashing = () => spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });

async function until<T>(check: () => T | undefined): Promise<T> {
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    await sleep(20);
  }
}

describe('supervise', () => {
  it('restarts a process that was killed, and says so', async () => {
    const lines: string[] = [];
    const s = supervise({ name: 'selection', spawn: forever, log: (l) => lines.push(l), initialDelayMs: 50 });
    try {
      const first = s.child!;
      first.kill('SIGKILL');
      const second = await until(() => (s.child && s.child !== first ? s.child : undefined));
      expect(second.pid).not.toBe(first.pid);
      expect(second.exitCode).toBeNull();
      expect(lines).toEqual(['selection exited (SIGKILL); restarting in 50 ms']);
    } finally {
      await s.stop();
    }
  });

  it('waits twice as long after each crash in a row, up to the limit', async () => {
    const lines: string[] = [];
    const s = supervise({
      name: 'outreach',
      spawn: crashing,
      log: (l) => lines.push(l),
      initialDelayMs: 10,
      maxDelayMs: 40,
    });
    await until(() => (lines.length >= 5 ? true : undefined));
    await s.stop();
    expect(lines.slice(0, 5)).toEqual(
      [10, 20, 40, 40, 40].map((ms) => `outreach exited (code 3); restarting in ${ms} ms`),
    );
  });

  it('restarts nothing once stopped', async () => {
    const lines: string[] = [];
    const s = supervise({ name: 'gateway', spawn: forever, log: (l) => lines.push(l), initialDelayMs: 10 });
    const child = s.child!;
    await s.stop();
    expect(child.signalCode).toBe('SIGTERM');
    await sleep(100);
    expect(s.child).toBeUndefined();
    expect(lines).toEqual([]);
  });
});
