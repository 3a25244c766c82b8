import { Module } from '@nestjs/common';
import { RetentionResolver } from './retention.resolver.js';
import { RetentionService } from './retention.service.js';

@Module({ providers: [RetentionService, RetentionResolver], exports: [RetentionService] })
export class RetentionModule {}
