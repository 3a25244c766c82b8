// The risk module's public surface: the rules (files, parameters, settings) and the evaluation of
// child-centred clusters. Other modules import from here only (eslint enforces it).
export { RiskModule } from './risk.module.js';
export { RuleRegistry, StaleSettingsError, validateOverrides, type EffectiveRule, type RuleOverrides } from './rule-registry.js';
export { ScanService, type EvaluatedChunk, type RuleExecution } from './scan.service.js';
export { composeRules, composedParams, type ComposedRules } from './composed-rules.js';
export { evaluateCluster, DEFAULT_POLICY, type Evidence, type Signal, type EvaluatedCluster, type FlagPolicy } from './flag-policy.js';
export { buildCluster, isChildOn, type Cluster, type ClusterMember, type ChildRelation, type MemberRole } from './cluster.js';
export { explainSignal, strongestRelation, type PersonLabel } from './explain.js';
export {
  headerTexts,
  paramTexts,
  parseRuleFile,
  readMetadataHeader,
  RuleHeaderError,
  type HeaderParamLine,
  type ParamValue,
  type RuleDefinition,
  type Texts,
} from './rule-header.js';
export { parseOverrides } from './risk.resolver.js';
