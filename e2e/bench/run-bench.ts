import { repoRoot } from '@ikiraro/local-infra';
import { execFile } from 'node:child_process';

/**
 * Runs a benchmark script as `npm run bench:*` does, as a child process, against this run's Kafka and database
 * (KAFKA_BROKERS / MONGODB_URI from jest's global setup, which the script's startTestInfra takes as external).
 * Smoke runs check that it finishes and prints every figure; how fast is the benchmark's business.
 */
export function runBench(
  script: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', script],
      { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: '', ...env }, timeout: timeoutMs },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    ),
  );
}
