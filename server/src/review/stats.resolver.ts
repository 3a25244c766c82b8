import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { ReviewStatisticsModel } from './models/stats.model.js';
import { READERS } from './review-access.js';
import { StatsService } from './stats.service.js';

export const ALL_DISTRICTS = 'ALL';

@Resolver()
export class StatsResolver {
  constructor(@Inject(StatsService) private readonly stats: StatsService) {}

  @Access({ roles: READERS })
  @Query(() => ReviewStatisticsModel, {
    description: 'Flags raised, reports sent, dismissals, rule relevance and flag rates. Aggregates only, no person data.',
  })
  reviewStatistics(
    @CurrentPrincipal() principal: Principal,
    @Args('fromMonth', { type: () => String, description: 'YYYY-MM' }) fromMonth: string,
    @Args('toMonth', { type: () => String, description: 'YYYY-MM (inclusive)' }) toMonth: string,
    @Args('districtCode', {
      type: () => String,
      nullable: true,
      description: `a district code, or ${ALL_DISTRICTS}; default: a coordinator's own district`,
    })
    districtCode: string | null,
    @Args('populationDate', { type: () => String, nullable: true, description: 'YYYY-MM-DD; default: the end of the period (or today)' })
    populationDate: string | null,
  ): Promise<ReviewStatisticsModel> {
    const own = principal.role === 'coordinator' ? principal.districtCode : null;
    const district = districtCode === ALL_DISTRICTS ? null : (districtCode ?? own);
    return this.stats.statistics({ fromMonth, toMonth, districtCode: district, populationDate: populationDate ?? null });
  }
}
