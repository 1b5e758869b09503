import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  MongooseHealthIndicator,
} from '@nestjs/terminus';
import { KafkaConnection, KafkaEventServer } from '@ikiraro/messaging';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly mongoose: MongooseHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly kafka: KafkaConnection,
    private readonly events: KafkaEventServer,
  ) {}

  /** The process is up (for a liveness probe: restart when this fails). */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * The database and the broker answer, and the service's consumers have joined their group (for a readiness
   * probe: send no traffic until this passes). A service answers HTTP before it is ready.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.mongoose.pingCheck('mongodb', { timeout: 2000 }),
      async () => {
        const kafka = this.indicators.check('kafka');
        return (await this.kafka.healthy()) ? kafka.up() : kafka.down();
      },
      () => {
        const consumer = this.indicators.check('consumer');
        return !this.events.consumes || this.events.consuming
          ? consumer.up()
          : consumer.down({ joining: true });
      },
    ]);
  }
}
