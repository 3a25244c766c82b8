import { FlagStatusEnum } from '../../flags/index.js';
import { InvolvementRoleEnum } from '../../ingest/record-enums.js';
import { ReportOutcomeEnum, ReportStatusEnum } from '../review-enums.js';
import { DateScalar, DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FlagEvent', { description: 'One entry of a flag’s history: who did what and when, and why' })
export class FlagEventModel {
  @Field(() => String, { description: 'the event’s id' }) id!: string;
  @Field(() => DateTimeScalar, { description: 'when it happened' }) at!: string;
  @Field(() => String, { description: 'username, or "system" for the scanner' }) actor!: string;
  @Field(() => String, { nullable: true, description: 'the acting user’s full name (null: the scanner, or an account without one)' })
  actorName!: string | null;
  @Field(() => String, { description: 'status, assign, report-saved, report-approved or outcome' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'status events: the status before (null for other kinds)' }) fromStatus!:
    string | null;
  @Field(() => String, { nullable: true, description: 'status events: the status after (null for other kinds)' }) toStatus!: string | null;
  @Field(() => String, { nullable: true, description: 'the coordinator it is assigned to (username)' }) assignee!: string | null;
  @Field(() => String, { nullable: true, description: 'assign events: that coordinator’s full name (null: none registered)' })
  assigneeName!: string | null;
  @Field(() => ReportOutcomeEnum, { nullable: true, description: 'outcome events: what the municipality said' }) outcome!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'the note given with it (the reason for a status change); null when none was needed',
  })
  note!: string | null;
}

@ObjectType('ReportChild', { description: 'A child a report concerns: name, birth date and age on the issue date, nothing else' })
export class ReportChildModel {
  @Field(() => String, { description: 'the child’s full name' }) name!: string;
  @Field(() => DateScalar, { description: 'the day of birth' }) birthDate!: string;
  @Field(() => Int, { description: 'whole years on the report’s issue date' }) age!: number;
}

@ObjectType('SocialReport', {
  description:
    'A social report (underretning; barnets lov § 133 from 2024-01-01, serviceloven § 153 before) as it will be printed: the minimised set only. The system never sends it.',
})
export class SocialReportModel {
  @Field(() => String, { description: 'the report’s id' }) id!: string;
  @Field(() => String, { description: 'the flag’s id' }) flagId!: string;
  @Field(() => String, { description: 'short reference printed on the report' }) reference!: string;
  @Field(() => ReportStatusEnum, { description: 'where the report is: draft, awaiting approval, returned, approved or reported (sent)' })
  status!: string;
  @Field(() => Int, { description: 'bumped by every edit; an approval is for one version' }) version!: number;
  @Field(() => String, { description: 'the municipality where the children live now' }) municipalityCode!: string;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => String, { description: 'the sending police district' }) senderDistrictName!: string;
  @Field(() => [String], { description: 'the district’s contact block (configurable per district), as printed' })
  senderContact!: string[];
  @Field(() => String, { description: 'the letter’s date: the day it was approved, today for a draft (ISO date)' }) issueDate!: string;
  @Field(() => String, { description: 'the law in force on the issue date' }) legalBasis!: string;
  @Field(() => String, { description: 'the fixed opening of the letter: who sends it and under which law' }) introduction!: string;
  @Field(() => [ReportChildModel], { description: 'the children it concerns (only those named in the report)' })
  children!: ReportChildModel[];
  @Field(() => [String], { description: 'the concern in plain Danish: categories, dates and counts' }) concern!: string[];
  @Field(() => String, { nullable: true, description: 'what the police observed about the child' }) observed!: string | null;
  @Field(() => String, { nullable: true, description: 'the child’s daycare or school, or that it is not known' })
  institution!: string | null;
  @Field(() => String, { description: 'the child’s situation in the coordinator’s words (the professional assessment)' })
  assessment!: string;
  @Field(() => [String], { description: 'usernames of the coordinators who wrote it' }) authors!: string[];
  @Field(() => [String], { description: 'the authors by full name and title, as signed' }) authorNames!: string[];
  @Field(() => String, { nullable: true, description: 'username of the approving coordinator' }) approvedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'the approver by full name and title, as signed' }) approverName!: string | null;
  @Field(() => String, { nullable: true, description: 'who asked for approval (username)' }) requestedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when approval was asked for (null: not asked)' }) requestedAt!:
    string | null;
  @Field(() => String, { nullable: true, description: 'the approver’s comment when the report was returned' })
  returnComment!: string | null;
  @Field(() => String, { nullable: true, description: 'who returned it, by full name and title' }) returnedByName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when the approver returned it to its authors (null: not returned)' })
  returnedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when a second coordinator approved it (null: not approved)' }) approvedAt!:
    string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'when a coordinator recorded that it was sent to the municipality (null: not sent)',
  })
  reportedAt!: string | null;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'when it last changed' }) updatedAt!: string;
  @Field(() => String, { description: 'states that Opspor does not send the report itself' }) notice!: string;
}

