import { FlagStatusEnum } from '../../flags/index.js';
import { ReportOutcomeEnum } from '../review-enums.js';
import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class FlagTransitionInput {
  @Field(() => String) flagId!: string;
  @Field(() => FlagStatusEnum, { description: 'the status to go to (not NEW)' }) status!: string;
  @Field(() => String, { description: 'why (required, kept in the history)' }) note!: string;
  @Field(() => String, { nullable: true, description: 'when taking into review: who reviews it (default: you)' })
  assignee?: string | null;
}

@InputType()
export class FlagAssignInput {
  @Field(() => String) flagId!: string;
  @Field(() => String, { description: 'a coordinator of the flag’s district' }) assignee!: string;
  @Field(() => String) note!: string;
}

@InputType()
export class ReportDraftInput {
  @Field(() => String) flagId!: string;
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

@InputType()
export class ReportApprovalInput {
  @Field(() => String) flagId!: string;
  @Field(() => Int, { description: 'the version the approver read' }) version!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'when the children moved since the draft: the new recipient municipality, confirmed by the approver',
  })
  confirmMunicipalityCode?: string | null;
}

@InputType()
export class ReportStepInput {
  @Field(() => String) flagId!: string;
  @Field(() => Int, { description: 'the version read' }) version!: number;
  @Field(() => String, { nullable: true, description: 'a comment; required when returning a report to its author' })
  comment?: string | null;
}

@InputType()
export class DistrictContactInput {
  @Field(() => String) districtCode!: string;
  @Field(() => [String], { description: 'the printed lines: unit, address, telephone, e-mail (1-8 lines)' }) lines!: string[];
}

@InputType()
export class ReportOutcomeInput {
  @Field(() => String) flagId!: string;
  @Field(() => ReportOutcomeEnum, { description: 'what the municipality said' }) outcome!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}
