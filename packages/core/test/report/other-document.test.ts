import { describe, expect, it } from 'vitest';
import { expandLocalGovernments, seedDocument } from '../../src/data/index.js';
import { parsePolicyDocument } from '../../src/document/index.js';
import {
  measuresTracked,
  parsePeriod,
  renderTemplate,
  resolveReportRegion,
  templateIndicators,
} from '../../src/report/index.js';

const other = parsePolicyDocument(
  `关于推进城镇化的实施意见

一、重点任务

（一）推进户籍制度改革。放宽落户条件。（各市州人民政府；省公安厅牵头，省教育厅等配合）

（二）加快棚户区改造。到2020年完成现有棚户区改造。（各市州人民政府；省住房城乡建设厅牵头，省财政厅等配合）`,
  { expandLocalGovernments: (p) => expandLocalGovernments(p).regions },
);
const xining = resolveReportRegion('西宁市');
const period = parsePeriod('2017');

describe('templates of a document other than the seed', () => {
  it('link indicators to the measures whose text uses their phrases, not to the seed’s numbers', () => {
    expect(measuresTracked(other, 'shantytown-renovation-completion-rate')).toEqual([2]);
    const rows = templateIndicators(other, xining.code, period);
    const shanty = rows.find((r) => r.id === 'shantytown-renovation-completion-rate');
    expect(shanty?.measures).toEqual([2]);
    // 常住人口城镇化率 is the seed's measure (一); this document's (一) never mentions it.
    expect(rows.find((r) => r.id === 'urbanization-rate-resident')?.measures).toEqual([]);
  });

  it('the template carries only the indicators its measures track', () => {
    const plan = renderTemplate({ document: other, region: xining, period });
    const sheet = plan.sheets.find((s) => s.name === '指标');
    const ids = sheet?.cells
      .filter((c) => /^A\d+$/.test(c.address) && Number(c.address.slice(1)) >= 3)
      .map((c) => c.value);
    expect(ids).toEqual(['shantytown-renovation-completion-rate']);
  });

  it('the seed keeps the catalogue’s curated measure numbers', () => {
    const rows = templateIndicators(seedDocument, xining.code, period);
    expect(rows.find((r) => r.id === 'urbanization-rate-resident')?.measures).toContain(1);
  });
});
