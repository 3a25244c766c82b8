import { DateScalar, DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ScanReport', { description: 'What a scan found. Only a scan as of today writes live flags; an earlier date is a back-test.' })
export class ScanReportModel {
  @Field(() => DateScalar, { description: 'the evaluation date scanned (Copenhagen calendar day)' }) asOf!: string;
  @Field(() => Boolean, { description: 'true: live flags were written; false: a back-test that changed nothing' }) live!: boolean;
  @Field(() => Int, { description: 'how many clusters of children and adults were evaluated' }) clusters!: number;
  @Field(() => Int, { description: 'how many clusters met the flag policy' }) flagged!: number;
  @Field(() => Int, { description: 'flags that got a new version (something changed)' }) newVersions!: number;
  @Field(() => Int, { description: 'live flags that no longer qualify and were set inactive (0 in a back-test)' }) deactivated!: number;
  @Field(() => Int, { description: 'back-test: findings that would continue an existing flag' }) matchingExisting!: number;
  @Field(() => Int, { description: 'back-test: live flags of the scanned districts that this date would not find' }) noLongerFound!: number;
  @Field(() => String, { description: 'the hash of the rule settings used' }) settingsHash!: string;
  @Field(() => Int, { description: 'how long the scan took, in milliseconds' }) elapsedMs!: number;
}

@ObjectType('PreviewReport', { description: 'What changed parameters would flag, written nowhere' })
export class PreviewReportModel {
  @Field(() => DateScalar, { description: 'the evaluation date previewed (Copenhagen calendar day)' }) asOf!: string;
  @Field(() => Int, { description: 'how many clusters were evaluated' }) clusters!: number;
  @Field(() => Int, { description: 'how many clusters the changed parameters would flag' }) wouldFlag!: number;
  @Field(() => Int, { description: 'how many live flags the scanned districts have now' }) currentlyFlagged!: number;
  @Field(() => [String], { description: 'findings that are not a live flag today (named by the flag they would become)' }) added!: string[];
  @Field(() => [String], { description: 'current flag ids the changed rules would drop' }) removed!: string[];
}

@ObjectType('ScanStatus', { description: 'The weekly screening: when it last completed and when it is due' })
export class ScanStatusModel {
  @Field(() => DateTimeScalar, { nullable: true, description: 'start of the last completed scan' }) lastScanAt!: string | null;
  @Field(() => String, { nullable: true, description: 'what the last completed scan found, in one line (null: none has run yet)' })
  lastScanSummary!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when the scheduler last tried to scan, whatever the outcome (null: never)' })
  lastAttemptAt!: string | null;
  @Field(() => String, { nullable: true, description: 'ran, not-due, failed' }) lastOutcome!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'null when the schedule is off' }) nextDueAt!: string | null;
  @Field(() => Boolean, { description: 'true while a scan is in progress' }) running!: boolean;
  @Field(() => Int, { description: 'hours between scheduled scans (168: weekly)' }) intervalHours!: number;
}
