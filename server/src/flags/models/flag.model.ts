import { InvolvementRoleEnum } from '../../ingest/record-enums.js';
import { ChildRelationKindEnum, EvidenceKindEnum, FlagStatusEnum, MemberRelationEnum, SignalKindEnum } from '../flag-enums.js';
import { DateScalar, DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Evidence', {
  description: 'One record behind a signal, minimised: category, date, role and district — never the case summary',
})
export class EvidenceModel {
  @Field(() => EvidenceKindEnum, { description: 'what kind of record it is' }) kind!: string;
  @Field(() => String, { description: 'the record’s id (a case, move or residence id, by kind)' }) id!: string;
  @Field(() => String, { description: 'the day of the record (YYYY-MM-DD): when the case occurred, the move or the residence began' })
  date!: string;
  @Field(() => String, { nullable: true, description: 'case: the category code (e.g. vold); null for other kinds' }) category!:
    string | null;
  @Field(() => String, { nullable: true, description: 'case: the category in the user’s language; null for other kinds' }) categoryLabel!:
    string | null;
  @Field(() => InvolvementRoleEnum, { nullable: true, description: 'case: the person’s role in it' }) role!: string | null;
  @Field(() => String, { nullable: true, description: 'case: the code of the police district that registered it; null for other kinds' })
  district!: string | null;
  @Field(() => String, { nullable: true, description: 'case: the police district’s name (district is its code)' }) districtName?:
    string | null;
  @Field(() => String, { nullable: true, description: 'the code of the municipality the record belongs to, when known' }) municipality!:
    string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s name (municipality is its code)' }) municipalityName?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'extra detail a rule records, e.g. the child’s own role (victim, witness) in a case it was exposed to',
  })
  detail!: string | null;
  @Field(() => String, { nullable: true, description: 'case: a finer category (e.g. online for bedrageri)' }) subcategory?: string | null;
  @Field(() => String, { nullable: true, description: 'case: the configured keyword that brought it in' }) matchedKeyword?: string | null;
  @Field(() => Float, { nullable: true, description: "case: its category's weight in the rule" }) categoryWeight?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'case: the current case (the newest in the window)' }) current?: boolean | null;
  @Field(() => String, { nullable: true, description: 'move: the address moved from' }) fromAddressId?: string | null;
  @Field(() => String, { nullable: true, description: 'move: the address moved from, in words' }) fromAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'move: the address moved to' }) toAddressId?: string | null;
  @Field(() => String, { nullable: true, description: 'move: the address moved to' }) toAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'co-resident: the person' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: 'co-resident: name' }) name?: string | null;
  @Field(() => Int, { nullable: true, description: 'co-resident: age' }) age?: number | null;
  @Field(() => String, { nullable: true, description: 'co-resident: living there since' }) since?: string | null;
  @Field(() => String, { nullable: true, description: 'co-resident: relation to the child' }) relation?: string | null;
}

@ObjectType('Signal', { description: 'One rule that fired, for whom, by how much, and on what evidence' })
export class SignalModel {
  @Field(() => String, { description: 'the rule’s id' }) ruleId!: string;
  @Field(() => String, { description: 'the rule’s title in the user’s language' }) ruleTitle!: string;
  @Field(() => SignalKindEnum, { description: 'trigger, context or history: what the signal contributes to the flag' }) kind!: string;
  @Field(() => Float, { description: 'the points the rule adds to the flag’s score' }) weight!: number;
  @Field(() => String, { nullable: true, description: 'the person’s id' }) personId!: string | null;
  @Field(() => String, { nullable: true, description: 'the address’s id' }) addressId!: string | null;
  @Field(() => Float, { description: 'what the rule measured (e.g. the number of cases in the window)' }) value!: number;
  @Field(() => Float, { description: 'the value the rule needs to fire' }) threshold!: number;
  @Field(() => Float, { description: 'value minus threshold: how far past it' }) margin!: number;
  @Field(() => String, { description: 'plain-language explanation' }) explanation!: string;
  @Field(() => [EvidenceModel], { description: 'the records behind the measured value' }) evidence!: EvidenceModel[];
  @Field(() => String, { nullable: true, description: 'the current case: the newest in the window' }) currentCaseId?: string | null;
  @Field(() => Int, { nullable: true, description: 'how many earlier cases stand behind the current one' }) historyCount?: number | null;
  @Field(() => String, { nullable: true, description: 'the date of the earliest of them' }) historySince?: string | null;
}

@ObjectType('ChildRelation', { description: 'How a flag member is related to one of the children' })
export class ChildRelationModel {
  @Field(() => String, { description: 'the child’s person id' }) childId!: string;
  @Field(() => ChildRelationKindEnum, { description: 'how the member is related to this child' }) relation!: string;
}

