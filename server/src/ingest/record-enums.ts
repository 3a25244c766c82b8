import { graphqlEnum } from '../common/graphql-scalars.js';
import { INVOLVEMENT_ROLES, PARTNER_KINDS } from './records.js';

// The ingest contract's closed sets as GraphQL enums (each value is the stored string).

export const InvolvementRoleEnum = graphqlEnum('InvolvementRole', INVOLVEMENT_ROLES, 'How a person is involved in a case', {
  suspect: 'suspected',
  charged: 'charged (sigtet) in the case',
  victim: 'the victim of the offence (forurettet)',
  witness: 'a witness in the case',
  reporter: 'reported the case',
  other: 'involved otherwise (e.g. the person a suicide threat or disturbance concerns)',
});

export const PartnerKindEnum = graphqlEnum('PartnerKind', PARTNER_KINDS, 'How two adults are partners', {
  married: 'married or in a registered partnership',
  cohabiting: 'living together without marriage',
});
