import { DateScalar, DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ScanReport', { description: 'What a scan found. Only a scan as of today writes live flags; an earlier date is a back-test.' })
export class ScanReportModel {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Boolean, { description: 'true: live flags were written; false: a back-test that changed nothing' }) live!: boolean;
  @Field(() => Int) clusters!: number;
  @Field(() => Int) flagged!: number;
  @Field(() => Int, { description: 'flags that got a new version (something changed)' }) newVersions!: number;
  @Field(() => Int) deactivated!: number;
  @Field(() => Int, { description: 'back-test: findings that would continue an existing flag' }) matchingExisting!: number;
  @Field(() => Int, { description: 'back-test: live flags of the scanned districts that this date would not find' }) noLongerFound!: number;
  @Field(() => String, { description: 'the hash of the rule settings used' }) settingsHash!: string;
  @Field(() => Int) elapsedMs!: number;
}

@ObjectType('PreviewReport', { description: 'What changed parameters would flag, written nowhere' })
export class PreviewReportModel {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int) clusters!: number;
  @Field(() => Int) wouldFlag!: number;
  @Field(() => Int) currentlyFlagged!: number;
  @Field(() => [String], { description: 'findings that are not a live flag today (named by the flag they would become)' }) added!: string[];
  @Field(() => [String], { description: 'current flag ids the changed rules would drop' }) removed!: string[];
}

@ObjectType('ScanStatus', { description: 'The weekly screening: when it last completed and when it is due' })
export class ScanStatusModel {
  @Field(() => DateTimeScalar, { nullable: true, description: 'start of the last completed scan' }) lastScanAt!: string | null;
  @Field(() => String, { nullable: true }) lastScanSummary!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastAttemptAt!: string | null;
  @Field(() => String, { nullable: true, description: 'ran, not-due, failed' }) lastOutcome!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'null when the schedule is off' }) nextDueAt!: string | null;
  @Field(() => Boolean) running!: boolean;
  @Field(() => Int) intervalHours!: number;
}
