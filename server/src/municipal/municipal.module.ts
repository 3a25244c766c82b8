import { Module } from '@nestjs/common';
import { MunicipalScanScheduler } from './municipal-scan.scheduler.js';
import { MunicipalResolver } from './municipal.resolver.js';
import { MunicipalService } from './municipal.service.js';

@Module({ providers: [MunicipalService, MunicipalResolver, MunicipalScanScheduler] })
export class MunicipalModule {}
