import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, ROSTER_SHEET, makeIdNumber, type IsoDate } from '@liangwei/domain';

/** Data validation reaches this many rows under the header. */
const VALIDATED_ROWS = 5000;

/**
 * The roster template (花名册导入模板): the roster sheet first (headers, a hint row, drop-down
 * lists of the labels of every enumeration, sample rows), then a sheet of instructions.
 */
export async function rosterTemplate(unit: { code: string; name: string; kind: 'VILLAGE' | 'COMMUNITY' } | null, today: IsoDate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '两委干部管理';
  const sheet = workbook.addWorksheet(ROSTER_SHEET.zh, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header.zh, key: c.key, width: Math.max(12, c.header.zh.length * 2 + 6) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  ROSTER_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFDE9D9' : 'FFDDEBF7' } };
    cell.note = `${c.header.en}${c.required ? ' (required / 必填)' : ''}`;
  });
  const hints = sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.hint.zh])));
  hints.font = { italic: true, color: { argb: 'FF808080' } };
  const code = unit?.code ?? 'cun99';
  const name = unit?.name ?? '示例村';
  const kind = unit?.kind === 'COMMUNITY' ? '社区' : '村';
  const year = Number(today.slice(0, 4));
  const samples = [
    { unitCode: code, unitName: name, unitKind: kind, postTitle: '党组织书记', name: '示例一', gender: '男', birthDate: `${year - 48}-03-12`, idNumber: makeIdNumber('420606', `${year - 48}-03-12`, 11), ethnicity: '汉族', education: '大专', politicalStatus: '中共党员', phone: '13800138000', isCollegeGraduateOfficial: '否', startDate: `${year - 3}-01-15`, selectionMethod: '两推一选' },
    { unitCode: code, unitName: name, unitKind: kind, postTitle: '村(居)委会主任', name: '示例二', gender: '女', birthDate: `${year - 36}-09-01`, idNumber: makeIdNumber('420606', `${year - 36}-09-01`, 22), ethnicity: '汉族', education: '本科', politicalStatus: '中共党员', isCollegeGraduateOfficial: '是', startDate: `${year - 3}-01-15`, selectionMethod: '公推直选' },
    { unitCode: code, unitName: name, unitKind: kind, name: '示例三', gender: '男', birthDate: `${year - 30}-05-20`, idNumber: makeIdNumber('420606', `${year - 30}-05-20`, 31), education: '高中', politicalStatus: '共青团员', note: '不任职的干部可不填岗位' },
  ];
  for (const sample of samples) sheet.addRow(sample);
  ROSTER_COLUMNS.forEach((c, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    if (c.labels) {
      const list = Object.values(c.labels).map((l) => l.zh).join(',');
      for (let r = 3; r < 3 + VALIDATED_ROWS; r += 1) {
        sheet.getCell(`${letter}${r}`).dataValidation = {
          type: 'list',
          allowBlank: !c.required,
          formulae: [`"${list}"`],
          showErrorMessage: true,
          errorTitle: c.header.zh,
          error: `请从下拉列表中选择：${list.replaceAll(',', '、')}`,
        };
      }
    }
    if (c.kind === 'date' || c.key === 'idNumber' || c.key === 'phone' || c.key === 'unitCode') sheet.getColumn(i + 1).numFmt = '@';
  });
  const help = workbook.addWorksheet('说明 Instructions');
  help.columns = [{ width: 110 }];
  const lines = [
    '花名册导入说明',
    '1. 第一个工作表“花名册”为导入数据：第 1 行为列标题(请勿修改)，第 2 行为填写提示(导入时忽略)，从第 3 行起每行一名干部。',
    '2. 单位按“单位代码”匹配，干部按“身份证号”匹配，岗位按单位 + 岗位职务 + 岗位名称匹配；重复导入同一文件不会改变任何数据。',
    '3. 枚举项(单位类型、岗位职务、性别、学历、政治面貌、选任方式、大学生村官)请从下拉列表选择中文名称。',
    '4. 日期格式为 YYYY-MM-DD；请填写数值，不要使用公式。',
    '5. 同一岗位填写新的任职人员时，原任职自新任职日期起结束(任职历史保留)。留空的选填项不会清除已有数据。',
    '6. 村(社区)用户只能导入本单位的数据；新建单位和修改单位名称、类型须由办事处办理。',
    '7. 先“检查”(不写入任何数据)，无问题后再“导入”；导入在一个事务中完成，全部成功或全部不写入。',
    '',
    'Roster import',
    'The first sheet holds the data: row 1 the headers (keep them), row 2 hints (ignored), one cadre per row from row 3.',
    'Units match by code, cadres by ID number, posts by unit + title + name; importing the same file again changes nothing.',
    'Pick enumerations from the drop-down lists; dates as YYYY-MM-DD; values, not formulas.',
  ];
  for (const line of lines) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  help.getRow(10).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The uploaded workbook with each problem cell highlighted and its problem as a comment, and the
 * problems of each row in an added last column.
 */
export async function annotatedCopy(bytes: Buffer, problems: { row: number; cell: string | null; messageZh: string }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const lastColumn = sheet.columnCount + 1;
  sheet.getCell(1, lastColumn).value = '导入检查结果';
  sheet.getCell(1, lastColumn).font = { bold: true, color: { argb: 'FFC00000' } };
  const byRow = new Map<number, string[]>();
  const byCell = new Map<string, string[]>();
  for (const p of problems) {
    byRow.set(p.row, [...(byRow.get(p.row) ?? []), p.messageZh]);
    if (p.cell) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p.messageZh]);
  }
  for (const [address, messages] of byCell) {
    const cell = sheet.getCell(address);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    cell.note = messages.join('\n');
  }
  for (const [row, messages] of byRow) {
    const cell = sheet.getCell(row, lastColumn);
    cell.value = messages.join('；');
    cell.font = { color: { argb: 'FFC00000' } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
