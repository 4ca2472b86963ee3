/** Printing the report to PDF (A4) through headless Chromium, the same print CSS as a browser's Print. */
import { existsSync } from 'node:fs';
import { UserError } from '../command.js';

/** Debian's chromium; override with TAIZHANG_CHROMIUM. */
export function chromiumPath(): string {
  return process.env.TAIZHANG_CHROMIUM ?? '/usr/lib/chromium/chromium';
}

/** The PDF bytes of an HTML page. Throws a UserError saying what to install when Chromium is missing. */
export async function htmlToPdf(htmlText: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath))
    throw new UserError(
      `找不到 Chromium（${executablePath}），无法生成 PDF；HTML 报告已写好，可在浏览器中打印。安装：apt-get install -y chromium fonts-noto-cjk，或用 TAIZHANG_CHROMIUM 指定路径 / Chromium not found: no PDF; the HTML report was written and prints from any browser. Install chromium and fonts-noto-cjk, or set TAIZHANG_CHROMIUM`,
    );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(htmlText, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
