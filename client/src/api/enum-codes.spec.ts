import { describe, expect, it } from 'vitest';
import { storedCode } from './enum-codes';

describe('storedCode', () => {
  it('turns an upper-case wire value back into the stored code', () => {
    expect(storedCode('PARENT_PARTNER')).toBe('parent-partner');
    expect(storedCode('PARENT_ELSEWHERE')).toBe('parent-elsewhere');
    expect(storedCode('MOVE_IN')).toBe('move-in');
    expect(storedCode('CHILD')).toBe('child');
  });
});
