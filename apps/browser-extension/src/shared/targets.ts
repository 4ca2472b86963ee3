import { extractTargets, type PolicyDocument, type Target } from '@taizhang/core/document';

/**
 * Targets and deadlines of measures, from core's extractor, as lines of text. Kept out of the
 * content script (the extractor brings the indicator catalogue and zod): the service worker answers
 * the card's question, the document page asks directly.
 */
export class TargetBook {
  private readonly cache = new Map<PolicyDocument, Target[]>();

  of(document: PolicyDocument, measure: number): string[] {
    let all = this.cache.get(document);
    if (!all) {
      all = extractTargets(document);
      this.cache.set(document, all);
    }
    return all.filter((t) => t.measure === measure).map(describeTarget);
  }
}

/** The clause as written, with its due date when the clause does not say it in those words. */
export function describeTarget(target: Target): string {
  const when =
    target.deadline !== null
      ? `${target.deadline}年`
      : target.withinYears !== null
        ? `${target.withinYears}年内`
        : target.recurrence === 'yearly'
          ? '每年'
          : '';
  return when && !target.text.includes(when) ? `${target.text}（${when}）` : target.text;
}
