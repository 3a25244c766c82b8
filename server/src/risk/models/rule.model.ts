import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RuleParameter', { description: 'A parameter of a risk rule: type, default, value in force, bounds and why' })
export class RuleParameterModel {
  @Field(() => String, { description: 'the parameter’s name in the rule file (e.g. windowMonths)' }) name!: string;
  @Field(() => String, { description: 'integer, float, boolean, string or string[]' }) type!: string;
  @Field(() => String, { description: 'JSON' }) defaultValue!: string;
  @Field(() => String, { description: 'JSON: the value in force' }) value!: string;
  @Field(() => Float, { nullable: true, description: 'the smallest value allowed (null: no lower bound or not a number)' }) min!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'the largest value allowed (null: no upper bound or not a number)' }) max!:
    number | null;
  @Field(() => String, { description: 'why the default is what it is, in the language of the request (Accept-Language)' }) reason!: string;
  @Field(() => String, { description: 'the reason in Danish (the admin editor shows both)' }) reasonDa!: string;
  @Field(() => String, { description: 'the reason in English' }) reasonEn!: string;
}

@ObjectType('RiskRule', { description: 'A risk rule as it runs: what it finds, its weight and parameters, and its Cypher' })
export class RiskRuleModel {
  @Field(() => String, { description: 'the rule’s id (its file name)' }) id!: string;
  @Field(() => String, { description: 'the title in the language of the request (Accept-Language: da or en; Danish by default)' })
  title!: string;
  @Field(() => String, { description: 'the title in Danish' }) titleDa!: string;
  @Field(() => String, { description: 'the title in English' }) titleEn!: string;
  @Field(() => String, { description: 'what the rule finds, in the language of the request' }) description!: string;
  @Field(() => String, { description: 'what the rule finds, in Danish' }) descriptionDa!: string;
  @Field(() => String, { description: 'what the rule finds, in English' }) descriptionEn!: string;
  @Field(() => String, { description: 'trigger (can flag on its own), context (counts toward the flag policy) or history' }) kind!: string;
  @Field(() => String, { description: 'whose records the rule reads: police or municipal' }) source!: string;
  @Field(() => Float, { description: 'the points the rule adds to a flag’s score when it fires (the saved setting, else the default)' })
  weight!: number;
  @Field(() => Boolean, { description: 'false when an administrator has switched the rule off: it then fires for no one' })
  enabled!: boolean;
  @Field(() => [RuleParameterModel], { description: 'the rule’s parameters with defaults, values in force, bounds and reasons' })
  parameters!: RuleParameterModel[];
  @Field(() => String, { description: 'the rule file, as users may read it' }) cypher!: string;
  @Field(() => Int, { description: 'version of this rule’s saved settings (0: never saved); send it back when saving' })
  settingsVersion!: number;
}

@ObjectType('RiskCategoryRule', {
  description: 'How one risk category counts: the roles that are the person’s own behaviour, and its weight',
})
export class RiskCategoryRuleModel {
  @Field(() => String, { description: 'the case category code (e.g. vold)' }) code!: string;
  @Field(() => String, { description: 'in Danish' }) labelDa!: string;
  @Field(() => String, { description: 'in English' }) labelEn!: string;
  @Field(() => [String], { description: 'the involvement roles that count as the person’s own behaviour (in force)' }) roles!: string[];
  @Field(() => [String], { description: 'the roles that count by default' }) defaultRoles!: string[];
  @Field(() => Float, {
    description: 'the category’s weight in force: what one case of it counts for in the weighted case sum of the rules',
  })
  weight!: number;
  @Field(() => Float, { description: 'the weight the category has when no administrator has changed it' }) defaultWeight!: number;
  @Field(() => String, { description: 'why the default is what it is (from the sources), in the language of the request' })
  reason!: string;
  @Field(() => String, { description: 'why the default is what it is, in Danish' }) reasonDa!: string;
  @Field(() => String, { description: 'why the default is what it is, in English' }) reasonEn!: string;
}

@ObjectType('RiskCategorySettings', { description: 'How every risk category counts, with the version of these settings' })
export class RiskCategorySettingsModel {
  @Field(() => Int, { description: 'version of the saved category settings (0: never saved); send it back when saving' })
  version!: number;
  @Field(() => [RiskCategoryRuleModel], { description: 'every risk category with its roles and weight' })
  categories!: RiskCategoryRuleModel[];
}

@ObjectType('RiskPolicy', { description: 'The policy a flag needs beyond its trigger, with its version' })
export class RiskPolicyModel {
  @Field(() => Int, { description: 'a cluster without a trigger is flagged when at least this many different context rules fire' })
  minContextRules!: number;
  @Field(() => Int, { description: 'version of the saved policy (0: never saved); send it back when saving' })
  version!: number;
}
