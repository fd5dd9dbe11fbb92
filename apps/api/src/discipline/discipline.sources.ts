import {
  DisciplineStatus as S,
  NotFoundError,
  Role,
  WarningKind,
  disciplineLevelLabels,
  disciplineStatusLabels,
  label,
  rectificationOverdue,
  type DisciplineLevel,
} from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { registerWarningSource, labelCaseSql } from '../warnings/warnings';
import { registerEvidenceSection } from '../evidence/evidence';
import { registerWorkSource } from '../work/work';
import { registerDocument, type DocModel } from '../documents/model';
import { chineseDate, documentIssuer } from '../documents/text';
import { count, scoped, sql } from '../common/sql';
import { Cadre } from '../cadre/cadre.entity';
import { Unit } from '../org/unit.entity';
import { DisciplineCase } from './discipline.entities';

/** MGT-4 / MGT-1 a case not yet closed is a warning sign on its cadre, from the day it was opened. */
registerWarningSource({
  kind: WarningKind.DISCIPLINE_CASE,
  select: (q) =>
    sql`select d.cadre_id, d.opened_on as since,
      coalesce(${labelCaseSql('d.level', disciplineLevelLabels)}, ${'待作出处理决定'}) || ${'，'} || ${labelCaseSql('d.status', disciplineStatusLabels)} as detail, d.id as record_id
    from discipline_case d where d.status <> ${S.CLOSED} and d.opened_on <= ${q.asOf}${q.units('d.unit_id')}`,
});

/** TGT-5 the cadre's discipline cases opened in the year, with their level and state in words. */
registerEvidenceSection({
  key: 'disciplineCases',
  order: 60,
  async load(ctx: Context, cadre: { id: string }, year: number) {
    const cases = await ctx.em.find(DisciplineCase, { cadre: cadre.id, openedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { openedOn: 'asc', id: 'asc' } });
    return cases.map((c) => ({
      date: c.openedOn,
      title: `问题处理：${c.level ? label(disciplineLevelLabels, c.level) : '待作出处理决定'}`,
      detail: [c.facts, c.decision].filter(Boolean).join('；'),
      status: rectificationOverdue(c, ctx.today) ? '整改逾期' : label(disciplineStatusLabels, c.status),
    }));
  },
});

/** "My work": cases whose rectification the unit owes (unit user), answers awaiting the subdistrict's acceptance (admin). */
registerWorkSource({
  key: 'disciplineRectificationDue',
  roles: [Role.UNIT_USER],
  label: { zh: '问题处理待整改', en: 'Discipline cases to rectify' },
  link: `/disciplineCases?filter=${encodeURIComponent(JSON.stringify({ status: S.RECTIFYING }))}`,
  count: (ctx) => count(ctx.em, sql`select count(*) as n from discipline_case d where d.status = ${S.RECTIFYING}${scoped(ctx, 'd.unit_id')}`),
});
registerWorkSource({
  key: 'disciplineAnswerToAccept',
  roles: [Role.SUBDISTRICT_ADMIN],
  label: { zh: '问题处理整改待验收', en: 'Discipline rectifications to accept' },
  link: `/disciplineCases?filter=${encodeURIComponent(JSON.stringify({ status: S.ANSWERED }))}`,
  count: (ctx) => count(ctx.em, sql`select count(*) as n from discipline_case d where d.status = ${S.ANSWERED}${scoped(ctx, 'd.unit_id')}`),
});

/** MGT-1 The decision document of a case (处理决定): facts, level, decision, rectification, signature. */
export async function disciplineDecisionModel(ctx: Context, id: string): Promise<DocModel> {
  assertCan(ctx, 'show', 'disciplineCases');
  const c = await findVisible(ctx.em, DisciplineCase, id);
  if (!c) throw new NotFoundError('DisciplineCase', id, '未找到该问题处理案件');
  const [cadre, unit] = await Promise.all([ctx.em.findOneOrFail(Cadre, c.cadre.id), ctx.em.findOneOrFail(Unit, c.unit.id)]);
  const level = c.level ? label(disciplineLevelLabels, c.level as DisciplineLevel) : '待作出处理决定';
  const issuer = documentIssuer();
  const blocks: DocModel['blocks'] = [
    { kind: 'paragraph', text: `${unit.name}：`, indent: false },
    { kind: 'paragraph', text: `经调查核实，${unit.name}${cadre.name}同志存在以下问题。根据有关规定，经研究，作出如下处理决定。` },
    {
      kind: 'table',
      widths: [1, 3],
      rows: [
        [{ text: '姓名', bold: true, align: 'center' }, cadre.name],
        [{ text: '所在单位', bold: true, align: 'center' }, unit.name],
        [{ text: '立案日期', bold: true, align: 'center' }, chineseDate(c.openedOn)],
        [{ text: '处理等级', bold: true, align: 'center' }, level],
      ],
    },
    { kind: 'heading', text: '一、问题事实' },
    { kind: 'paragraph', text: c.facts },
    { kind: 'heading', text: '二、处理决定' },
    { kind: 'paragraph', text: c.decision ?? '尚未作出处理决定。' },
  ];
  if (c.rectificationRequirement) {
    blocks.push({ kind: 'heading', text: '三、整改要求' }, { kind: 'paragraph', text: c.rectificationRequirement });
    if (c.rectificationDeadline) blocks.push({ kind: 'paragraph', text: `请于${chineseDate(c.rectificationDeadline)}前将整改情况书面报告${issuer}。` });
  }
  blocks.push({ kind: 'signature', lines: [issuer, c.decidedOn ? chineseDate(c.decidedOn) : ''].filter(Boolean) });
  return {
    title: '处理决定',
    issuer,
    docNumber: c.decisionNumber ?? undefined,
    date: c.decidedOn ? chineseDate(c.decidedOn) : undefined,
    blocks,
    filename: `处理决定-${unit.name}-${cadre.name}`,
  };
}

registerDocument({ kind: 'discipline-decision', load: disciplineDecisionModel });