@ObjectType('FlagMember', { description: 'A person of a flag: a child, an adult at the address or a parent elsewhere' })
export class FlagMemberModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'full name as registered' }) name!: string;
  @Field(() => String, { description: 'F, M or U' }) sex!: string;
  @Field(() => DateScalar, { description: 'the day of birth' }) birthDate!: string;
  @Field(() => Int, { description: "age on the flag's evaluation date" }) age!: number;
  @Field(() => MemberRelationEnum, { description: 'child, adult (lives with the children) or parent elsewhere' }) relation!: string;
  @Field(() => Boolean, { description: 'true when registered at the flag’s address on the evaluation date' }) livesWithChildren!: boolean;
  @Field(() => [ChildRelationModel], {
    description: 'how the member is related to each child of the flag (empty: no kinship, only shared address)',
  })
  relations!: ChildRelationModel[];
}

@ObjectType('FlagAddress', { description: 'The address a flag is about' })
export class FlagAddressModel {
  @Field(() => String, { description: 'the address’s id' }) id!: string;
  @Field(() => String, { description: 'street and number' }) street!: string;
  @Field(() => String, { description: 'the four-digit Danish postal code' }) postalCode!: string;
  @Field(() => String, { description: 'the postal district’s town name' }) city!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
}

@ObjectType('FlagChild', { description: 'A child a flag is about (first name and age)' })
export class FlagChildModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'the child’s first name (the full name is shown only in the flag)' }) firstName!: string;
  @Field(() => Int, { description: 'age in whole years on the flag’s evaluation date' }) age!: number;
}

@ObjectType('FlagSummary', { description: 'A flag as the inbox lists it' })
export class FlagSummaryModel {
  @Field(() => String, { description: 'the flag’s id' }) id!: string;
  @Field(() => FlagStatusEnum, { description: 'where the flag is in its review' }) status!: string;
  @Field(() => Boolean, { description: 'false when the latest evaluation no longer finds it' }) active!: boolean;
  @Field(() => Float, { description: 'the sum of the weights of the signals' }) score!: number;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => [String], { description: 'the rules that fired' }) ruleIds!: string[];
  @Field(() => Int, { description: 'how many children it is about' }) childCount!: number;
  @Field(() => String, { nullable: true, description: 'the coordinator it is assigned to (username)' }) assignee!: string | null;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'when it last changed' }) updatedAt!: string;
  @Field(() => DateScalar, { description: 'the evaluation date (Copenhagen calendar day) of the current version' }) asOf!: string;
  @Field(() => Boolean, { description: 'raised or reopened since the user last saw the inbox' }) isNew!: boolean;
  @Field(() => Int, { description: 'the current version (each change of evidence, members, score or address makes one)' })
  version!: number;
  @Field(() => String, { description: 'the district that owns the flag: where the children live' }) ownerDistrictName!: string;
  @Field(() => Boolean, {
    description: 'true when the user may read but not decide (a district that registered a case in the evidence)',
  })
  readOnly!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'why the flag came back to the inbox (evidence-after-dismissal, evidence-after-report)',
  })
  reopenReason!: string | null;
  @Field(() => FlagAddressModel, { nullable: true, description: 'where the children live' }) address!: FlagAddressModel | null;
  @Field(() => [FlagChildModel], { description: 'the children: first name and age (the inbox row)' }) children!: FlagChildModel[];
}

@ObjectType('FlagVersionSummary', { description: 'One immutable version of a flag' })
export class FlagVersionSummaryModel {
  @Field(() => Int, { description: 'the version number, from 1' }) n!: number;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateScalar, { description: 'the evaluation date that produced it' }) asOf!: string;
  @Field(() => Float, { description: 'the sum of the weights of the signals' }) score!: number;
  @Field(() => [String], { description: 'the rules that fired' }) ruleIds!: string[];
  @Field(() => String, { description: 'new, changed or moved' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'hash of the rule settings that produced it (files, parameters, weights, policy)' })
  settingsHash!: string | null;
  @Field(() => Int, { nullable: true, description: 'the version of the stored rule settings' }) settingsVersion!: number | null;
}

@ObjectType('FlagSignalRef', { description: 'A signal that came or went between two versions of a flag' })
export class FlagSignalRefModel {
  @Field(() => String, { description: 'the rule’s id' }) ruleId!: string;
  @Field(() => String, { description: 'the rule’s title in the user’s language' }) ruleTitle!: string;
  @Field(() => String, { nullable: true, description: 'the person the signal is about (null: an address signal)' }) personName!:
    string | null;
}

