import { parseDay } from '../ui/date-text';

/** Shaped like a day written with digits (31.02.2016, 31/2/2016, 2016-02-31), real or not. */
const DAY_SHAPED = /^(\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2})$/;

/**
 * What the person search sends for what was typed: a birth date as people write it in either
 * language (01.12.2016, 1/12/2016, "1. december 2016") becomes the ISO day the API searches by;
 * a day that does not exist (31.02.2016) is refused before anything is sent; anything else (a
 * name, an id, digits alone) goes as typed.
 */
export function searchText(typed: string): { text: string } | { notADay: string } {
  const text = typed.trim();
  // digits alone may be an id: only a day written with separators or a month name is read as a day
  if (!/[./\s-]/.test(text)) return { text };
  const day = parseDay(text);
  if (day.kind === 'day') return { text: day.iso };
  return DAY_SHAPED.test(text) ? { notADay: text } : { text };
}
