import { FlagStatusEnum } from '../../flags/index.js';
import { InvolvementRoleEnum } from '../../ingest/record-enums.js';
import { ReportOutcomeEnum, ReportStatusEnum } from '../review-enums.js';
import { DateScalar, DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FlagEvent', { description: 'One entry of a flag’s history: who did what and when, and why' })
export class FlagEventModel {
  @Field(() => String) id!: string;
  @Field(() => DateTimeScalar, { description: 'when it happened' }) at!: string;
  @Field(() => String, { description: 'username, or "system" for the scanner' }) actor!: string;
  @Field(() => String, { description: 'status, assign, report-saved, report-approved or outcome' }) kind!: string;
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field(() => String, { nullable: true }) toStatus!: string | null;
  @Field(() => String, { nullable: true, description: 'the coordinator it is assigned to (username)' }) assignee!: string | null;
  @Field(() => ReportOutcomeEnum, { nullable: true, description: 'outcome events: what the municipality said' }) outcome!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ReportChild', { description: 'A child a report concerns: name, birth date and age on the issue date, nothing else' })
export class ReportChildModel {
  @Field(() => String) name!: string;
  @Field(() => DateScalar, { description: 'the day of birth' }) birthDate!: string;
  @Field(() => Int, { description: 'whole years on the report’s issue date' }) age!: number;
}

@ObjectType('SocialReport', {
  description:
    'A social report (underretning; barnets lov § 133 from 2024-01-01, serviceloven § 153 before) as it will be printed: the minimised set only. The system never sends it.',
})
export class SocialReportModel {
  @Field(() => String) id!: string;
  @Field(() => String, { description: 'the flag’s id' }) flagId!: string;
  @Field(() => String, { description: 'short reference printed on the report' }) reference!: string;
  @Field(() => ReportStatusEnum) status!: string;
  @Field(() => Int, { description: 'bumped by every edit; an approval is for one version' }) version!: number;
  @Field(() => String, { description: 'the municipality where the children live now' }) municipalityCode!: string;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => String, { description: 'the sending police district' }) senderDistrictName!: string;
  @Field(() => [String], { description: 'the district’s contact block (configurable per district), as printed' })
  senderContact!: string[];
  @Field(() => String, { description: 'the letter’s date: the day it was approved, today for a draft (ISO date)' }) issueDate!: string;
  @Field(() => String, { description: 'the law in force on the issue date' }) legalBasis!: string;
  @Field(() => String) introduction!: string;
  @Field(() => [ReportChildModel]) children!: ReportChildModel[];
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
  @Field(() => DateTimeScalar, { nullable: true }) requestedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'the approver’s comment when the report was returned' })
  returnComment!: string | null;
  @Field(() => String, { nullable: true, description: 'who returned it, by full name and title' }) returnedByName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) returnedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) approvedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) reportedAt!: string | null;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'when it last changed' }) updatedAt!: string;
  @Field(() => String, { description: 'states that Opspor does not send the report itself' }) notice!: string;
}

@ObjectType('ReportOutcome', { description: 'The municipality’s feedback on a report that was sent' })
export class ReportOutcomeModel {
  @Field(() => ReportOutcomeEnum, { description: 'what the municipality said' }) outcome!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String) recordedBy!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
}

@ObjectType('FlagReview', { description: 'A flag’s triage: status, assignee, history, report and outcome' })
export class FlagReviewModel {
  @Field(() => String, { description: 'the flag’s id' }) flagId!: string;
  @Field(() => FlagStatusEnum) status!: string;
  @Field(() => String, { nullable: true, description: 'the coordinator it is assigned to (username)' }) assignee!: string | null;
  @Field(() => [FlagStatusEnum], { description: 'the statuses the flag may go to from here' }) allowedTransitions!: string[];
  @Field(() => Boolean, { description: 'an approved report exists in its current version, so the flag may become REPORTED' })
  canReport!: boolean;
  @Field(() => Boolean, {
    description: 'the signed-in user may approve or return the report now (it awaits approval; four eyes: not an author)',
  })
  canApprove!: boolean;
  @Field(() => Boolean, { description: 'the signed-in user (an author) may ask a second coordinator to approve the report now' })
  canRequestApproval!: boolean;
  @Field(() => [FlagEventModel]) history!: FlagEventModel[];
  @Field(() => SocialReportModel, { nullable: true }) report!: SocialReportModel | null;
  @Field(() => ReportOutcomeModel, { nullable: true, description: 'how it ended' }) outcome!: ReportOutcomeModel | null;
}

@ObjectType('ReportPreview', { description: 'What a report on these children would say, before an assessment is written' })
export class ReportPreviewModel {
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => [ReportChildModel]) children!: ReportChildModel[];
  @Field(() => [String]) concern!: string[];
}

@ObjectType('ApprovalQueueItem', { description: 'A report awaiting a second coordinator’s approval (no person data)' })
export class ApprovalQueueItemModel {
  @Field(() => String, { description: 'the flag’s id' }) flagId!: string;
  @Field(() => String) reportId!: string;
  @Field(() => String) reference!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => Int, { description: 'how many children it is about' }) childCount!: number;
  @Field(() => String, { description: 'who asked, by full name and title' }) requestedByName!: string;
  @Field(() => DateTimeScalar) requestedAt!: string;
}

@ObjectType('DistrictContact', { description: 'A police district’s contact block as printed on its reports' })
export class DistrictContactModel {
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => String, { description: 'the police district’s name' }) districtName!: string;
  @Field(() => [String]) lines!: string[];
  @Field(() => Boolean, { description: 'false while the default block is used' }) configured!: boolean;
}

@ObjectType('CaseInvolvement', { description: 'A person involved in a case, with their role' })
export class CaseInvolvementModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String) name!: string;
  @Field(() => DateScalar, { nullable: true, description: 'the day of birth' }) birthDate!: string | null;
  @Field(() => InvolvementRoleEnum) role!: string;
}

@ObjectType('CaseDetail', { description: 'A case in full, given only on explicit request with a purpose, and audited' })
export class CaseDetailModel {
  @Field(() => String, { description: 'the case’s id' }) caseId!: string;
  @Field(() => String, { description: 'the police journal number' }) journalNo!: string;
  @Field(() => String) category!: string;
  @Field(() => String) categoryLabel!: string;
  @Field(() => DateTimeScalar) occurredAt!: string;
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [String]) keywords!: string[];
  @Field(() => [CaseInvolvementModel]) involved!: CaseInvolvementModel[];
}
