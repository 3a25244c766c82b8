import { Global, Module } from '@nestjs/common';
import { IngestEvents } from './ingest-events.js';
import { IngestResolver } from './ingest.resolver.js';
import { IngestService } from './ingest.service.js';

@Global()
@Module({ providers: [IngestService, IngestEvents, IngestResolver], exports: [IngestService, IngestEvents] })
export class IngestModule {}
