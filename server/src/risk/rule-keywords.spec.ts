import { describe, expect, it } from 'vitest';
import { checkKeywords, keywordStem, matchKeyword } from './rule-keywords.js';

describe('keyword matching', () => {
  const defaults = ['kniv', 'selvmord', 'truede', 'beruset', 'narko', 'børn til stede', 'vold i hjemmet'];

  it.each([
    ['narkotika', 'narko'],
    ['selvmordstrussel', 'selvmord'],
    ['Han var BERUSEDE og larmede', 'beruset'],
    ['knivstik i opgangen', 'kniv'],
    ['der var børn til stede', 'børn til stede'],
    ['anmeldt vold i  hjemmet', 'vold i hjemmet'],
    ['(narko)', 'narko'],
  ])('"%s" matches %s', (text, keyword) => {
    expect(matchKeyword(text, defaults)).toBe(keyword);
  });

  it.each(['overvold', 'lommekniven? nej: lommekniv', 'selvmod', 'børn var ikke til stede', ''])('"%s" matches nothing', (text) => {
    expect(matchKeyword(text, defaults)).toBeUndefined();
  });

  it('stems the last word of a phrase, never below three letters', () => {
    expect(keywordStem('vold i hjemmet')).toBe('vold i hjem');
    expect(keywordStem('Beruset')).toBe('berus');
    expect(keywordStem('ed')).toBe('ed');
  });

  it('refuses keywords with other characters and an unconfirmed empty list', () => {
    expect(() => checkKeywords(['nar.*ko'], false)).toThrow(/only letters, digits/);
    expect(() => checkKeywords([], false)).toThrow(/confirm/);
    expect(() => checkKeywords([], true)).not.toThrow();
  });
});
