import { Module } from '@nestjs/common';
import { CaseDetailService } from './case-detail.service.js';
import { ReportController } from './report.controller.js';
import { ReportService } from './report.service.js';
import { ReviewAccess } from './review-access.js';
import { ReviewClock } from './review.clock.js';
import { ReviewResolver } from './review.resolver.js';
import { ReviewService } from './review.service.js';
import { StatsResolver } from './stats.resolver.js';
import { StatsService } from './stats.service.js';
import { TriageService } from './triage.service.js';

/** The coordinator's workflow: triage, the social report, the municipality's feedback, statistics. */
@Module({
  controllers: [ReportController],
  providers: [
    ReviewClock,
    ReviewAccess,
    TriageService,
    ReportService,
    ReviewService,
    CaseDetailService,
    StatsService,
    ReviewResolver,
    StatsResolver,
  ],
  exports: [ReviewClock],
})
export class ReviewModule {}
