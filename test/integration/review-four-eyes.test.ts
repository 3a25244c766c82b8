import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { UsersRepository } from '../../server/src/auth/users.repository.js';
import { ReviewClock } from '../../server/src/review/review.clock.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';
import {
  APPROVE,
  REQUEST,
  RETURN,
  SAVE,
  VIEW,
  approve,
  change,
  codeOf,
  draft,
  flaggedFamily,
  raiseFlag,
  requestApproval,
  type ReviewView,
} from './review.fixtures.js';
import { pdfText } from './review.pdf.js';

type User = Client & { username: string };

const QUEUE = `{ approvalQueue { flagId reportId reference version municipalityName childCount requestedByName requestedAt } }`;

let t: TestApp;
let P: string;
let n = 0;
let author: User;
let approver: User;
let elsewhere: User;

async function named(role: 'coordinator', districtCode: string, fullName: string, title: string): Promise<User> {
  const user = await signedIn(t, role, { districtCode });
  await t.app.get(UsersRepository).setNames(user.username, fullName, title);
  return user;
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  t.app.get(ReviewClock).today = () => '2025-03-02';
  [author, approver, elsewhere] = await Promise.all([
    named('coordinator', 'NJY', 'Anne Forfatter Juhl', 'Politikommissær'),
    named('coordinator', 'NJY', 'Bent Godkender Krog', 'Politiassistent'),
    named('coordinator', 'KBH', 'Carl Anden Kreds', 'Politikommissær'),
  ]);
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

async function flagInReview(): Promise<string> {
  n += 1;
  const id = await raiseFlag(t, flaggedFamily(`${P}f${n}-`));
  await change(author, id, 'IN_REVIEW', 'Tager sagen');
  return id;
}

async function queueOf(c: Client): Promise<{ flagId: string; version: number; requestedByName: string }[]> {
  return (await c.ok<{ approvalQueue: { flagId: string; version: number; requestedByName: string }[] }>(QUEUE)).approvalQueue;
}

describe('four eyes as a workflow', () => {
  it('request → return with a comment → revise → approve, visible in the queue and the history, every step audited', async () => {
    const id = await flagInReview();
    const saved = await draft(author, id, undefined, undefined, { request: false });
    expect(saved.report?.status).toBe('DRAFT');
    expect(saved.canRequestApproval).toBe(true);
    // A draft nobody asked about is in nobody's queue.
    expect((await queueOf(approver)).some((q) => q.flagId === id)).toBe(false);

    const requested = await requestApproval(author, id, saved.report!.version);
    expect(requested.report).toMatchObject({ status: 'AWAITING_APPROVAL', requestedBy: author.username });
    expect(requested.canApprove).toBe(false);
    const queued = (await queueOf(approver)).find((q) => q.flagId === id);
    expect(queued).toMatchObject({ version: 1, requestedByName: 'Anne Forfatter Juhl, Politikommissær' });
    // Not in the author's own queue, nor in another district's.
    expect((await queueOf(author)).some((q) => q.flagId === id)).toBe(false);
    expect((await queueOf(elsewhere)).some((q) => q.flagId === id)).toBe(false);

    // Returning needs a comment.
    const silent = await approver.gql(RETURN, { i: { flagId: id, version: 1, comment: '  ' } });
    expect(codeOf(silent)).toBe('BAD_USER_INPUT');
    expect(silent.errors?.[0]?.message).toMatch(/^comment: is required/);
    const returned = (
      await approver.ok<{ returnReport: ReviewView }>(RETURN, {
        i: { flagId: id, version: 1, comment: 'Beskriv hvordan pigen har det i skolen.' },
      })
    ).returnReport;
    expect(returned.report).toMatchObject({
      status: 'RETURNED',
      returnComment: 'Beskriv hvordan pigen har det i skolen.',
      returnedByName: 'Bent Godkender Krog, Politiassistent',
    });
    expect((await queueOf(approver)).some((q) => q.flagId === id)).toBe(false);

    // The author sees the comment and the history, revises and asks again.
    const seen = (await author.ok<{ flagReview: ReviewView }>(VIEW, { id })).flagReview;
    expect(seen.report?.returnComment).toBe('Beskriv hvordan pigen har det i skolen.');
    expect(seen.canRequestApproval).toBe(true);
    const revised = await draft(
      author,
      id,
      'Pigen er ifølge skolen ofte træt og trist om mandagen og har svært ved at koncentrere sig i timerne.',
    );
    expect(revised.report).toMatchObject({ status: 'AWAITING_APPROVAL', version: 2 });

    const approved = await approve(approver, id, 2);
    expect(approved.report).toMatchObject({
      status: 'APPROVED',
      approvedBy: approver.username,
      approverName: 'Bent Godkender Krog, Politiassistent',
      authorNames: ['Anne Forfatter Juhl, Politikommissær'],
      issueDate: '2025-03-02',
    });
    expect(approved.canReport).toBe(true);
    const history = approved.history.filter((e) => e.kind.startsWith('report-')).map((e) => [e.kind, e.actor, e.note]);
    expect(history).toEqual([
      ['report-saved', author.username, 'Udkast til underretning gemt (version 1)'],
      ['report-requested', author.username, 'Underretningen er sendt til godkendelse hos en anden koordinator'],
      ['report-returned', approver.username, 'Beskriv hvordan pigen har det i skolen.'],
      ['report-saved', author.username, 'Udkast til underretning gemt (version 2)'],
      ['report-requested', author.username, 'Underretningen er sendt til godkendelse hos en anden koordinator'],
      ['report-approved', approver.username, 'Godkendt'],
    ]);
    // the server's own notes in the reader's language (Accept-Language); a person's comment as written
    const english = await author.gql<{ flagReview: ReviewView }>(VIEW, { id }, { 'accept-language': 'en' });
    expect(english.data!.flagReview.history.filter((e) => e.kind.startsWith('report-')).map((e) => e.note)).toEqual([
      'Draft report saved (version 1)',
      'The report was sent to another coordinator for approval',
      'Beskriv hvordan pigen har det i skolen.',
      'Draft report saved (version 2)',
      'The report was sent to another coordinator for approval',
      'Godkendt',
    ]);
    const audit = t.app.get(AuditService);
    const ops = async (actor: string) =>
      (await audit.search({ actor, limit: 500 })).filter((e) => e.detail?.includes(id) && e.outcome === 'ok').map((e) => e.operation);
    expect(await ops(author.username)).toEqual(expect.arrayContaining(['saveReportDraft', 'requestReportApproval']));
    expect(await ops(approver.username)).toEqual(expect.arrayContaining(['returnReport', 'approveReport']));
  });

  it('the author can never approve or return their own report (server-enforced, audited as denied)', async () => {
    const id = await flagInReview();
    const saved = await draft(author, id);
    const own = await author.gql(APPROVE, { i: { flagId: id, version: saved.report!.version } });
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/Four eyes/);
    expect(codeOf(await author.gql(RETURN, { i: { flagId: id, version: saved.report!.version, comment: 'Selv' } }))).toBe('FORBIDDEN');
    // Someone who is not an author cannot ask for approval on the author's behalf.
    const again = await draft(author, id, undefined, undefined, { request: false });
    expect(codeOf(await approver.gql(REQUEST, { i: { flagId: id, version: again.report!.version } }))).toBe('FORBIDDEN');
    const denied = (await t.app.get(AuditService).search({ actor: author.username, operation: 'approveReport', limit: 50 })).filter((e) =>
      e.detail?.includes(id),
    );
    expect(denied.map((e) => e.outcome)).toEqual(['denied']);
    expect((await author.ok<{ flagReview: ReviewView }>(VIEW, { id })).flagReview.report?.status).toBe('DRAFT');
  });

  it('an edit while awaiting approval withdraws the request; approving a stale version is a CONFLICT', async () => {
    const id = await flagInReview();
    const first = await draft(author, id);
    await author.ok(SAVE, {
      i: {
        flagId: id,
        assessment: 'Pigen fortæller selv at hun er bange når faren kommer hjem om aftenen, og hun sover dårligt.',
        observed: 'Ved besøget i marts sad pigen alene på trappen og græd stille.',
        institution: 'ukendt',
      },
    });
    const stale = await approver.gql(APPROVE, { i: { flagId: id, version: first.report!.version } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ status: 'DRAFT', version: 2 });
  });

  it('50 concurrent approvals: exactly one wins, the rest get CONFLICT with the state as it is now', async () => {
    const id = await flagInReview();
    const saved = await draft(author, id);
    const approvers = await Promise.all(Array.from({ length: 5 }, () => signedIn(t, 'coordinator', { districtCode: 'NJY' })));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        approvers[i % approvers.length]!.gql(APPROVE, { i: { flagId: id, version: saved.report!.version } }),
      ),
    );
    const wins = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => codeOf(r) === 'CONFLICT');
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const c of conflicts) expect(c.errors?.[0]?.extensions).toMatchObject({ status: 'APPROVED', version: saved.report!.version });
    const view = (await author.ok<{ flagReview: ReviewView }>(VIEW, { id })).flagReview;
    expect(view.history.filter((e) => e.kind === 'report-approved')).toHaveLength(1);
  });

  it('the letter: Barnets lov § 133, the date, both full names with titles, the district’s contact block', async () => {
    const id = await flagInReview();
    const saved = await draft(author, id);
    const approved = await approve(approver, id, saved.report!.version);
    const reportId = approved.report!.id as string;
    const pdf = await fetch(
      `${t.url}/api/reports/${encodeURIComponent(reportId)}.pdf?purpose=${encodeURIComponent('Socialsøg-screening')}`,
      {
        headers: { authorization: `Bearer ${author.token}` },
      },
    );
    expect(pdf.status).toBe(200);
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('barnets lov § 133');
    expect(text).toContain('Dato: 02.03.2025');
    expect(text).toContain('Udarbejdet af Anne Forfatter Juhl, Politikommissær');
    expect(text).toContain('Godkendt af Bent Godkender Krog, Politiassistent den 02.03.2025');
    expect(text).toContain('Koordinatorfunktionen for underretninger');
    expect(text).toContain('njy-underretning@politi.example');
    expect(text).toContain('Hvad politiet har observeret om barnet');
    expect(text).toContain('Dagtilbud eller skole');
    expect(text).toContain('Modtager');
    expect(text).toContain('Aalborg Kommune');
    const html = await fetch(`${t.url}/api/reports/${encodeURIComponent(reportId)}.html`, {
      headers: { authorization: `Bearer ${approver.token}`, 'x-opspor-purpose': encodeURIComponent('Socialsøg-screening') },
    });
    const page = await html.text();
    for (const line of [
      'barnets lov § 133',
      'Dato: 02.03.2025',
      'Anne Forfatter Juhl, Politikommissær',
      'Bent Godkender Krog',
      'Telefon 114',
    ])
      expect(page).toContain(line);
  });
});
