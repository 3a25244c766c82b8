import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';
import { retentionCutoffs, type RetentionCutoffs } from './retention-periods.js';

const BATCH = 5000;

export interface CategoryPreview {
  category: string;
  /** older than the category's cutoff but cited by a flag, flag version or approved report: kept */
  kept: number;
  deletable: number;
  oldest: string | null;
  newest: string | null;
}

export interface RetentionPreview {
  cutoffs: RetentionCutoffs;
  cases: CategoryPreview[];
  casesDeletable: number;
  casesKept: number;
  indicatorsDeletable: number;
  supportFlagsDeletable: number;
  dismissedFlagsDeletable: number;
}

export interface RetentionReport {
  casesDeleted: number;
  casesKept: number;
  flagsDeleted: number;
  indicatorsDeleted: number;
  supportFlagsDeleted: number;
  caseCutoff: string;
  flagCutoff: string;
  indicatorCutoff: string;
  supportFlagCutoff: string;
}

interface Cited {
  cases: string[];
  indicators: string[];
}

/**
 * Retention that respects evidence: deletes cases older than their category's period unless a flag,
 * a flag version or an approved report cites them; municipal indicators (unless a support flag cites
 * them) and inactive support flags after their own periods; flags dismissed long ago. In batches
 * (bounded transactions); a preview shows what a run would do; every run is audited.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  cutoffs(now: Date): RetentionCutoffs {
    return retentionCutoffs(now, this.config);
  }

  async preview(now: Date): Promise<RetentionPreview> {
    const cutoffs = this.cutoffs(now);
    const cited = await this.cited();
    const cases = await this.graph.read<CategoryPreview>('retention/case-preview', { ...this.caseParams(cutoffs), cited: cited.cases });
    const [counts] = await this.graph.read<{ indicators: number; supportFlags: number; dismissedFlags: number }>(
      'retention/preview-counts',
      {
        indicatorCutoff: cutoffs.indicators,
        citedIndicators: cited.indicators,
        supportFlagCutoff: cutoffs.supportFlags,
        flagCutoff: cutoffs.dismissedFlags,
      },
    );
    return {
      cutoffs,
      cases,
      casesDeletable: cases.reduce((n, c) => n + c.deletable, 0),
      casesKept: cases.reduce((n, c) => n + c.kept, 0),
      indicatorsDeletable: counts?.indicators ?? 0,
      supportFlagsDeletable: counts?.supportFlags ?? 0,
      dismissedFlagsDeletable: counts?.dismissedFlags ?? 0,
    };
  }

  async purge(now: Date = new Date(), actor: { id: string; role: string } = { id: 'system', role: 'system' }): Promise<RetentionReport> {
    const cutoffs = this.cutoffs(now);
    // dismissed flags first: what only they cited is then free to go in the same run
    const flagsDeleted = await this.batches('retention/purge-dismissed-flags', { cutoff: cutoffs.dismissedFlags });
    const supportFlagsDeleted = await this.batches('retention/purge-support-flags', { cutoff: cutoffs.supportFlags });
    const cited = await this.cited();
    const kept = (
      await this.graph.read<CategoryPreview>('retention/case-preview', { ...this.caseParams(cutoffs), cited: cited.cases })
    ).reduce((n, c) => n + c.kept, 0);
    const report: RetentionReport = {
      casesDeleted: await this.batches('retention/purge-cases', { ...this.caseParams(cutoffs), cited: cited.cases }),
      casesKept: kept,
      flagsDeleted,
      indicatorsDeleted: await this.batches('retention/purge-indicators', { cutoff: cutoffs.indicators, cited: cited.indicators }),
      supportFlagsDeleted,
      caseCutoff: cutoffs.cases,
      flagCutoff: cutoffs.dismissedFlags,
      indicatorCutoff: cutoffs.indicators,
      supportFlagCutoff: cutoffs.supportFlags,
    };
    await this.audit.record({ actor, operation: 'retention', detail: { ...report, categoryCutoffs: cutoffs.byCategory } }, now);
    this.logger.log(
      `retention: ${report.casesDeleted} cases (${report.casesKept} old but cited, kept), ${report.indicatorsDeleted} indicators, ` +
        `${report.supportFlagsDeleted} support flags, ${report.flagsDeleted} dismissed flags deleted`,
    );
    return report;
  }

  private caseParams(cutoffs: RetentionCutoffs): Record<string, unknown> {
    const all = [cutoffs.cases, ...Object.values(cutoffs.byCategory)].sort();
    return {
      defaultCutoff: `${cutoffs.cases}T00:00:00Z`,
      cutoffs: Object.fromEntries(Object.entries(cutoffs.byCategory).map(([k, v]) => [k, `${v}T00:00:00Z`])),
      latestCutoff: `${all[all.length - 1] ?? cutoffs.cases}T00:00:00Z`,
    };
  }

  /** The case and indicator ids cited anywhere (flags, flag versions, approved reports, support flags). */
  private async cited(): Promise<Cited> {
    const rows = await this.graph.read<{ ids: string[] | null; signals: string | null }>('retention/cited');
    const cases = new Set<string>();
    const indicators = new Set<string>();
    for (const row of rows) {
      for (const id of row.ids ?? []) cases.add(id);
      for (const e of evidenceIn(row.signals)) {
        if (e.kind === 'case') cases.add(e.id);
        else if (e.kind === 'indicator') indicators.add(e.id);
      }
    }
    return { cases: [...cases], indicators: [...indicators] };
  }

  private async batches(name: string, params: Record<string, unknown>): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.graph.write<{ deleted: number }>(name, { ...params, batchSize: BATCH });
      total += row?.deleted ?? 0;
      if ((row?.deleted ?? 0) < BATCH) return total;
    }
  }
}

/** The evidence items in a stored signals JSON (unreadable or missing: none). */
function evidenceIn(signals: string | null): { kind: string; id: string }[] {
  if (!signals) return [];
  try {
    const parsed = JSON.parse(signals) as { evidence?: { kind?: unknown; id?: unknown }[] }[];
    return parsed.flatMap((s) =>
      (s.evidence ?? []).flatMap((e) => (typeof e.kind === 'string' && typeof e.id === 'string' ? [{ kind: e.kind, id: e.id }] : [])),
    );
  } catch {
    return [];
  }
}
