import { Global, Module } from '@nestjs/common';
import { RiskResolver } from './risk.resolver.js';
import { RuleRegistry } from './rule-registry.js';
import { ScanService } from './scan.service.js';

/** The rules and their evaluation. Writes nothing: the flags module owns flags. */
@Global()
@Module({
  providers: [RuleRegistry, ScanService, RiskResolver],
  exports: [RuleRegistry, ScanService],
})
export class RiskModule {}
