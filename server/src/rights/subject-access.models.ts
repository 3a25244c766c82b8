import { IndicatorKindEnum } from '../municipal/indicator-enums.js';
import { DateScalar, DateTimeScalar } from '../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SubjectCandidate', { description: 'A person the picker found: enough to tell people of the same name apart' })
export class SubjectCandidateModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'full name as registered' }) name!: string;
  @Field(() => DateScalar, { nullable: true, description: 'the day of birth' }) birthDate!: string | null;
}

@ObjectType('SubjectSearch', { description: 'The person picker’s answer: the matches, or a message that no person matches' })
export class SubjectSearchModel {
  @Field(() => String, { description: 'name, birth date or id' }) searchedBy!: string;
  @Field(() => [SubjectCandidateModel], { description: 'the persons found (empty: see message)' }) matches!: SubjectCandidateModel[];
  @Field(() => String, { nullable: true, description: 'set when nothing matched: never a statement that no records exist' })
  message!: string | null;
}

@ObjectType('SubjectLookup', { description: 'One audited read that returned the person' })
export class SubjectLookupModel {
  @Field(() => String, { description: 'when it happened' }) at!: string;
  @Field(() => String, { description: 'who did it (username)' }) actor!: string;
  @Field(() => String, { description: 'the role of the account that read (e.g. coordinator)' }) role!: string;
  @Field(() => String, { description: 'the API operation that read (e.g. family)' }) operation!: string;
  @Field(() => String, { description: 'plain-language name of the operation (Danish)' }) what!: string;
  @Field(() => String, { nullable: true, description: 'the purpose stated for it' }) purpose!: string | null;
  @Field(() => String, { description: 'how it ended' }) outcome!: string;
}

@ObjectType('SubjectFlag', { description: 'A flag (police) or offer of support (municipality) the person appears in' })
export class SubjectFlagModel {
  @Field(() => String, { description: 'the flag’s id' }) flagId!: string;
  @Field(() => String, { description: 'the flag’s status (police) or the support flag’s status (municipality)' }) status!: string;
  @Field(() => [String], { description: 'the rules that raised it, by title' }) rules!: string[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'when it was created' }) createdAt!: string | null;
  @Field(() => String, { nullable: true, description: 'the person’s place in the family (police flags)' }) relation!: string | null;
  @Field(() => Int, { description: 'stored versions of the flag (0 before versions were kept)' }) versions!: number;
  @Field(() => String, { nullable: true, description: 'the family’s answer (offers of support)' }) familyAnswer!: string | null;
}

@ObjectType('SubjectReport', { description: 'A social report the person appears in' })
export class SubjectReportModel {
  @Field(() => String, { description: 'the short reference printed on the report' }) reference!: string;
  @Field(() => String, { description: 'where the report is: draft, awaiting approval, returned, approved or reported' }) status!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => DateScalar, { nullable: true, description: 'the letter’s date (null: a draft not yet approved)' }) issueDate!: string | null;
  @Field(() => Boolean, { description: 'named as a child the report concerns (else as an adult of the family)' }) asChild!: boolean;
}

@ObjectType('SubjectIndicator', { description: 'A municipal indicator about the person' })
export class SubjectIndicatorModel {
  @Field(() => IndicatorKindEnum, { description: 'what the indicator records' }) kind!: string;
  @Field(() => String, { description: 'the day it was recorded (YYYY-MM-DD)' }) date!: string;
}

@ObjectType('SubjectExtract', { description: 'Data-subject access (GDPR art. 15): what is held about a person and who looked, and why' })
export class SubjectExtractModel {
  @Field(() => String, { description: 'police, or municipality:<code>' }) holder!: string;
  @Field(() => String, { description: 'the holder’s name, as printed on the extract (Politiet, or e.g. Aalborg Kommune)' })
  holderName!: string;
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'the person’s full name' }) name!: string;
  @Field(() => DateScalar, { nullable: true, description: 'the day of birth' }) birthDate!: string | null;
  @Field(() => DateTimeScalar, { description: 'when the extract was made' }) generatedAt!: string;
  @Field(() => [SubjectLookupModel], { description: 'every audited read that returned the person, oldest first' })
  lookups!: SubjectLookupModel[];
  @Field(() => [String], { description: 'every purpose given for those look-ups' }) purposes!: string[];
  @Field(() => [SubjectFlagModel], { description: 'the flags or offers of support the person appears in' }) flags!: SubjectFlagModel[];
  @Field(() => [SubjectReportModel], { description: 'the social reports the person appears in (police extract)' })
  reports!: SubjectReportModel[];
  @Field(() => [SubjectIndicatorModel], { description: 'municipal extract only' }) indicators!: SubjectIndicatorModel[];
}
