import { Global, Module } from '@nestjs/common';
import { FlagMigration } from './flag-migration.js';
import { FlagWriter } from './flag-writer.service.js';
import { FlagsResolver } from './flags.resolver.js';
import { FlagsService } from './flags.service.js';
import { ScanScheduler } from './scan.scheduler.js';
import { ScreeningService } from './screening.service.js';

/** Flags: identity, immutable versions, the only writer of live flags, reading and the weekly screening. */
@Global()
@Module({
  providers: [FlagWriter, FlagsService, ScreeningService, ScanScheduler, FlagMigration, FlagsResolver],
  exports: [FlagsService, ScreeningService, ScanScheduler, FlagMigration],
})
export class FlagsModule {}
