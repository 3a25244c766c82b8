import { describe, expect, it } from 'vitest';
import { highlightCypher } from './cypher-highlight';

const kinds = (text: string) =>
  highlightCypher(text)
    .filter((h) => h.text.trim())
    .map((h) => [h.kind, h.text.trim()]);

describe('highlightCypher', () => {
  it('marks keywords, labels, parameters, strings, numbers and comments', () => {
    expect(kinds("MATCH (p:Person {id: $id}) // who\nRETURN p.name, 'x', 42")).toEqual([
      ['keyword', 'MATCH'],
      ['plain', '(p:'],
      ['label', 'Person'],
      ['plain', '{id:'],
      ['parameter', '$id'],
      ['plain', '})'],
      ['comment', '// who'],
      ['keyword', 'RETURN'],
      ['plain', 'p.name,'],
      ['string', "'x'"],
      ['plain', ','],
      ['number', '42'],
    ]);
  });

  it('marks writing clauses apart, but not inside strings or comments', () => {
    expect(kinds("MERGE (n) SET n.x = 'CREATE' /* DELETE */").filter(([k]) => k === 'write')).toEqual([
      ['write', 'MERGE'],
      ['write', 'SET'],
    ]);
  });

  it('keeps every character, so the overlay lines up with the text area', () => {
    const text = 'MATCH (a)-[:R*1..3]->(b) WHERE a.x = "q\\"" RETURN count(*) // é\n';
    expect(
      highlightCypher(text)
        .map((h) => h.text)
        .join(''),
    ).toBe(text);
  });
});
