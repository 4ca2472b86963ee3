import type { PageSummary } from './summary.js';

/** Messages between the popup, the service worker and the content script. */
export type Request =
  | { type: 'summary' }
  | { type: 'scrollTo'; kind: 'measure' | 'agency'; id: string }
  | { type: 'openDocument'; document: string; measure: number }
  | { type: 'targets'; document: string; measure: number };

export type SummaryResponse = PageSummary | null;

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'summary' || type === 'scrollTo' || type === 'openDocument' || type === 'targets';
}
