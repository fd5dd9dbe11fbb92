import type { DocCell, DocModel } from '../documents/model';
import { registerDocument } from '../documents/model';
import type { Context } from '../graphql/context';
import { appointmentFormData, formTexts, type AppointmentFormData } from './form-data';

/** The least number of rows of the family table, so that the printed form keeps its shape. */
const FAMILY_ROWS = 6;

const head = (text: string, extra: Partial<Exclude<DocCell, string>> = {}): DocCell => ({ text, align: 'center', bold: true, ...extra });
const value = (text: string, extra: Partial<Exclude<DocCell, string>> = {}): DocCell => ({ text, align: 'center', ...extra });
const body = (text: string, colSpan: number): DocCell => ({ text, colSpan, align: 'left' });

/**
 * 干部任免审批表 in its standard two pages. Page 1 is a grid of seven columns: the personal
 * lines with the photo cell spanning four rows, education (学历学位 spanning its two rows:
 * full-time and in-service), the current, proposed and removed posts and the resume. Page 2 has
 * six columns: rewards and punishments, the unit's assessment results, the reason, the family
 * table (its label spanning the header and every member row), the reporting unit, the approving
 * body's opinion; the age calculation date closes the form.
 */
export function appointmentFormModel(d: AppointmentFormData): DocModel {
  const t = formTexts(d);
  const page1: DocCell[][] = [
    [head('姓名'), value(t.name), head('性别'), value(t.gender), head('出生年月\n(岁)'), value(t.birthWithAge), value('照片', { rowSpan: 4 })],
    [head('民族'), value(t.ethnicity), head('籍贯'), value(t.nativePlace), head('出生地'), value(t.birthplace)],
    [head('入党\n时间'), value(t.partyEntry), head('参加工作\n时间'), value(t.workStart), head('健康状况'), value(t.health)],
    [head('专业技术\n职务'), value(t.technicalTitle, { colSpan: 2 }), head('熟悉专业\n有何专长'), value(t.specialty, { colSpan: 2 })],
    [head('学历\n学位', { rowSpan: 2 }), head('全日制\n教育'), value(t.fullTimeEducation), head('毕业院校\n系及专业'), value(t.fullTimeSchool, { colSpan: 3 })],
    [head('在职\n教育'), value(t.inServiceEducation), head('毕业院校\n系及专业'), value(t.inServiceSchool, { colSpan: 3 })],
    [head('现任职务'), body(d.currentPosts, 6)],
    [head('拟任职务'), body(d.proposedPost, 6)],
    [head('拟免职务'), body(d.proposedRemoval, 6)],
    [head('简\n\n\n\n历'), body(t.resume, 6)],
  ];
  const familyRows = Math.max(FAMILY_ROWS, d.family.length);
  const family: DocCell[][] = [];
  for (let i = 0; i < familyRows; i += 1) {
    const m = d.family[i];
    const cells: DocCell[] = m
      ? [value(m.relation), value(m.name), value(m.birthMonth ? m.birthMonth.replace('-', '.') : ''), value(m.politicalStatus ?? ''), { text: m.workUnitAndPost ?? '', align: 'left' }]
      : [value(''), value(''), value(''), value(''), value('')];
    family.push(cells);
  }
  const page2: DocCell[][] = [
    [head('奖惩\n情况'), body(t.rewards, 5)],
    [head('年度考核\n结果'), body(d.assessmentResults, 5)],
    [head('任免\n理由'), body(d.reason, 5)],
    [head('家庭主要成员及重要社会关系', { rowSpan: familyRows + 1 }), head('称谓'), head('姓名'), head('出生年月'), head('政治面貌'), head('工作单位及职务')],
    ...family,
    [head('呈报\n单位'), body(`${d.unit.name}党组织\n\n（盖章）\n年\u3000\u3000月\u3000\u3000日`, 5)],
    [head('审批机关\n意见'), body('\n\n（盖章）\n年\u3000\u3000月\u3000\u3000日', 5)],
  ];
  return {
    title: '干部任免审批表',
    blocks: [
      { kind: 'table', rows: page1, widths: [12, 14, 12, 14, 12, 18, 18] },
      { kind: 'pageBreak' },
      { kind: 'table', rows: page2, widths: [12, 10, 12, 12, 12, 42] },
      { kind: 'paragraph', text: `计算年龄时间：${t.asOf}`, align: 'right', indent: false },
    ],
    filename: `干部任免审批表-${d.cadre.name}`,
  };
}

export async function loadAppointmentForm(ctx: Context, cadreId: string): Promise<DocModel> {
  return appointmentFormModel(await appointmentFormData(ctx, cadreId));
}

registerDocument({ kind: 'appointment-form', load: loadAppointmentForm });
