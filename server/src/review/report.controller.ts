import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal, Purpose } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../common/app-error.js';
import { renderReportHtml } from './report-html.js';
import { renderReportPdf } from './report-pdf.js';
import { ReportService } from './report.service.js';
import { READERS } from './review-access.js';

/**
 * The social report as a document: GET /api/reports/:id.pdf (generated here) or :id.html (to
 * print). The global AccessGuard applies the same rules as GraphQL: a session (Bearer token or
 * the session cookie), a police reader role, a stated purpose (header, or `purpose` in the query
 * for a plain link) and a rate limit; the service scopes by district and audits before sending.
 * Errors become their HTTP status through AppErrorFilter.
 */
@Controller('api/reports')
export class ReportController {
  constructor(@Inject(ReportService) private readonly reports: ReportService) {}

  @Access({ roles: READERS, purpose: true, limit: 'reports' })
  @Get(':file')
  async document(
    @Param('file') file: string,
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    const match = /^(.{1,240})\.(pdf|html)$/.exec(file);
    if (!match)
      throw new AppError('NOT_FOUND', {
        da: 'Bed om <underretnings-id>.pdf eller <underretnings-id>.html',
        en: 'Ask for <report id>.pdf or <report id>.html',
      });
    const [, id, format] = match as unknown as [string, string, 'pdf' | 'html'];
    const report = await this.reports.document(principal, purpose, id, format);
    if (format === 'html') {
      res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      res.type('html').send(renderReportHtml(report));
      return;
    }
    const pdf = await renderReportPdf(report);
    res.setHeader('content-disposition', `attachment; filename="underretning-${report.reference}.pdf"`);
    res.type('application/pdf').send(Buffer.from(pdf));
  }
}
