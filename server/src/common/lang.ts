import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from '../auth/request.js';

/** The two languages every text the server writes comes in. */
export type Lang = 'da' | 'en';

/** One text in both languages. */
export interface Texts {
  da: string;
  en: string;
}

/**
 * The user's language from an `Accept-Language` header (the client sends `da` or `en` with every
 * request): the Danish or English range with the highest weight; Danish when it names neither.
 */
export function langOfHeader(header: string | string[] | undefined, fallback: Lang = 'da'): Lang {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { lang: Lang; q: number } | null = null;
  for (const part of text.slice(0, 200).split(',')) {
    const [range, ...options] = part.trim().toLowerCase().split(';');
    const lang = range === 'en' || range?.startsWith('en-') ? 'en' : range === 'da' || range?.startsWith('da-') ? 'da' : null;
    if (!lang) continue;
    const qOption = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)).find(Boolean);
    const q = qOption ? Number(qOption[1]) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? fallback;
}

/** The language of the request (Accept-Language; Danish by default). */
export const RequestLang = createParamDecorator((_: unknown, ctx: ExecutionContext): Lang =>
  langOfHeader(requestOf(ctx).headers['accept-language']),
);
