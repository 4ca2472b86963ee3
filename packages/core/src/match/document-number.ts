import { foldPattern } from './normalize.js';

/** Opening and closing brackets pages put around a document number's year: 〔〕 [] 【】 () （） ［］ 〖〗. */
const OPEN = '〔\\[【(〖';
const CLOSE = '〕\\]】)〗';

export interface DocumentNumberParts {
  /** Issuer's abbreviation, e.g. `青政`, `国发`. */
  readonly prefix: string;
  readonly year: string;
  readonly serial: string;
}

const PARTS = new RegExp(
  `^(\\p{Script=Han}+)\\s*[${OPEN}〔]\\s*(\\d{4})\\s*[${CLOSE}〕]\\s*0*(\\d+)\\s*号$`,
  'u',
);

/** Split `青政〔2016〕76号` (in any of its bracket and width forms) into its parts, or null when it is not a document number. */
export function documentNumberParts(documentNumber: string): DocumentNumberParts | null {
  const m = PARTS.exec(foldPattern(documentNumber));
  if (!m) return null;
  return { prefix: m[1] as string, year: m[2] as string, serial: m[3] as string };
}

/**
 * A regular expression finding one document number in folded text (see `foldText`: spaces are
 * already gone and full-width brackets and digits are ASCII), whatever brackets it is written with.
 * The serial must not run on into more digits: `76号` must not match inside `176号`.
 */
export function documentNumberPattern(parts: DocumentNumberParts): RegExp {
  return new RegExp(`${parts.prefix}[${OPEN}]${parts.year}[${CLOSE}]0*${parts.serial}号`, 'gu');
}
