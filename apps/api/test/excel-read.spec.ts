import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readRoster, readRosterWhole } from '../src/excel/roster-read';
import { rosterTemplate } from '../src/excel/template';

/** The streaming reader of the roster: Chinese text read back intact, whatever the chunk boundaries. */
describe('roster reading', () => {
  it('SEL-1 3,000 rows of Chinese text (inline strings, as streaming writers write them) come back character for character', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(['单位代码', '姓名', '性别', '出生日期', '身份证号', '岗位职务', '备注']).commit();
    const names: string[] = [];
    for (let i = 0; i < 3000; i += 1) {
      names.push(`欧阳${'明德'.repeat(1 + (i % 5))}${i}`);
      sheet.addRow(['ua', names[i], i % 2 ? '男' : '女', '1985-06-15', '420606198506150011', '村(居)委会主任', '党组织委员'.repeat(1 + (i % 7))]).commit();
    }
    sheet.commit();
    await workbook.commit();
    const { rows } = await readRoster(Buffer.concat(chunks));
    expect(rows).toHaveLength(3000);
    expect(rows.map((r) => r.cells.name)).toEqual(names);
    expect(rows.every((r) => r.cells.postTitle === '村(居)委会主任')).toBe(true);
    expect(rows.filter((r) => !/^(党组织委员)+$/.test(String(r.cells.note)))).toEqual([]);
  });

  it('SEL-1 the second attempt (the workbook read whole) gives the same roster as the streaming reader: the template with its hint row, and a file of shared strings', async () => {
    const template = Buffer.from(await rosterTemplate({ code: 'ua', name: '甲村', kind: 'VILLAGE' }, '2026-12-02'));
    const streamed = await readRoster(template);
    expect(streamed.rows.length).toBeGreaterThan(0);
    expect(await readRosterWhole(template)).toEqual(streamed);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(['单位代码', '单位名称', '姓名', '性别', '出生日期', '身份证号', '岗位职务', '任职日期']);
    for (let i = 0; i < 50; i += 1) sheet.addRow(['ua', '甲村', `张${i}`, '男', '1985-06-15', '420606198506150011', '村(居)委会主任', '2021-03-20']);
    const shared = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromStream = await readRoster(shared);
    expect(fromStream.rows).toHaveLength(50);
    expect(await readRosterWhole(shared)).toEqual(fromStream);
  });
});
