import type { ChildProcess } from 'node:child_process';

export interface SuperviseOptions {
  /** Names the process in what the supervisor says. */
  name: string;
  /** Starts (again) the process to keep running. */
  spawn: () => ChildProcess;
  log: (line: string) => void;
  /** First wait before a restart; doubles at each crash in a row, up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A process that stayed up this long before it died is restarted after `initialDelayMs` again. */
  resetAfterMs?: number;
}

export interface Supervised {
  /** The running process, if any (none while it waits to be restarted). */
  readonly child: ChildProcess | undefined;
  /** How many times the process has exited on its own. */
  readonly exits: number;
  /** Stops the process (SIGTERM, SIGKILL after `graceMs`) and restarts it no more. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Keeps a process running as a supervisor would: when it exits on its own, it is started again after a backoff
 * (1 s doubling to 30 s by default), and each restart is said in the log. `stop` is the only way to end it.
 */
export function supervise(o: SuperviseOptions): Supervised {
  const initial = o.initialDelayMs ?? 1000;
  const max = o.maxDelayMs ?? 30_000;
  const resetAfter = o.resetAfterMs ?? 60_000;
  let delay = initial;
  let child: ChildProcess | undefined;
  let exits = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const start = () => {
    timer = undefined;
    const startedAt = Date.now();
    const current = o.spawn();
    child = current;
    current.once('exit', (code, signal) => {
      if (child === current) child = undefined;
      if (stopping) return;
      exits += 1;
      if (Date.now() - startedAt >= resetAfter) delay = initial;
      o.log(`${o.name} exited (${signal ?? `code ${code}`}); restarting in ${seconds(delay)}`);
      timer = setTimeout(start, delay);
      delay = Math.min(delay * 2, max);
    });
  };
  start();

  return {
    get child() {
      return child;
    },
    get exits() {
      return exits;
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      if (timer) clearTimeout(timer);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        current.once('exit', () => resolve());
        current.kill('SIGTERM');
        setTimeout(() => current.kill('SIGKILL'), graceMs).unref();
      });
    },
  };
}

const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);
