// The municipal pages' paths (kept apart from the pages, so the route table does not load them).
export const SUPPORT_PATH = '/support';
export const SUBJECT_PATH = '/subject-access';
