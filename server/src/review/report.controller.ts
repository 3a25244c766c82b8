import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/access.guard.js';
import { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { PURPOSE_HEADER, configuredReasons, parsePurpose } from '../auth/purpose.js';
import { AppError, type ErrorCode } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { rootLogger } from '../logging/logger.js';
import { renderReportHtml } from './report-html.js';
import { renderReportPdf } from './report-pdf.js';
import { ReportService } from './report.service.js';
import { READERS } from './review-access.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PURPOSE_REQUIRED: 400,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  AUDIT_UNAVAILABLE: 503,
};

/**
 * The social report as a document: GET /api/reports/:id.pdf (generated here) or :id.html (to
 * print). The same rules as GraphQL: a session (Bearer token or the session cookie), a police
 * reader role, district scoping, a stated purpose (header, or `purpose` in the query for a plain
 * link), and an audit entry before anything is sent.
 */
@Controller('api/reports')
export class ReportController {
  private readonly reasons: string[];

  constructor(
    @Inject(ReportService) private readonly reports: ReportService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reasons = configuredReasons(config.OPSPOR_PURPOSE_REASONS);
  }

  @Get(':file')
  async document(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    try {
      const match = /^(.{1,240})\.(pdf|html)$/.exec(file);
      if (!match) throw new AppError('NOT_FOUND', 'Ask for <report id>.pdf or <report id>.html');
      const [, id, format] = match as unknown as [string, string, 'pdf' | 'html'];
      const principal = await this.principal(req);
      const query = typeof req.query.purpose === 'string' ? req.query.purpose : undefined;
      const purpose = parsePurpose(req.headers[PURPOSE_HEADER] ?? query, this.reasons);
      const report = await this.reports.document(principal, purpose, id, format);
      if (format === 'html') {
        res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
        res.setHeader('x-content-type-options', 'nosniff');
        res.type('html').send(renderReportHtml(report));
        return;
      }
      const pdf = await renderReportPdf(report);
      res.setHeader('content-disposition', `attachment; filename="underretning-${report.reference}.pdf"`);
      res.type('application/pdf').send(Buffer.from(pdf));
    } catch (error) {
      const known = error instanceof AppError;
      if (!known) rootLogger.error({ err: error }, 'report document failed');
      const code: ErrorCode = known ? error.code : 'INTERNAL';
      const status = STATUS[code] ?? 500;
      res.status(status).json({ code, message: known && status < 500 ? error.message : 'The report could not be produced' });
    }
  }

  private async principal(req: Request): Promise<Principal> {
    const header = req.headers.authorization;
    const bearer = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const token = bearer || cookie;
    const principal = token ? await this.auth.principalForToken(token) : undefined;
    if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first (or the session has expired)');
    if (!(READERS as readonly string[]).includes(principal.role))
      throw new AppError('FORBIDDEN', `The role ${principal.role} may not do this`);
    return principal;
  }
}
