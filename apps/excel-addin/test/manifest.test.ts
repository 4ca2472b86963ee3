import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';

/**
 * manifest.xml checked offline (Microsoft's validator needs its online service): well-formed, the
 * elements Office requires in the order the schema fixes, every resid defined, every URL served by
 * the build, icons at the sizes Office asks for, and the custom functions' metadata and namespace.
 */
const root = new URL('..', import.meta.url);
const file = (path: string) => fileURLToPath(new URL(path, root));
const ORIGIN = 'https://localhost:3000/';

function parse(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (m: string) => errors.push(m),
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  }).parseFromString(text, 'application/xml');
  if (errors.length > 0) throw new Error(`manifest.xml is not well-formed: ${errors.join('; ')}`);
  return doc as unknown as Document;
}

const manifest = parse(readFileSync(file('manifest.xml'), 'utf8'));
const all = (name: string) => Array.from(manifest.getElementsByTagName(name));
const one = (name: string) => {
  const found = all(name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
/** A direct child of the root (Description, SourceLocation … also occur deeper, in VersionOverrides). */
const top = (name: string) => {
  const found = Array.from(manifest.documentElement.childNodes).filter(
    (n) => n.nodeType === 1 && (n as Element).tagName === name,
  );
  expect(found, name).toHaveLength(1);
  return found[0] as Element;
};
/** `1.9` < `1.14`: requirement set versions compare part by part. */
const versionParts = (v: string) => v.split('.').map(Number);
function versionAtMost(v: string, max: string): boolean {
  const [a, b] = [versionParts(v), versionParts(max)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}
const childNames = (el: Element) =>
  Array.from(el.childNodes)
    .filter((n) => n.nodeType === 1)
    .map((n) => (n as Element).tagName);

function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function servedPath(url: string): string {
  expect(url.startsWith(ORIGIN), url).toBe(true);
  return file(`dist/${url.slice(ORIGIN.length)}`);
}

describe('manifest.xml', () => {
  it('rejects a broken document (the check can fail)', () => {
    expect(() => parse('<OfficeApp><Id></OfficeApp>')).toThrow(/not well-formed/);
  });

  it('has the required top-level elements in schema order', () => {
    const app = manifest.documentElement;
    expect(app.tagName).toBe('OfficeApp');
    expect(app.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(childNames(app)).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
    expect(top('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(top('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(top('Permissions').textContent).toBe('ReadWriteDocument');
    expect(all('Host')[0]!.getAttribute('Name')).toBe('Workbook');
    expect(top('DisplayName').getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    expect(top('Description').getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
  });

  it('asks for no requirement set newer than ExcelApi 1.14 (Office 2021 perpetual)', () => {
    const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion') ?? ''] as const);
    expect(sets).toContainEqual(['SharedRuntime', '1.1']);
    const excel = sets.find(([name]) => name === 'ExcelApi');
    expect(excel).toBeDefined();
    expect(versionAtMost(excel![1], '1.14')).toBe(true);
    expect(versionAtMost('1.18', '1.14')).toBe(false);
  });

  it('defines every resid it uses, and every string fits Office’s length limits', () => {
    const defined = new Set(
      all('bt:Image')
        .concat(all('bt:Url'), all('bt:String'))
        .map((e) => e.getAttribute('id'))
        .filter(Boolean),
    );
    const used = Array.from(manifest.getElementsByTagName('*'))
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null && r !== '');
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(defined.has(resid), resid).toBe(true);
    const shortStrings = Array.from(one('bt:ShortStrings').getElementsByTagName('bt:String'));
    for (const s of shortStrings)
      expect(s.getAttribute('DefaultValue')!.length, s.getAttribute('id')!).toBeLessThanOrEqual(125);
    const longStrings = Array.from(one('bt:LongStrings').getElementsByTagName('bt:String'));
    for (const s of longStrings)
      expect(s.getAttribute('DefaultValue')!.length, s.getAttribute('id')!).toBeLessThanOrEqual(250);
  });

  it('puts the button on the Home tab and runs task pane and functions in one long-lived runtime', () => {
    expect(one('OfficeTab').getAttribute('id')).toBe('TabHome');
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const shared = runtime.getAttribute('resid');
    const functions = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
    expect(functions).toBeDefined();
    const script = functions.getElementsByTagName('Script')[0]!.getElementsByTagName('SourceLocation')[0]!;
    const page = functions.getElementsByTagName('Page')[0]!.getElementsByTagName('SourceLocation')[0]!;
    expect([
      script.getAttribute('resid'),
      page.getAttribute('resid'),
      one('FunctionFile').getAttribute('resid'),
    ]).toEqual([shared, shared, shared]);
    const action = one('Action');
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(action.getElementsByTagName('SourceLocation')[0]!.getAttribute('resid')).toBe(shared);
  });

  it('points every URL at a file the build produces', () => {
    const urls = [
      ...all('bt:Url').map((u) => u.getAttribute('DefaultValue')!),
      ...all('bt:Image')
        .filter((i) => i.hasAttribute('DefaultValue'))
        .map((u) => u.getAttribute('DefaultValue')!),
      top('IconUrl').getAttribute('DefaultValue')!,
      top('HighResolutionIconUrl').getAttribute('DefaultValue')!,
      top('DefaultSettings').getElementsByTagName('SourceLocation')[0]!.getAttribute('DefaultValue')!,
    ];
    for (const url of urls) expect(existsSync(servedPath(url)), url).toBe(true);
    const html = readFileSync(file('dist/taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('has icons at the sizes Office asks for: ribbon 16/32/80 (+20/24/40/48/64), IconUrl 32, high resolution 64', () => {
    const ribbon = all('bt:Image')
      .filter((i) => i.hasAttribute('DefaultValue'))
      .map((img) => [img.getAttribute('id')!, img.getAttribute('DefaultValue')!] as const);
    const sizes = new Map(ribbon.map(([id, url]) => [id, pngSize(servedPath(url))]));
    for (const use of all('bt:Image').filter((i) => i.hasAttribute('size'))) {
      const size = Number(use.getAttribute('size'));
      expect(sizes.get(use.getAttribute('resid')!), `${use.getAttribute('resid')} at ${size}`).toEqual([
        size,
        size,
      ]);
    }
    const ribbonSizes = new Set(
      all('bt:Image')
        .filter((i) => i.hasAttribute('size'))
        .map((i) => i.getAttribute('size')),
    );
    // 16, 32 and 80 are required; 20, 24, 40, 48 and 64 are what Office picks on high-DPI screens.
    expect(ribbonSizes).toEqual(new Set(['16', '20', '24', '32', '40', '48', '64', '80']));
    expect(pngSize(servedPath(top('IconUrl').getAttribute('DefaultValue')!))).toEqual([32, 32]);
    expect(pngSize(servedPath(top('HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual([64, 64]);
  });

  it('ships functions.json whose functions the shared runtime registers, under a valid namespace', () => {
    const namespace = all('bt:String')
      .find((s) => s.getAttribute('id') === 'Functions.Namespace')!
      .getAttribute('DefaultValue')!;
    expect(namespace).toMatch(/^[A-Z][A-Z0-9]{0,31}$/);
    const metadata = JSON.parse(readFileSync(file('dist/functions.json'), 'utf8')) as {
      functions: Array<{ id: string; parameters: unknown[] }>;
    };
    expect(metadata.functions.map((f) => f.id)).toEqual(['INDICATOR', 'TARGET']);
    const register = readFileSync(file('src/functions/register.ts'), 'utf8');
    for (const f of metadata.functions) expect(register).toContain(`associate('${f.id}'`);
  });
});
