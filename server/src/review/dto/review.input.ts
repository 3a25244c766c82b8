import { FlagStatusEnum } from '../../flags/index.js';
import { ReportOutcomeEnum } from '../review-enums.js';
import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A flag’s move to another status, with the note the move needs' })
export class FlagTransitionInput {
  @Field(() => String, { description: 'the flag to move' }) flagId!: string;
  @Field(() => FlagStatusEnum, { description: 'the status to go to (not NEW)' }) status!: string;
  @Field(() => String, { description: 'why (required, kept in the history)' }) note!: string;
  @Field(() => String, { nullable: true, description: 'when taking into review: who reviews it (default: you)' })
  assignee?: string | null;
}

@InputType({ description: 'Who a flag is assigned to, with an optional note' })
export class FlagAssignInput {
  @Field(() => String, { description: 'the flag to assign' }) flagId!: string;
  @Field(() => String, { description: 'a coordinator of the flag’s district' }) assignee!: string;
  @Field(() => String, { description: 'why (required, kept in the history)' }) note!: string;
}

@InputType({ description: 'The text of a social report draft' })
export class ReportDraftInput {
  @Field(() => String, { description: 'the flag the report is about' }) flagId!: string;
  @Field(() => String, {
    description: 'the child’s situation in the coordinator’s words (the professional assessment): the child, not the adults’ history',
  })
  assessment!: string;
  @Field(() => String, { nullable: true, description: 'what the police observed about the child (required to save)' })
  observed?: string | null;
  @Field(() => String, { nullable: true, description: 'the child’s daycare or school, or "ukendt" (required to save)' })
  institution?: string | null;
  @Field(() => [String], { nullable: true, description: 'the children the report concerns (default: all children of the flag)' })
  childIds?: string[] | null;
}

@InputType({ description: 'A request for, or a decision on, a report’s approval' })
export class ReportApprovalInput {
  @Field(() => String, { description: 'the flag whose report it is' }) flagId!: string;
  @Field(() => Int, { description: 'the version the approver read' }) version!: number;
  @Field(() => String, { nullable: true, description: 'a note kept in the history (optional)' }) note?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'when the children moved since the draft: the new recipient municipality, confirmed by the approver',
  })
  confirmMunicipalityCode?: string | null;
}

@InputType({ description: 'One step of a report’s approval, by flag' })
export class ReportStepInput {
  @Field(() => String, { description: 'the flag whose report it is' }) flagId!: string;
  @Field(() => Int, { description: 'the version read' }) version!: number;
  @Field(() => String, { nullable: true, description: 'a comment; required when returning a report to its author' })
  comment?: string | null;
}

@InputType({ description: 'The contact lines a police district puts on its reports' })
export class DistrictContactInput {
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => [String], { description: 'the printed lines: unit, address, telephone, e-mail (1-8 lines)' }) lines!: string[];
}

@InputType({ description: 'What the municipality answered to a report' })
export class ReportOutcomeInput {
  @Field(() => String, { description: 'the flag whose report the municipality answered' }) flagId!: string;
  @Field(() => ReportOutcomeEnum, { description: 'what the municipality said' }) outcome!: string;
  @Field(() => String, { nullable: true, description: 'what the municipality added (optional)' }) note?: string | null;
}
