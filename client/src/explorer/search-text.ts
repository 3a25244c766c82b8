import { parseDay } from '../ui/date-text';

/**
 * What the person search sends for what was typed: a birth date as people write it in either
 * language (01.12.2016, 1/12/2016, "1. december 2016") becomes the ISO day the API searches by;
 * anything else (a name, an id, digits alone) goes as typed.
 */
export function searchText(typed: string): string {
  const text = typed.trim();
  // digits alone may be an id: only a day written with separators or a month name is read as a day
  if (!/[./\s-]/.test(text)) return text;
  const day = parseDay(text);
  return day.kind === 'day' ? day.iso : text;
}
