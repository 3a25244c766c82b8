// The flags module's public surface: other modules import from here only (eslint enforces it).
export { FlagsModule } from './flags.module.js';
export { FlagsService, type FlagAccess, type FlagFilter, type FlagVersionContent } from './flags.service.js';
export { ScreeningService, type ScreeningOptions, type ScreeningResult } from './screening.service.js';
export { ScanScheduler, type ScanStatus, type ScreeningRunner, type TickOutcome } from './scan.scheduler.js';
export { FlagMigration } from './flag-migration.js';
export { REOPEN_NOTES } from './flag-writer.service.js';
export {
  caseDistricts,
  citedCaseIds,
  decodeCursor,
  decodeMembers,
  decodeSignals,
  encodeCursor,
  encodeMembers,
  encodeSignals,
  FlagCodecError,
  type ChildRelation,
  type StoredMember,
} from './codec.js';
export { joinMembers, toMemberModels, toSignalModels, type MemberView, type PersonRow } from './flag-view.js';
export { EvidenceModel, FlagMemberModel, SignalModel } from './models/flag.model.js';
export { diffVersions, worsens, type VersionDiff } from './versions.js';
export { FLAG_STATUSES, FlagStatusEnum, SIGNAL_KINDS, SignalKindEnum, type FlagStatus } from './flag-enums.js';
