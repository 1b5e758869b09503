// npm run infra -- up | down | status | logs [kafka|ferretdb|postgres]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { down, logFiles, status, up, versions } from './infra.ts';
import { localInfraOptions } from './local.config.ts';

const log = (line: string) => console.log(`[infra] ${line}`);
const [command = 'status', component] = process.argv.slice(2);
const options = localInfraOptions(log);

async function main(): Promise<number> {
  switch (command) {
    case 'up': {
      const started = Date.now();
      const infra = await up(options);
      log(`Kafka ${options.external?.kafkaBrokers ? '(external)' : versions.kafka}: ${infra.kafkaBrokers}`);
      log(
        `MongoDB wire ${options.external?.mongodbUri ? '(external)' : `FerretDB ${versions.ferretdb} on ${options.backend}`}: ${infra.mongodbUri}`,
      );
      log(`healthy in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    case 'down': {
      const stopped = await down(options.dir);
      log(
        Object.entries(stopped)
          .map(([name, was]) => `${name} ${was ? 'stopped' : 'was not running'}`)
          .join('; '),
      );
      return 0;
    }
    case 'status': {
      const { backend, ...s } = status(options.dir);
      for (const [name, c] of Object.entries(s)) {
        if (name === 'postgres' && backend === 'sqlite' && !c.running) continue;
        const on = name === 'ferretdb' && s.ferretdb.backend ? ` (${s.ferretdb.backend})` : '';
        log(`${name.padEnd(8)} ${c.running ? `running (pid ${c.pid}) on ${c.address}${on}` : 'stopped'}`);
      }
      return s.kafka.running && s.ferretdb.running && (backend === 'sqlite' || s.postgres.running) ? 0 : 3;
    }
    case 'logs': {
      const files = Object.entries(logFiles(options.dir))
        .filter(([name, file]) => (!component || name === component) && existsSync(file))
        .map(([, file]) => file);
      if (files.length === 0) {
        log('no log files yet: run `npm run infra -- up` first');
        return 1;
      }
      const tail = spawn('tail', ['-n', '100', '-F', ...files], { stdio: 'inherit' });
      await new Promise((resolve) => tail.on('close', resolve));
      return 0;
    }
    default:
      console.error('usage: npm run infra -- up | down | status | logs [kafka|ferretdb|postgres]');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[infra] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
