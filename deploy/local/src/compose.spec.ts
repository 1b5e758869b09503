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
}
const compose = parse(readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};

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
      expect(entry.ports).toContain(`${port}:${port}`);
      expect(entry.environment).toHaveProperty('AUTH_PUBLIC_KEY');
      // Every service's variables are checked here; the gateway's and outreach's own are checked at their boot.
      if (name === 'gateway' || name === 'outreach') return;
      const known = Object.keys(new ServiceEnv());
      for (const variable of Object.keys(entry.environment ?? {}))
        expect(known.concat(['MONGODB_URI', 'KAFKA_BROKERS', 'AUTH_PUBLIC_KEY'])).toContain(variable);
    },
  );

  it('runs the Kafka release the local launcher pins, and MongoDB 7', () => {
    const pom = readFileSync(join(repoRoot, 'deploy/local/kafka/pom.xml'), 'utf8');
    const pinned = /<kafka\.version>([^<]+)</.exec(pom)![1];
    expect(compose.services.kafka.image).toBe(`apache/kafka:${pinned}`);
    expect(compose.services.mongo.image).toBe('mongo:7');
  });
});
