import { graphqlEnum } from '../common/graphql-scalars.js';
import { INDICATOR_KINDS } from '../reference/reference-data.js';

// The kinds of municipal indicator (validated on ingest), as a GraphQL enum: DENTAL_NO_SHOW on the
// wire, `dental-no-show` as stored.
export const IndicatorKindEnum = graphqlEnum('IndicatorKind', INDICATOR_KINDS, 'What a municipal indicator records', {
  'dental-no-show': 'a missed appointment at the municipal dental service',
  notification: 'a notification of concern (underretning) about a child',
  'addiction-treatment': 'treatment for addiction',
  'psychiatric-treatment': 'treatment in psychiatry (in- or outpatient)',
  'transfer-income': 'living on transfer income',
  'jobcenter-contact': 'contact with the job centre',
  'extra-health-visits': 'extra visits by the health visitor',
  'school-absence': 'absence from school',
});
