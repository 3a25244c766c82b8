import { Module } from '@nestjs/common';
import { MunicipalResolver } from './municipal.resolver.js';
import { MunicipalService } from './municipal.service.js';

@Module({ providers: [MunicipalService, MunicipalResolver] })
export class MunicipalModule {}
