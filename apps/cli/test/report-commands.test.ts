import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prefectures } from '@taizhang/core/data';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runIn, tempDir } from './support/run-in.js';
import { writeSample } from './support/workbooks.js';

describe('taizhang fill', () => {
  it('writes a real .xlsx; never overwrites without --force', async () => {
    const dir = tempDir('fill');
    const first = await runIn(dir, ['fill', '--region', '西宁', '--period', '2017Q3']);
    expect(first.code).toBe(0);
    const path = join(dir, '西宁市-2017Q3-台账填报.xlsx');
    expect(first.stdout).toContain(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => `${w.name}:${w.state}`)).toEqual([
      '说明:visible',
      '措施:visible',
      '指标:visible',
      '核实说明:visible',
      '_taizhang:hidden',
    ]);
    const measures = wb.getWorksheet('措施');
    expect(measures?.getCell('F3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"未启动,推进中,已完成,滞后"'],
    });
    expect(measures?.getCell('F3').protection).toMatchObject({ locked: false });
    expect(measures?.getCell('C3').protection?.locked).not.toBe(false); // locked is Excel's default
    expect(measures?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(
      (measures as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection,
    ).toMatchObject({ sheet: true });
    expect(
      (measures as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection.hashValue,
    ).toBeUndefined();

    writeFileSync(path, 'what the statistician typed');
    const again = await runIn(dir, ['fill', '--region', '西宁市', '--period', '2017Q3']);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(path, 'utf8')).toBe('what the statistician typed');
    const forced = await runIn(dir, ['fill', '--region', '630100', '--period', '2017Q3', '--force']);
    expect(forced.code).toBe(0);
    expect(statSync(path).size).toBeGreaterThan(10_000);
  });

  it('bad region or period: one line, exit 2, nothing written', async () => {
    const dir = tempDir('fill-bad');
    const region = await runIn(dir, ['fill', '--region', '北京', '--period', '2017']);
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(/找不到地区“北京”.*西宁/);
    const period = await runIn(dir, ['fill', '--region', '西宁市', '--period', '2017Q5']);
    expect(period.code).toBe(2);
    expect(period.stderr).toMatch(/2017Q5/);
    expect(existsSync(join(dir, '西宁市-2017Q5-台账填报.xlsx'))).toBe(false);
  });
});

describe('taizhang validate', () => {
  it('exit 0 for a ready workbook, 1 with a readable table for problems, --json and --format junit', async () => {
    const dir = tempDir('validate');
    await writeSample(dir, '西宁市');
    await writeSample(dir, '海东市', '2017', [
      { sheet: '措施', cell: 'F3', value: '已完成' },
      { sheet: '措施', cell: 'G3', value: 80 },
      { sheet: '指标', cell: 'H3', value: '约60' },
    ]);
    const ok = await runIn(dir, ['validate', '西宁市-2017.xlsx']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✓ 西宁市-2017.xlsx 西宁市 2017：可以报送/);
    const bad = await runIn(dir, ['validate', '海东市-2017.xlsx']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✗ 海东市-2017.xlsx 海东市 2017：不能报送/);
    expect(bad.stdout).toMatch(/措施!G3\s+错误 error\s+C_DONE_INCOMPLETE/);
    expect(bad.stdout).toMatch(/指标!H3\s+错误 error\s+V_APPROXIMATE/);
    const json = JSON.parse((await runIn(dir, ['validate', '.', '--json'])).stdout);
    expect(json.reports.map((r: { source: string; ready: boolean }) => [r.source, r.ready])).toEqual([
      ['海东市-2017.xlsx', false],
      ['西宁市-2017.xlsx', true],
    ]);
    const junit = await runIn(dir, ['validate', dir, '--format', 'junit']);
    expect(junit.code).toBe(1);
    expect(junit.stdout).toMatch(/<testsuite name="海东市-2017.xlsx" tests="(\d+)" failures="\1"/);
    expect(junit.stdout).toMatch(
      /<testcase classname="海东市-2017.xlsx" name="指标!H3 V_APPROXIMATE"><failure type="error"/,
    );
    expect(junit.stdout).toMatch(/<testcase classname="西宁市-2017.xlsx" name="ready"\/>/);
  });

  it('shows a progress bar on a terminal when validating a folder', async () => {
    const dir = tempDir('validate-tty');
    await writeSample(dir, '西宁市');
    await writeSample(dir, '海北州');
    const tty = await runIn(dir, ['validate', '.'], true);
    expect(tty.stderr).toMatch(/\[█+░*\] 1\/2/);
    const pipe = await runIn(dir, ['validate', '.']);
    expect(pipe.stderr).toBe('');
  });

  it('bad files: one clear line each, exit 2', async () => {
    const dir = tempDir('validate-bad');
    const good = await writeSample(dir, '西宁市');
    const bytes = readFileSync(good);
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]);
    const bomb = Buffer.from(bytes);
    const cd = bomb.readUInt32LE(bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
    bomb.writeUInt32LE(0x7fffffff, cd + 24); // first entry claims 2 GB uncompressed
    const docx = Buffer.from(
      bytes.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmz'),
      'latin1',
    );
    const cases: Array<[string, Buffer | null, RegExp]> = [
      ['empty.xlsx', Buffer.alloc(0), /空的（0 字节）/],
      ['notes.xlsx', Buffer.from('序号,措施\n1,户籍\n'), /不是 Excel 工作簿/],
      ['old.xlsx', ole, /旧版 \.xls/],
      ['locked.xlsx', encrypted, /打开密码/],
      ['cut.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)), /不完整/],
      ['bomb.xlsx', bomb, /压缩炸弹/],
      ['other.xlsx', docx, /不是 Excel 工作簿/],
      ['huge.xlsx', null, /超过 50 MB/],
    ];
    for (const [name, content, message] of cases) {
      if (content) writeFileSync(join(dir, name), content);
      else {
        writeFileSync(join(dir, name), '');
        truncateSync(join(dir, name), 60 * 1024 * 1024); // sparse: no 60 MB written
      }
      const result = await runIn(dir, ['validate', name]);
      expect(result.code, name).toBe(2);
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(result.stderr, name).toMatch(message);
      expect(result.stderr, name).toContain(name);
    }
    const missing = await runIn(dir, ['validate', 'nowhere.xlsx']);
    expect(missing.code).toBe(2);
  });
});

