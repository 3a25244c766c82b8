// Editing a user: the form starts from the account as read (with its version), is checked as the
// API checks it (users-admin.service.ts update), and sends a district only to a coordinator and a
// municipality only to municipal users.
import { z } from 'zod';
import { USER_ROLES, needsDistrict, needsMunicipality } from './user-form';
import type { UserAccount, UserChange } from './users-admin-api';

export type EditField = 'fullName' | 'title' | 'role' | 'districtCode' | 'municipalityCode';
export type EditProblem = 'tooLong' | 'role' | 'required';

const MAX_NAME = 120;

export function editForm(user: UserAccount): UserChange {
  return {
    username: user.username,
    version: user.version,
    fullName: user.fullName,
    title: user.title,
    role: user.role,
    districtCode: user.districtCode,
    municipalityCode: user.municipalityCode,
  };
}

export function editProblems(form: UserChange): Partial<Record<EditField, EditProblem>> {
  const problems: Partial<Record<EditField, EditProblem>> = {};
  if ((form.fullName ?? '').trim().length > MAX_NAME) problems.fullName = 'tooLong';
  if ((form.title ?? '').trim().length > MAX_NAME) problems.title = 'tooLong';
  if (!(USER_ROLES as readonly string[]).includes(form.role)) problems.role = 'role';
  if (needsDistrict(form.role) && !form.districtCode) problems.districtCode = 'required';
  if (needsMunicipality(form.role) && !form.municipalityCode) problems.municipalityCode = 'required';
  return problems;
}

/** What is sent: trimmed names (empty: none), and only the scope the role has. */
export function changeInput(form: UserChange): UserChange {
  const name = (v: string | null) => (v ?? '').replace(/\s+/g, ' ').trim() || null;
  return {
    ...form,
    fullName: name(form.fullName),
    title: name(form.title),
    districtCode: needsDistrict(form.role) ? form.districtCode : null,
    municipalityCode: needsMunicipality(form.role) ? form.municipalityCode : null,
  };
}

/** Whether saving would end the user's sessions (the API revokes them on a new role or scope). */
export function endsSessions(user: UserAccount, form: UserChange): boolean {
  const next = changeInput(form);
  return next.role !== user.role || next.districtCode !== user.districtCode || next.municipalityCode !== user.municipalityCode;
}

/** The form's schema for react-hook-form: each problem of editProblems is an issue on its field. */
export const userChangeSchema = z
  .object({
    username: z.string(),
    version: z.number(),
    fullName: z.string().nullable(),
    title: z.string().nullable(),
    role: z.string(),
    districtCode: z.string().nullable(),
    municipalityCode: z.string().nullable(),
  })
  .superRefine((form, ctx) => {
    for (const [field, problem] of Object.entries(editProblems(form))) ctx.addIssue({ code: 'custom', path: [field], message: problem });
  });
