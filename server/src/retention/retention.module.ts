import { Module } from '@nestjs/common';
import { RetentionResolver } from './retention.resolver.js';
import { RETENTION_TICKER, RetentionScheduler, SYSTEM_TICKER } from './retention.scheduler.js';
import { RetentionService } from './retention.service.js';

@Module({
  providers: [RetentionService, RetentionResolver, RetentionScheduler, { provide: RETENTION_TICKER, useValue: SYSTEM_TICKER }],
  exports: [RetentionService],
})
export class RetentionModule {}