@ObjectType('FlagEvidenceRef', { description: 'A record that came or went between two versions of a flag' })
export class FlagEvidenceRefModel {
  @Field(() => String, { description: 'the title of the rule the record stood behind, in the user’s language' }) ruleTitle!: string;
  @Field(() => String, { nullable: true, description: 'the person the record was counted for (null: an address signal)' }) personName!:
    string | null;
  @Field(() => String, { description: 'what kind of record it is (case, move, co-resident, indicator…)' }) kind!: string;
  @Field(() => String, { description: 'the record’s id' }) id!: string;
  @Field(() => String, { description: 'the day of the record (YYYY-MM-DD)' }) date!: string;
  @Field(() => String, { nullable: true, description: 'a case category, or the move, in words' }) label!: string | null;
}

@ObjectType('FlagChanges', { description: 'What changed between two versions of a flag' })
export class FlagChangesModel {
  @Field(() => Int, { description: 'the older version compared' }) fromVersion!: number;
  @Field(() => Int, { description: 'the newer version compared' }) toVersion!: number;
  @Field(() => String, { description: 'last-seen (since the user last looked) or report (since the version the report cites)' })
  since!: string;
  @Field(() => [FlagSignalRefModel], { description: 'signals in the newer version only' }) signalsAdded!: FlagSignalRefModel[];
  @Field(() => [FlagSignalRefModel], { description: 'signals in the older version only' }) signalsRemoved!: FlagSignalRefModel[];
  @Field(() => [FlagEvidenceRefModel], { description: 'records in the newer version only' }) evidenceAdded!: FlagEvidenceRefModel[];
  @Field(() => [FlagEvidenceRefModel], { description: 'records in the older version only' }) evidenceRemoved!: FlagEvidenceRefModel[];
  @Field(() => Float, { description: 'the score of the older version' }) scoreFrom!: number;
  @Field(() => Float, { description: 'the score of the newer version' }) scoreTo!: number;
  @Field(() => String, { nullable: true, description: 'the older version’s address in words (null: the address did not change)' })
  addressFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'the newer version’s address in words (null: the address did not change)' })
  addressTo!: string | null;
  @Field(() => [String], { description: 'names' }) membersAdded!: string[];
  @Field(() => [String], { description: 'names' }) membersRemoved!: string[];
}

@ObjectType('Flag', {
  description: 'A flag: children at one address whose adults together met the rules on a date, with signals and evidence',
})
export class FlagModel extends FlagSummaryModel {
  @Field(() => String, { description: 'how the score adds up: each counted signal’s weight with its rule and person, then the sum' })
  scoreExplanation!: string;
  @Field(() => Int, { description: 'the version shown (the current one unless an earlier one was asked for)' }) viewingVersion!: number;
  @Field(() => [FlagVersionSummaryModel], { description: 'every version, newest first' }) versions!: FlagVersionSummaryModel[];
  @Field(() => [FlagChangesModel], { description: 'changes since the user last looked, and since the version a report cites' })
  changes!: FlagChangesModel[];
  @Field(() => Int, { nullable: true, description: 'the version the current report cites' }) reportVersion!: number | null;
  @Field(() => [String], { description: 'districts that registered a case in the evidence (they may read it)' })
  caseDistrictCodes!: string[];
  @Field(() => [FlagMemberModel], { description: 'children first, then adults at the address, then parents living elsewhere' })
  members!: FlagMemberModel[];
  @Field(() => [SignalModel], { description: 'the rules that fired, with their evidence' }) signals!: SignalModel[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'when it was last dismissed (null: never dismissed)' }) dismissedAt!:
    string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'when it last came back to the inbox after a dismissal or report (null: never)',
  })
  reopenedAt!: string | null;
}

@ObjectType('StatusCount', { description: 'How many flags have one status' })
export class StatusCountModel {
  @Field(() => FlagStatusEnum, { description: 'the status counted' }) status!: string;
  @Field(() => Int, { description: 'how many flags matching the filter have it' }) count!: number;
}

@ObjectType('FlagPage', { description: 'One page of flags, with the total and the count per status' })
export class FlagPageModel {
  @Field(() => [FlagSummaryModel], { description: 'the entries of this page' }) items!: FlagSummaryModel[];
  @Field(() => Int, { description: 'how many there are in all' }) total!: number;
  @Field(() => String, { nullable: true, description: 'pass as `after` for the next page' }) endCursor!: string | null;
  @Field(() => [StatusCountModel], { description: 'how many flags match the filter in each status (for the status tabs)' })
  statusCounts!: StatusCountModel[];
  @Field(() => String, { nullable: true, description: 'what isNew was measured against (null: first visit, everything is new)' })
  newSince!: string | null;
}
