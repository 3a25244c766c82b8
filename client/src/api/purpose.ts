// The purpose of person look-ups: asked once per investigation, kept for the browser tab
// (sessionStorage), sent URI-encoded in the x-opspor-purpose header. What a purpose may be (a
// journal number or one of the server's configured reasons) is @opspor/contract's rule; the
// reasons themselves come from the API (shell/purpose.tsx). Nothing here imports the contract or
// the dialog: the sign-in page loads this file (scripts/bundle-budget.mjs).

const KEY = 'opspor.purpose';

export function storedPurpose(): string | null {
  const value = sessionStorage.getItem(KEY);
  return value && value.trim() ? value : null;
}

export function storePurpose(value: string): void {
  sessionStorage.setItem(KEY, value.trim());
}

export function clearPurpose(): void {
  sessionStorage.removeItem(KEY);
}

/** The person closed the purpose dialog without giving one: nothing was read, nothing to show. */
export class PurposeCancelledError extends Error {
  constructor() {
    super('No purpose was given');
    this.name = 'PurposeCancelledError';
  }
}
