// ErrorNotice moved to ui/ErrorNotice.tsx; re-exported for the forms still importing it from here
// (admin/CreateUserForm, EditUserPanel, SharingForm, EndBasisForm, cluster/TriagePanel, report/ReportPage,
// queries/ApiKeysPanel, QueryEditor, being rewritten in parallel).
export { ErrorNotice } from '../ui/ErrorNotice';
