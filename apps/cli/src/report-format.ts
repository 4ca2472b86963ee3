/** How a validation report is shown: a readable table, JSON, or JUnit XML for pipelines. */
import type { Problem, ValidationReport } from '@taizhang/core/report';
import { renderTable } from './table.js';

export function severityLabel(p: Problem): string {
  if (p.severity === 'error') return '错误 error';
  return p.explanation ? '已说明 explained' : '核实 warning';
}

export function verdictLine(report: ValidationReport): string {
  const who = report.identity ? `${report.identity.regionName} ${report.identity.period}` : '';
  const counts = `${report.errors} 个错误 errors，${report.openWarnings} 个待核实 open warnings，${report.explainedWarnings} 个已说明 explained`;
  return report.ready
    ? `✓ ${report.source} ${who}：可以报送 / ready to send（${counts}）`
    : `✗ ${report.source} ${who}：不能报送 / not ready（${counts}）`;
}

export function renderReport(report: ValidationReport, width = 160): string {
  const lines = [verdictLine(report)];
  if (report.problems.length > 0) {
    const rows = report.problems.map((p) => [
      `${p.sheet}!${p.cell}`,
      severityLabel(p),
      p.code,
      p.explanation ? `${p.message.zh}〔核实说明：${p.explanation}〕` : p.message.zh,
      p.fix ? p.fix.zh : '',
    ]);
    lines.push(
      renderTable(['位置 cell', '级别 severity', '规则 rule', '问题 problem', '可修正 fix'], rows, [
        16,
        16,
        22,
        Math.max(40, width - 90),
        16,
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );

/** JUnit XML: one suite per workbook, one failing test case per open problem, one passing case when ready. */
export function renderJunit(
  reports: ValidationReport[],
  unreadable: Array<{ file: string; message: string }>,
): string {
  const suites = reports.map((r) => {
    const open = r.problems.filter((p) => p.severity === 'error' || !p.explanation);
    const cases = open.map(
      (p) =>
        `    <testcase classname="${xml(r.source)}" name="${xml(`${p.sheet}!${p.cell} ${p.code}`)}"><failure type="${p.severity}" message="${xml(p.message.en)}">${xml(p.message.zh)}</failure></testcase>`,
    );
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(r.source)}" name="ready"/>`);
    return `  <testsuite name="${xml(r.source)}" tests="${cases.length}" failures="${open.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  for (const u of unreadable)
    suites.push(
      `  <testsuite name="${xml(u.file)}" tests="1" failures="0" errors="1">\n    <testcase classname="${xml(u.file)}" name="read"><error message="${xml(u.message)}"/></testcase>\n  </testsuite>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="taizhang validate">\n${suites.join('\n')}\n</testsuites>\n`;
}
