// CPU time of the processes behind a target, from Linux's /proc: what one request costs a proxy, whatever else
// the machine runs meanwhile (req/s on a shared 2-core machine drifts with the others' load; this does less).
import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in ticks of 10 ms on every architecture Node runs on. */
const msPerTick = 10;

const ticksOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of stat)
};

/** A process and its children (nginx's worker), by pid. */
export function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return [pid, ...children.filter(Boolean).map(Number).flatMap(processTree)];
  } catch {
    return [pid];
  }
}

/** CPU ms used by `pids` since the returned function was made; undefined where /proc cannot tell. */
export function cpuMeter(pids: number[]): () => number | undefined {
  try {
    const before = pids.reduce((sum, pid) => sum + ticksOf(pid), 0);
    return () => {
      try {
        return (pids.reduce((sum, pid) => sum + ticksOf(pid), 0) - before) * msPerTick;
      } catch {
        return undefined;
      }
    };
  } catch {
    return () => undefined;
  }
}
