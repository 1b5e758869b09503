import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ServiceEnv } from '@ikiraro/service-defaults';
import { repoRoot } from './paths.ts';
import { services } from './services.ts';

// docker-compose.yml cannot run on a machine without Docker; this keeps it consistent with what does run.
interface ComposeService {
  image?: string;
  build?: { args?: { SERVICE?: string } };
  environment?: Record<string, string | number>;
  ports?: string[];
  networks?: string[];
  network_mode?: string;
  command?: string[];
  entrypoint?: string[];
  healthcheck?: { test: string[] };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
}
// `merge`: what each service takes from the `<<: *service` defaults is part of it, as for docker compose.
const read = (path: string) =>
  parse(readFileSync(join(repoRoot, path), 'utf8'), { merge: true }) as ComposeFile;
const compose = read('docker-compose.yml');
/** What the gateway publishes: its port, on the host; nothing else of the platform is reachable from outside. */
const published = { gateway: ['3100:3100'] } as Record<string, string[]>;
/** Who may write out, and why: the gateway answers the world; notifications writes to the mail relay and webhooks. */
const leadsOut = ['gateway', 'notifications'];

describe('docker-compose.yml', () => {
  it('lists every service folder that has a main.ts, and npm start does too', () => {
    const folders = readdirSync(join(repoRoot, 'services')).filter((d) =>
      existsSync(join(repoRoot, 'services', d, 'src/main.ts')),
    );
    expect(services.map((s) => s.name).sort()).toEqual(folders.sort());
    for (const folder of folders) expect(Object.keys(compose.services)).toContain(folder);
  });

  it.each(services)(
    'runs $name from its own image with the same port and settings as npm start',
    ({ name, port }) => {
      const entry = compose.services[name];
      expect(entry.build?.args?.SERVICE).toBe(name);
      expect(entry.environment).toMatchObject({ PORT: port });
      expect(entry.environment).toHaveProperty('MONGODB_URI');
      expect(entry.environment).toHaveProperty('KAFKA_BROKERS');
      if (name === 'gateway') expect(entry.ports).toEqual([`${port}:${port}`]);
      expect(entry.environment).toHaveProperty('AUTH_PUBLIC_KEY');
      // Every service's variables are checked here; those with settings of their own check them at their boot.
      if (['gateway', 'outreach', 'training', 'notifications'].includes(name)) return;
      const known = Object.keys(new ServiceEnv());
      for (const variable of Object.keys(entry.environment ?? {}))
        expect(known.concat(['MONGODB_URI', 'KAFKA_BROKERS', 'AUTH_PUBLIC_KEY'])).toContain(variable);
    },
  );

  it('publishes a port on the host for the gateway only, and keeps everything else on the internal network (notifications also writes out)', () => {
    expect(compose.networks?.internal).toEqual({ internal: true });
    for (const [name, entry] of Object.entries(compose.services)) {
      expect({ name, ports: entry.ports ?? [] }).toEqual({ name, ports: published[name] ?? [] });
      expect({ name, networkMode: entry.network_mode }).toEqual({ name, networkMode: undefined });
      // Only those that must also join a network that leads out; a service with no network gets the default one.
      expect({ name, networks: entry.networks }).toEqual({
        name,
        networks: leadsOut.includes(name) ? ['internal', 'edge'] : ['internal'],
      });
    }
  });

  it('opens the mail catcher’s UI only on request, and on this machine’s loopback only', () => {
    const extra = read('deploy/docker/compose.mail-ui.yml');
    expect(Object.keys(extra.services)).toEqual(['mail']);
    for (const port of extra.services.mail!.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('runs MongoDB with authentication, and every service connects with the same credentials', () => {
    const mongo = compose.services.mongo!;
    const user = String(mongo.environment?.MONGO_INITDB_ROOT_USERNAME ?? '');
    const password = String(mongo.environment?.MONGO_INITDB_ROOT_PASSWORD ?? '');
    // From the environment, with a default for local use only.
    expect(user).toMatch(/^\$\{MONGO_ROOT_USERNAME:-.+\}$/);
    expect(password).toMatch(/^\$\{MONGO_ROOT_PASSWORD:-.+\}$/);
    const start = [...(mongo.entrypoint ?? []), ...(mongo.command ?? [])].join(' ');
    expect(start).not.toMatch(/--noauth/);
    // A replica set with users starts only with a key file.
    expect(start).toMatch(/--replSet rs0 .*--keyFile /);
    expect(mongo.healthcheck?.test.join(' ')).toMatch(
      /-u "\$\$MONGO_INITDB_ROOT_USERNAME" -p "\$\$MONGO_INITDB_ROOT_PASSWORD"/,
    );
    for (const { name } of services) {
      const uri = String(compose.services[name]!.environment?.MONGODB_URI);
      expect({ name, uri }).toEqual({
        name,
        uri: `mongodb://${user}:${password}@mongo:27017/?replicaSet=rs0&authSource=admin`,
      });
    }
  });

  it('runs the Kafka release the local launcher pins, and MongoDB 7', () => {
    const pom = readFileSync(join(repoRoot, 'deploy/local/kafka/pom.xml'), 'utf8');
    const pinned = /<kafka\.version>([^<]+)</.exec(pom)![1];
    expect(compose.services.kafka.image).toBe(`apache/kafka:${pinned}`);
    expect(compose.services.mongo.image).toBe('mongo:7');
  });
});
