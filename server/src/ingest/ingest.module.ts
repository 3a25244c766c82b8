import { Global, Module } from '@nestjs/common';
import { IngestEvents } from './ingest-events.js';
import { IngestResolver } from './ingest.resolver.js';
import { IngestService } from './ingest.service.js';
import { ProvenanceRepository } from './provenance.repository.js';

@Global()
@Module({
  providers: [IngestService, IngestEvents, IngestResolver, ProvenanceRepository],
  exports: [IngestService, IngestEvents, ProvenanceRepository],
})
export class IngestModule {}
