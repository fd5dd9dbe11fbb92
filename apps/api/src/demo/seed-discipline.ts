import type { EntityManager } from '@mikro-orm/core';
import { DisciplineLevel, DisciplineStatus, PostTitle, type IsoDate } from '@liangwei/domain';
import { User } from '../users/user.entity';
import { DisciplineCase } from '../discipline/discipline.entities';
import type { SeededUnit } from './seed-workflows';

/** A date some days before `date`. */
function daysBefore(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * MGT-1 Two discipline cases: 王家湾村 (cun01) with criticism and education whose rectification the
 * village has reported (awaiting the subdistrict's acceptance), and a case in another village
 * opened and not yet decided (a warning, MGT-4).
 */
export async function seedDiscipline(em: EntityManager, units: SeededUnit[], today: IsoDate): Promise<void> {
  const admin = await em.findOne(User, { username: 'admin' });
  const [first, , , , fifth] = units;
  const member = (u: SeededUnit | undefined, title: PostTitle) => u?.team.find((t) => t.post.title === title) ?? u?.team[0];
  const a = member(first, PostTitle.COMMITTEE_MEMBER);
  if (first && a) {
    em.persist(
      Object.assign(new DisciplineCase(), {
        unit: first.unit,
        cadre: a.cadre,
        status: DisciplineStatus.ANSWERED,
        facts: '2026年第三季度督查发现，该同志负责的村务值班记录缺失9个工作日，群众反映办事找不到人。',
        openedOn: daysBefore(today, 45),
        level: DisciplineLevel.CRITICISM,
        decision: '给予批评教育，责令其作出书面检查，并限期整改值班制度落实问题。',
        decisionNumber: '街纪〔2026〕5号',
        decidedOn: daysBefore(today, 40),
        decidedBy: admin,
        decidedByName: admin?.username ?? 'admin',
        rectificationRequirement: '建立村务值班签到和交接制度，补齐值班台账，每周在村务公开栏公示值班安排。',
        rectificationDeadline: daysBefore(today, 10),
        rectificationAnswer: '已建立值班签到和交接制度，补齐9月以来值班台账，值班安排每周一在村务公开栏公示，本人已作书面检查。',
        answeredOn: daysBefore(today, 12),
        answeredByName: first.unit.code,
      }),
    );
  }
  const b = member(fifth, PostTitle.COMMITTEE_MEMBER);
  if (fifth && b) {
    em.persist(
      Object.assign(new DisciplineCase(), {
        unit: fifth.unit,
        cadre: b.cadre,
        status: DisciplineStatus.OPEN,
        facts: '群众来信反映该同志在低保评议中未执行回避规定，经初步核实情况基本属实。',
        openedOn: daysBefore(today, 6),
      }),
    );
  }
}
