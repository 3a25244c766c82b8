import { describe, expect, it } from 'vitest';
import { readableSum } from './format';

describe('readableSum', () => {
  const members = [
    { personId: 'p-1', name: 'Test barn' },
    { personId: 'p-12', name: 'Test mor' },
  ];
  const titles: Record<string, string> = { 'municipal-dental-no-shows': 'Gentagne udeblivelser fra tandplejen' };
  const title = (id: string) => titles[id] ?? id;

  it('names the rules and the members, each id replaced whole', () => {
    expect(readableSum('30 (municipal-dental-no-shows: p-1) + 20 (municipal-parent-addiction: p-12) = 50', members, title)).toBe(
      '30 (Gentagne udeblivelser fra tandplejen: Test barn) + 20 (municipal-parent-addiction: Test mor) = 50',
    );
  });

  it('leaves what it does not know as it is', () => {
    expect(readableSum('10 (x: addr-9) = 10', members, title)).toBe('10 (x: addr-9) = 10');
  });
});
