import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A new API key: its saved queries, purpose, organisation and limits' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'who or what the key is for' }) name!: string;
  @Field(() => [String], { description: 'names of the saved queries it may run' }) queries!: string[];
  @Field(() => String, { description: 'a journal number or a configured reason: its runs are audited under it' }) purpose!: string;
  @Field(() => String, {
    description:
      'the organisation it is issued for: district:<code> (a police district, e.g. district:NJY) or municipality:<code> (e.g. municipality:851)',
  })
  organisation!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (stops at 00:00 UTC) or an ISO date-time; at most 366 days ahead' }) expiresAt!: string;
  @Field(() => Int, { nullable: true, description: 'requests a minute (default 60)' }) rateLimitPerMinute?: number | null;
}