describe('taizhang merge', () => {
  it('merges 8 ready workbooks into the provincial summary; refuses when one is not ready, writing nothing', async () => {
    const dir = tempDir('merge');
    const names = prefectures().map((p) => p.short);
    for (const name of names) await writeSample(dir, name);
    const result = await runIn(dir, ['merge', '.', '-o', '全省汇总.xlsx']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/已合并 8 份 2017年 填报表/);
    expect(result.stdout).toMatch(/8 个市州全部报送/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '全省汇总.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总说明',
      '措施进展',
      '指标汇总',
      '分地区指标',
      '滞后事项',
      '核实说明汇总',
      '_taizhang',
    ]);
    expect(wb.getWorksheet('措施进展')?.getRow(2).values).toContain('海西蒙古族藏族自治州');

    const again = await runIn(dir, ['merge', '.', '-o', '全省汇总.xlsx']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);

    const bad = tempDir('merge-bad');
    for (const name of names.slice(0, 7)) await writeSample(bad, name);
    await writeSample(bad, names[7] ?? '', '2017', [{ sheet: '措施', cell: 'F3', value: null }]);
    const refused = await runIn(bad, ['merge', '.', '-o', 'province.xlsx']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/措施!F3\s+错误 error\s+V_REQUIRED/);
    expect(refused.stderr).toMatch(/没有写出任何文件/);
    expect(existsSync(join(bad, 'province.xlsx'))).toBe(false);
  });
});

describe('taizhang demo', () => {
  it('writes the template and a filled sample into ./out, validates it, and keeps files on a second run', async () => {
    const dir = tempDir('demo');
    const first = await runIn(dir, ['demo']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/39 项措施/);
    expect(first.stdout).toMatch(/可以报送 \/ ready to send/);
    expect(first.stdout).toMatch(/样例-有错\.xlsx 西宁市 2017：不能报送/);
    expect(first.stdout).toMatch(/C_DONE_INCOMPLETE/);
    expect(first.stdout).toMatch(/已说明 explained\s+C_YOY_JUMP/);
    const sample = join(dir, 'out', '西宁市-2017-样例-已填.xlsx');
    expect(existsSync(sample)).toBe(true);
    writeFileSync(sample, readFileSync(sample)); // untouched copy; a second run must keep it
    const second = await runIn(dir, ['demo']);
    expect(second.stdout).toMatch(/已存在，保留原文件/);
  });
});
