import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';
import { FlagsService } from './flags.service.js';
import { RiskResolver } from './risk.resolver.js';
import { RuleRegistry } from './rule-registry.js';
import { ScanScheduler } from './scan.scheduler.js';
import { ScanService } from './scan.service.js';

@Global()
@Module({
  providers: [Clock, RuleRegistry, ScanService, FlagsService, RiskResolver, ScanScheduler],
  exports: [Clock, RuleRegistry, ScanService, FlagsService],
})
export class RiskModule {}
