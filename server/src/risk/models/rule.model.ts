import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RuleParameter', { description: 'A parameter of a risk rule: type, default, value in force, bounds and why' })
export class RuleParameterModel {
  @Field(() => String) name!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { description: 'JSON' }) defaultValue!: string;
  @Field(() => String, { description: 'JSON: the value in force' }) value!: string;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => String, { description: 'why the default is what it is, in the language of the request (Accept-Language)' }) reason!: string;
  @Field(() => String, { description: 'the reason in Danish (the admin editor shows both)' }) reasonDa!: string;
  @Field(() => String, { description: 'the reason in English' }) reasonEn!: string;
}

@ObjectType('RiskRule', { description: 'A risk rule as it runs: what it finds, its weight and parameters, and its Cypher' })
export class RiskRuleModel {
  @Field(() => String) id!: string;
  @Field(() => String, { description: 'the title in the language of the request (Accept-Language: da or en; Danish by default)' })
  title!: string;
  @Field(() => String) titleDa!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => String, { description: 'what the rule finds, in the language of the request' }) description!: string;
  @Field(() => String) descriptionDa!: string;
  @Field(() => String) descriptionEn!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) source!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => [RuleParameterModel]) parameters!: RuleParameterModel[];
  @Field(() => String, { description: 'the rule file, as users may read it' }) cypher!: string;
  @Field(() => Int, { description: 'version of this rule’s saved settings (0: never saved); send it back when saving' })
  settingsVersion!: number;
}

@ObjectType('RiskCategoryRule', {
  description: 'How one risk category counts: the roles that are the person’s own behaviour, and its weight',
})
export class RiskCategoryRuleModel {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'in Danish' }) labelDa!: string;
  @Field(() => String, { description: 'in English' }) labelEn!: string;
  @Field(() => [String]) roles!: string[];
  @Field(() => [String]) defaultRoles!: string[];
  @Field(() => Float) weight!: number;
  @Field(() => Float) defaultWeight!: number;
  @Field(() => String, { description: 'why the default is what it is (from the sources), in the language of the request' })
  reason!: string;
  @Field(() => String) reasonDa!: string;
  @Field(() => String) reasonEn!: string;
}

@ObjectType('RiskCategorySettings', { description: 'How every risk category counts, with the version of these settings' })
export class RiskCategorySettingsModel {
  @Field(() => Int, { description: 'version of the saved category settings (0: never saved); send it back when saving' })
  version!: number;
  @Field(() => [RiskCategoryRuleModel]) categories!: RiskCategoryRuleModel[];
}

@ObjectType('RiskPolicy', { description: 'The policy a flag needs beyond its trigger, with its version' })
export class RiskPolicyModel {
  @Field(() => Int, { description: 'a cluster without a trigger is flagged when at least this many different context rules fire' })
  minContextRules!: number;
  @Field(() => Int, { description: 'version of the saved policy (0: never saved); send it back when saving' })
  version!: number;
}
