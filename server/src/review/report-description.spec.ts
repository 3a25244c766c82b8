import { describe, expect, it } from 'vitest';
import { checkDescription, fillerProblem } from './report-description.js';

describe('the description of the child', () => {
  it('rejects the filler the issue quotes, babble and repeated words', () => {
    expect(fillerProblem('Far har gentagne sager om spiritus og vold. Blablabla blablabla.', 10)).toMatch(/blablabla/);
    expect(fillerProblem('hahaha barnet er glad', 2)).toMatch(/hahaha/);
    expect(fillerProblem('barn barn barn barn barn barn barn barn barn barn', 10)).toMatch(/repeats/);
    expect(fillerProblem('test test test test test test godt', 6)).toMatch(/repeats/);
    expect(fillerProblem('kort tekst', 6)).toMatch(/at least 6 words/);
  });

  it('accepts real descriptions, including short Danish words and "ukendt" for an unknown school', () => {
    expect(fillerProblem('Pigen virker stille og træt i skolen og har selv fortalt om uro i hjemmet om natten.', 10)).toBeNull();
    expect(checkDescription('institution', ' ukendt ')).toBe('ukendt');
    expect(checkDescription('observed', 'Drengen åbnede døren og virkede bange for sin far.')).toMatch(/^Drengen/);
  });

  it('names the field and the guidance when a field is missing', () => {
    expect(() => checkDescription('observed', '  ')).toThrow(/observed: is required: what the police observed/);
    expect(() => checkDescription('assessment', 'Blablabla blablabla blablabla.')).toThrow(/assessment: .*blablabla/);
  });
});
