import { bootstrapService } from '@ikiraro/service-defaults';
import { AppModule } from './app.module.ts';
import { configureGateway } from './gateway.setup.ts';

await bootstrapService(AppModule, { configure: configureGateway });
