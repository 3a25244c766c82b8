// useLoad moved to ui/useLoad.ts; re-exported for report/ReportPage, which is being rewritten in parallel.
export { useLoad } from '../ui/useLoad';
