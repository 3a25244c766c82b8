import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { NotFoundError, THING } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { decodeSignals } from '../flags/index.js';
import { ReviewAccess } from './review-access.js';
import type { CaseDetailModel } from './models/review.model.js';

interface CaseDetailRow {
  case: {
    id: string;
    journalNo: string;
    category: string;
    summary: string | null;
    keywords: string[];
    occurredAt: string;
    districtCode: string;
  };
  involved: ({ personId: string; name: string; birthDate: string | null; role: string } | null)[];
}

/**
 * A case's full detail behind a flag's evidence. The flag views show only category, date, role
 * and district; this is the explicit, audited step to the journal number, summary and everyone
 * involved. Only cases that are evidence of the flag can be opened this way.
 */
@Injectable()
export class CaseDetailService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReviewAccess) private readonly access: ReviewAccess,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  async detail(principal: Principal, purpose: string, flagId: string, caseId: string): Promise<CaseDetailModel> {
    const state = await this.access.load(principal, flagId, 'flagCaseDetail', purpose, 'read');
    const id = caseId.slice(0, 200);
    const signals = decodeSignals(state.flag.signals);
    const isEvidence = signals.some((s) => s.evidence.some((e) => e.kind === 'case' && e.id === id));
    const [row] = isEvidence ? await this.graph.read<CaseDetailRow>('review/case-detail', { caseId: id }) : [];
    if (!row) {
      await this.audit.record({
        actor: principal,
        operation: 'flagCaseDetail',
        purpose,
        outcome: 'denied',
        detail: { flagId: state.flag.id, caseId: id, reason: 'not evidence of this flag' },
      });
      throw new NotFoundError(THING.case, id);
    }
    const involved = row.involved.filter((i) => i !== null);
    await this.audit.record({
      actor: principal,
      operation: 'flagCaseDetail',
      purpose,
      personIds: involved.map((i) => i.personId),
      detail: { flagId: state.flag.id, caseId: id, journalNo: row.case.journalNo },
    });
    const c = row.case;
    return {
      caseId: c.id,
      journalNo: c.journalNo,
      category: c.category,
      categoryLabel: this.reference.category(c.category)?.labelDa ?? c.category,
      occurredAt: c.occurredAt,
      districtCode: c.districtCode,
      summary: c.summary,
      keywords: c.keywords ?? [],
      involved: involved.map((i) => ({ personId: i.personId, name: i.name, birthDate: i.birthDate, role: i.role })),
    };
  }
}
