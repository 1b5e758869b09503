import { bootstrapService } from '@ikiraro/service-defaults';
import { AppModule } from './app.module.ts';

await bootstrapService(AppModule);
