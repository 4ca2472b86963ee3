import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(
      `Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`,
    );
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Headless Chromium with the unpacked extension loaded (a persistent context is the only way to
 * load one), host names mapped to a local server so pages get their real origins and the
 * extension's real host permissions apply. Throws, never skips, when Chromium is missing.
 */
export async function launchWithExtension(
  extensionDir: string,
  hostMap: Record<string, string> = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM)) throw new ChromiumMissingError(CHROMIUM);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `${extensionDir}/manifest.json not found: build the extension first (pnpm --filter @taizhang/browser-extension build).`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'taizhang-chromium-'));
  const rules = Object.entries(hostMap)
    .map(([host, target]) => `MAP ${host} ${target}`)
    .join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--no-first-run',
      ...(rules ? [`--host-resolver-rules=${rules}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
