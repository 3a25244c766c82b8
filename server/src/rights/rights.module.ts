import { Module } from '@nestjs/common';
import { SubjectAccessResolver } from './subject-access.resolver.js';
import { SubjectAccessService } from './subject-access.service.js';

/** People's rights: the data-subject extract (police and municipal). */
@Module({ providers: [SubjectAccessService, SubjectAccessResolver] })
export class RightsModule {}