@ObjectType('ReportOutcome', { description: 'The municipality’s feedback on a report that was sent' })
export class ReportOutcomeModel {
  @Field(() => ReportOutcomeEnum, { description: 'what the municipality said' }) outcome!: string;
  @Field(() => String, { nullable: true, description: 'what the municipality added, as the coordinator recorded it (null: nothing)' })
  note!: string | null;
  @Field(() => String, { description: 'the username of the coordinator who recorded the feedback' }) recordedBy!: string;
  @Field(() => String, { nullable: true, description: 'that coordinator’s full name (null: none registered)' })
  recordedByName!: string | null;
  @Field(() => DateTimeScalar, { description: 'when the feedback was recorded' }) recordedAt!: string;
}

@ObjectType('StaffAccount', { description: 'A staff account as a choice: its username and the full name it shows' })
export class StaffAccountModel {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => String, { nullable: true, description: 'the full name (null: none registered)' }) fullName!: string | null;
}

@ObjectType('FlagReview', { description: 'A flag’s triage: status, assignee, history, report and outcome' })
export class FlagReviewModel {
  @Field(() => String, { description: 'the flag’s id' }) flagId!: string;
  @Field(() => FlagStatusEnum, { description: 'the flag’s review status now' }) status!: string;
  @Field(() => String, { nullable: true, description: 'the coordinator it is assigned to (username)' }) assignee!: string | null;
  @Field(() => String, { nullable: true, description: 'that coordinator’s full name (null: unassigned, or none registered)' })
  assigneeName!: string | null;
  @Field(() => [FlagStatusEnum], { description: 'the statuses the flag may go to from here' }) allowedTransitions!: string[];
  @Field(() => Boolean, { description: 'an approved report exists in its current version, so the flag may become REPORTED' })
  canReport!: boolean;
  @Field(() => Boolean, {
    description: 'the signed-in user may approve or return the report now (it awaits approval; four eyes: not an author)',
  })
  canApprove!: boolean;
  @Field(() => Boolean, { description: 'the signed-in user (an author) may ask a second coordinator to approve the report now' })
  canRequestApproval!: boolean;
  @Field(() => [FlagEventModel], { description: 'every review event, oldest first' }) history!: FlagEventModel[];
  @Field(() => SocialReportModel, { nullable: true, description: 'the social report of the flag (null: none written yet)' })
  report!: SocialReportModel | null;
  @Field(() => ReportOutcomeModel, { nullable: true, description: 'how it ended' }) outcome!: ReportOutcomeModel | null;
}

@ObjectType('ReportPreview', { description: 'What a report on these children would say, before an assessment is written' })
export class ReportPreviewModel {
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => [ReportChildModel], { description: 'the children the report would name' }) children!: ReportChildModel[];
  @Field(() => [String], { description: 'the concern as a report would state it, in plain Danish: categories, dates and counts' })
  concern!: string[];
}

@ObjectType('ApprovalQueueItem', { description: 'A report awaiting a second coordinator’s approval (no person data)' })
export class ApprovalQueueItemModel {
  @Field(() => String, { description: 'the flag’s id' }) flagId!: string;
  @Field(() => String, { description: 'the report’s id' }) reportId!: string;
  @Field(() => String, { description: 'the short reference printed on the report' }) reference!: string;
  @Field(() => Int, { description: 'the report version to approve' }) version!: number;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => Int, { description: 'how many children it is about' }) childCount!: number;
  @Field(() => String, { description: 'who asked, by full name and title' }) requestedByName!: string;
  @Field(() => DateTimeScalar, { description: 'when approval was asked for' }) requestedAt!: string;
}

@ObjectType('DistrictContact', { description: 'A police district’s contact block as printed on its reports' })
export class DistrictContactModel {
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => String, { description: 'the police district’s name' }) districtName!: string;
  @Field(() => [String], { description: 'the printed lines: unit, address, telephone, e-mail' }) lines!: string[];
  @Field(() => Boolean, { description: 'false while the default block is used' }) configured!: boolean;
}

@ObjectType('CaseInvolvement', { description: 'A person involved in a case, with their role' })
export class CaseInvolvementModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'full name as registered' }) name!: string;
  @Field(() => DateScalar, { nullable: true, description: 'the day of birth' }) birthDate!: string | null;
  @Field(() => InvolvementRoleEnum, { description: 'the person’s role in the case' }) role!: string;
}

@ObjectType('CaseDetail', { description: 'A case in full, given only on explicit request with a purpose, and audited' })
export class CaseDetailModel {
  @Field(() => String, { description: 'the case’s id' }) caseId!: string;
  @Field(() => String, { description: 'the police journal number' }) journalNo!: string;
  @Field(() => String, { description: 'the category code (e.g. vold)' }) category!: string;
  @Field(() => String, { description: 'the category in the user’s language' }) categoryLabel!: string;
  @Field(() => DateTimeScalar, { description: 'when it happened (ISO date-time with offset)' }) occurredAt!: string;
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => String, { nullable: true, description: 'the police’s free-text summary (null: none registered)' }) summary!: string | null;
  @Field(() => [String], { description: 'the search keywords registered on the case' }) keywords!: string[];
  @Field(() => [CaseInvolvementModel], { description: 'everyone involved, with their roles' }) involved!: CaseInvolvementModel[];
}
