import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from './config.token.js';
import { parseConfig } from './config.schema.js';

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => parseConfig(process.env) }, Clock],
  exports: [APP_CONFIG, Clock],
})
export class ConfigModule {}
