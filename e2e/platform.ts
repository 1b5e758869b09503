import { repoRoot } from '@ikiraro/local-infra';
import { join } from 'node:path';
import { startService, type ServiceUnderTest } from '@ikiraro/testing';
import { startGateway } from '../services/gateway/src/gateway.testing.ts';
import { AppModule as FundingModule } from '../services/funding/src/app.module.ts';
import { AppModule as NotificationsModule } from '../services/notifications/src/app.module.ts';
import { AppModule as OutreachModule } from '../services/outreach/src/app.module.ts';
import { AppModule as PlacementModule } from '../services/placement/src/app.module.ts';
import { AppModule as ReportingModule } from '../services/reporting/src/app.module.ts';
import { AppModule as SelectionModule } from '../services/selection/src/app.module.ts';
import { AppModule as TrainingModule } from '../services/training/src/app.module.ts';

export { admin } from '../services/gateway/src/gateway.testing.ts';

/** The gateway's settings for a journey in a browser: the built portal, and limits wide enough for one address. */
export const journeyEnv = (env: Record<string, string> = {}) => ({
  PORTAL_DIR: join(repoRoot, 'services/portal/dist'),
  RATE_LIMIT_PER_MINUTE: '10000',
  AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  ...env,
});

export interface Platform {
  gateway: Awaited<ReturnType<typeof startGateway>>;
  services: Record<
    'outreach' | 'selection' | 'placement' | 'training' | 'funding' | 'notifications' | 'reporting',
    ServiceUnderTest
  >;
  close(): Promise<void>;
}

/** The whole platform behind its gateway, in this test process, on the run's Kafka and database. */
export async function startPlatform(env: Record<string, string> = {}): Promise<Platform> {
  const [outreach, selection, placement, training, funding, notifications, reporting] = await Promise.all([
    startService(OutreachModule),
    startService(SelectionModule),
    startService(PlacementModule),
    startService(TrainingModule),
    startService(FundingModule),
    startService(NotificationsModule),
    startService(ReportingModule),
  ]);
  const services = { outreach, selection, placement, training, funding, notifications, reporting };
  const gateway = await startGateway(
    env,
    Object.fromEntries(Object.entries(services).map(([name, service]) => [name, service.url])),
  );
  return {
    gateway,
    services,
    async close() {
      await gateway.close();
      await Promise.all(Object.values(services).map((service) => service.close()));
    },
  };
}
