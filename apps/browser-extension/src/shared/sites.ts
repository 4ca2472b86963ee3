/** The origin pattern a permission and a content-script registration use for a page's site. */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Sites annotated without asking: government sites (Qinghai's are all under gov.cn) and Qinghai's news site. */
export const DEFAULT_MATCHES = ['*://*.gov.cn/*', '*://*.qhnews.com/*'];

/** True when the manifest's content script already runs on `url`. */
export function coveredByDefault(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return (
      host === 'gov.cn' || host.endsWith('.gov.cn') || host === 'qhnews.com' || host.endsWith('.qhnews.com')
    );
  } catch {
    return false;
  }
}
