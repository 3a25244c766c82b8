import { Module } from '@nestjs/common';
import { FamilyResolver } from './family.resolver.js';
import { FamilyService } from './family.service.js';
import { PersonAccessService } from './person-access.service.js';
import { FamilyRepository, PeopleRepository } from './people.repository.js';
import { PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

/** Persons, kinship, residence, and the family explorer's view (genogram, households, histories). */
@Module({
  providers: [PeopleRepository, FamilyRepository, PersonAccessService, PeopleService, FamilyService, PeopleResolver, FamilyResolver],
  exports: [PersonAccessService, PeopleRepository],
})
export class PeopleModule {}
