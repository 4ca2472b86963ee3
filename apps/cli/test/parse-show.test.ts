import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, seedPath } from './helpers.js';

describe('taizhang parse', () => {
  it('prints the ledger of the seed', async () => {
    const { code, stdout } = await cli('parse', seedPath);
    expect(code).toBe(0);
    expect(stdout).toContain('11 个部分 sections · 39 项措施 measures');
    expect(stdout).toMatch(
      /\(三十九\)\s+11\s+强化宣传引导\s+各市州人民政府\s+牵头 省委宣传部；配合 省广电局/,
    );
  });

  it('--json gives the PolicyDocument with numbers, sections, names as written and region codes', async () => {
    const { code, stdout } = await cli('parse', seedPath, '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.measures).toHaveLength(39);
    const m5 = doc.measures[4];
    expect(m5).toMatchObject({ number: 5, section: 3, title: '加快城镇棚户区、城中村和危房改造' });
    expect(m5.responsibility).toMatchObject({
      lead: ['省住房城乡建设厅'],
      supporting: ['省发展改革委', '省财政厅', '省国土资源厅'],
      joint: [],
      local: ['各市州人民政府'],
    });
    expect(doc.measures[10].responsibility.regions).toEqual(['630100', '630200']);
  });

  it('reads GB18030 and UTF-16 files into the same document as UTF-8', async () => {
    const utf8 = JSON.parse((await cli('parse', seedPath, '--json')).stdout);
    for (const file of ['seed-gb18030.txt', 'seed-utf16le-bom.txt']) {
      const other = JSON.parse((await cli('parse', fixture(file), '--json')).stdout);
      expect(other.measures, file).toEqual(utf8.measures);
    }
  });

  it.each([
    ['a missing file', '/nonexistent/doc.txt', /无法读取.*no such file/],
    ['a binary file', fixture('not-text.bin'), /不是文本文件/],
    ['a file in an unknown encoding', fixture('latin1.txt'), /无法识别的文字编码/],
    ['prose that is not a policy document', fixture('prose.txt'), /prose\.txt:1:1: .*不像一份政策文件/],
  ])('%s → one line on stderr, exit 2', async (_, file, message) => {
    const { code, stdout, stderr } = await cli('parse', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('usage errors exit 2', async () => {
    expect((await cli('parse')).code).toBe(2);
    expect((await cli('parse', seedPath, '--bogus')).code).toBe(2);
    expect((await cli('nonsense')).code).toBe(2);
  });
});

describe('taizhang show', () => {
  it('lists the 39 measures', async () => {
    const { code, stdout } = await cli('show');
    expect(code).toBe(0);
    expect(stdout.match(/^\(.+?\)\s/gm)).toHaveLength(39);
  });

  it('show measure N in text and JSON', async () => {
    const text = await cli('show', 'measure', '8');
    expect(text.stdout).toContain('措施 (八) M08  推进海绵城市建设');
    expect(text.stdout).toContain('分工负责 joint: 省住房城乡建设厅（青海省住房和城乡建设厅）、省水利厅');
    const json = JSON.parse((await cli('show', 'measure', 'M39', '--json')).stdout);
    expect(json.responsibility.lead).toEqual(['省委宣传部']);
    expect((await cli('show', 'measure', '40')).code).toBe(2);
  });

  it('show agency by a successor name lists the 2016 body’s measures and roles', async () => {
    const json = JSON.parse((await cli('show', 'agency', '省自然资源厅', '--json')).stdout);
    expect(json.agency.short).toBe('省国土资源厅');
    expect(
      json.measures
        .filter((m: { roles: string[] }) => m.roles.includes('lead'))
        .map((m: { number: number }) => m.number),
    ).toEqual([23, 24, 25]);
    const missing = await cli('show', 'agency', '火星局');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('不认识机构');
  });

  it('show region by name or code', async () => {
    const byName = JSON.parse((await cli('show', 'region', '海北州', '--json')).stdout);
    const byCode = JSON.parse((await cli('show', 'region', '632200', '--json')).stdout);
    expect(byName).toEqual(byCode);
    expect(byName.measures).toHaveLength(37);
    expect((await cli('show', 'region', '630100')).stdout).toContain(
      '需要报送的措施 measures it reports on: 39',
    );
  });

  it('--document takes a ledger JSON written by parse --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'taizhang-'));
    const ledger = join(dir, 'ledger.json');
    writeFileSync(ledger, (await cli('parse', fixture('other-doc.txt'), '--json')).stdout);
    const json = JSON.parse((await cli('show', '--document', ledger, '--json')).stdout);
    expect(json.map((m: { title: string }) => m.title)).toEqual(['推进户籍制度改革', '推进县城建设']);
    writeFileSync(join(dir, 'bad.json'), '{"measures": 3}');
    const bad = await cli('show', '--document', join(dir, 'bad.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不是 taizhang 台账 JSON');
  });
});

describe('the built binary', () => {
  it('exits 2 with one line for a bad file, 0 for the seed', () => {
    const bin = new URL('../dist/main.js', import.meta.url).pathname;
    const bad = spawnSync(process.execPath, [bin, 'parse', fixture('not-text.bin')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const ok = spawnSync(process.execPath, [bin, 'parse', seedPath], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
  });
});

describe('paths are relative to the command’s working folder', () => {
  it('parse and --document resolve against cwd', async () => {
    const { Writable } = await import('node:stream');
    const { runCli } = await import('../src/run.js');
    const { dirname, basename } = await import('node:path');
    let out = '';
    const sink = new Writable({
      write(chunk, _e, done) {
        out += chunk.toString();
        done();
      },
    });
    const cwd = dirname(seedPath);
    const code = await runCli(['parse', basename(seedPath), '--json'], { stdout: sink, stderr: sink, cwd });
    expect(code).toBe(0);
    expect(JSON.parse(out).measures).toHaveLength(39);
    out = '';
    const shown = await runCli(['show', '--document', basename(seedPath), '--json'], {
      stdout: sink,
      stderr: sink,
      cwd,
    });
    expect(shown).toBe(0);
    expect(JSON.parse(out)).toHaveLength(39);
  });
});
