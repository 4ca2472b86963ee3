import { describe, expect, it } from 'vitest';
import { coveredByDefault, DEFAULT_MATCHES, sitePattern } from '../src/shared/sites.js';
import manifest from '../static/manifest.json' with { type: 'json' };

describe('sites', () => {
  it('asks for exactly one origin for a site the user adds', () => {
    expect(sitePattern('https://www.example.org/news/1.html?x=1#top')).toBe('https://www.example.org/*');
    expect(sitePattern('http://localhost:8080/a')).toBe('http://localhost/*');
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });

  it('knows which sites the manifest already covers', () => {
    expect(coveredByDefault('http://www.qinghai.gov.cn/zwgk/1.html')).toBe(true);
    expect(coveredByDefault('https://gov.cn/')).toBe(true);
    expect(coveredByDefault('https://www.qhnews.com/a')).toBe(true);
    expect(coveredByDefault('https://notgov.cn.example.org/')).toBe(false);
    expect(coveredByDefault('https://fakegov.cn/')).toBe(false);
  });

  it('agrees with the manifest', () => {
    expect(manifest.content_scripts[0]?.matches).toEqual(DEFAULT_MATCHES);
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
  });
});
