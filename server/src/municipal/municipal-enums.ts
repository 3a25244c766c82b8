import { graphqlEnum } from '../common/graphql-scalars.js';

// The municipal view's closed sets as GraphQL enums (each value is the stored string).

export const SUPPORT_DECISIONS = ['OFFER_SUPPORT', 'NO_ACTION', 'ALREADY_KNOWN'] as const;
export type SupportDecision = (typeof SUPPORT_DECISIONS)[number];
/** NEW until a caseworker decides; CLOSED once the family has answered an offer. */
export const SUPPORT_FLAG_STATUSES = ['NEW', ...SUPPORT_DECISIONS, 'CLOSED'] as const;
export const FAMILY_ANSWERS = ['ACCEPTED', 'DECLINED', 'NO_ANSWER'] as const;

const DECISIONS = {
  OFFER_SUPPORT: 'the family is offered support',
  NO_ACTION: 'nothing is done',
  ALREADY_KNOWN: 'the family is already known to the municipality',
};

export const SupportDecisionEnum = graphqlEnum(
  'SupportDecisionKind',
  SUPPORT_DECISIONS,
  'A caseworker’s decision on a support flag',
  DECISIONS,
);

export const SupportFlagStatusEnum = graphqlEnum('SupportFlagStatus', SUPPORT_FLAG_STATUSES, 'Where a support flag stands', {
  NEW: 'raised by a municipal rule, not yet decided',
  ...DECISIONS,
  CLOSED: 'the family answered the offer of support; nothing more is decided',
});

export const FamilyAnswerEnum = graphqlEnum('FamilyAnswer', FAMILY_ANSWERS, 'The family’s answer to an offer of support', {
  ACCEPTED: 'the family accepted the offer',
  DECLINED: 'the family declined the offer',
  NO_ANSWER: 'the family did not answer',
});

/** A support flag's history: a caseworker's decision, or the family's answer that closed the offer. */
export const SUPPORT_EVENT_KINDS = [...SUPPORT_DECISIONS, ...FAMILY_ANSWERS.map((a) => `FAMILY_${a}` as const)] as const;

export const SupportEventKindEnum = graphqlEnum('SupportEventKind', SUPPORT_EVENT_KINDS, 'One entry of a support flag’s history', {
  ...DECISIONS,
  FAMILY_ACCEPTED: 'the family accepted the offer',
  FAMILY_DECLINED: 'the family declined the offer',
  FAMILY_NO_ANSWER: 'the family did not answer the offer',
});

/** The family's answers in words, as the offer page names them (client/src/municipal/offer-letter-messages.ts). */
export const FAMILY_ANSWER_WORDS: Record<(typeof FAMILY_ANSWERS)[number], { da: string; en: string }> = {
  ACCEPTED: { da: 'tog imod tilbuddet', en: 'accepted the offer' },
  DECLINED: { da: 'sagde nej tak', en: 'declined' },
  NO_ANSWER: { da: 'har ikke svaret', en: 'has not answered' },
};
