import { Inject, Injectable } from '@nestjs/common';
import { todayInCopenhagen } from '@opspor/contract';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';

/**
 * "Today" for the services that need a default evaluation date (the incremental re-check, the
 * weekly scan). Rules never read the clock: they get asOf as a parameter.
 */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  today(): string {
    if (this.config.OPSPOR_CLOCK_DATE) return this.config.OPSPOR_CLOCK_DATE;
    return todayInCopenhagen(new Date());
  }
}
