import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { configuredReasons } from '@opspor/contract';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { Access } from './access.decorator.js';

/** The purposes a read of person data may state besides a journal number: the configuration's, once. */
@Resolver()
export class PurposeResolver {
  private readonly reasons: string[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.reasons = configuredReasons(config.OPSPOR_PURPOSE_REASONS);
  }

  @Access({ roles: 'authenticated' })
  @Query(() => [String], {
    description: 'The configured reasons a read of person data may state (OPSPOR_PURPOSE_REASONS); a journal number is always accepted too',
  })
  purposeReasons(): string[] {
    return this.reasons;
  }
}
