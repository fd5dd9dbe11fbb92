import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Role, isoDateOf } from '@liangwei/domain';
import { actorStorage } from '../db/request-context';
import { hashPassword } from '../auth/password';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { User } from '../users/user.entity';
import { demoUnits } from './demo-data';
import { seedWorkflows, type SeededUnit } from './seed-workflows';
import { seedAssessment } from './seed-assessment';
import { seedPayCare } from './seed-pay-care';
import { seedDiscipline } from './seed-discipline';
import { seedInspections } from './seed-inspections';
import { seedTargets } from './seed-targets';
import { policyFor } from '../policy/policy.service';
import { seedCadreForms } from './seed-cadre-forms';
import { seedDutyReports } from '../reports/seed-reports';
import { DEMO_ADMIN_NAME, DEMO_ANALYST_NAME, demoUnitUserName } from './display-names';

export function make<T extends object>(em: EntityManager, cls: new () => T, data: Partial<T>): T {
  const entity = Object.assign(new cls(), data);
  em.persist(entity);
  return entity;
}

export interface BootstrapOptions {
  adminPassword: string | null;
  seedDemo: boolean;
  demoPassword: string;
}

/** Loads the demo data into an empty database (SEED_DEMO), in one transaction. */
export async function seedDemo(em: EntityManager, password: string, now: Date): Promise<number> {
  const today = isoDateOf(now);
  const units = demoUnits(today);
  const seeded: SeededUnit[] = [];
  let cadres = 0;
  for (const demo of units) {
    const unit = make(em, Unit, { name: demo.name, kind: demo.kind, code: demo.code });
    const byName = new Map<string, Cadre>();
    const team: SeededUnit['team'] = [];
    const former: SeededUnit['team'] = [];
    for (const demoPost of demo.posts) {
      const post = make(em, Post, { unit, title: demoPost.title, name: demoPost.name });
      for (const a of demoPost.appointments) {
        let cadre = byName.get(a.cadre.name);
        if (!cadre) {
          cadre = make(em, Cadre, { unit, ...a.cadre });
          byName.set(a.cadre.name, cadre);
          cadres += 1;
        }
        const appointment = make(em, Appointment, { unit, post, cadre, startDate: a.startDate, endDate: a.endDate, selectionMethod: a.selectionMethod });
        (a.endDate ? former : team).push({ post, cadre, appointment });
      }
    }
    seeded.push({ unit, team, former });
    make(em, User, { username: demo.code, displayName: demoUnitUserName(seeded.length - 1), passwordHash: await hashPassword(password), role: Role.UNIT_USER, unit });
  }
  if (!(await em.count(User, { username: 'admin' }))) {
    make(em, User, { username: 'admin', displayName: DEMO_ADMIN_NAME, passwordHash: await hashPassword(password), role: Role.SUBDISTRICT_ADMIN });
  }
  make(em, User, { username: 'analyst', displayName: DEMO_ANALYST_NAME, passwordHash: await hashPassword(password), role: Role.SUBDISTRICT_ANALYST });
  cadres += seedWorkflows(em, seeded, today);
  await em.flush();
  await seedAssessment(em, seeded.map((s) => s.unit), today, now);
  seedPayCare(em, seeded, today, await policyFor(em, 2025));
  seedCadreForms(em, seeded, today);
  await seedDiscipline(em, seeded, today);
  await em.flush();
  await seedInspections(em, seeded);
  seedTargets(em, seeded, today);
  await em.flush();
  await seedDutyReports(em, today);
  await em.flush();
  return cadres;
}

/** On start: `ADMIN_PASSWORD` creates `admin` in a database without users; `SEED_DEMO` fills an empty one. */
export async function bootstrapData(orm: MikroORM, options: BootstrapOptions, now: Date, log: (m: string) => void): Promise<void> {
  const em = orm.em.fork();
  await actorStorage.run({ userId: null, username: 'system', action: 'bootstrap', bulk: true }, async () => {
    if (options.adminPassword && (await em.count(User)) === 0) {
      make(em, User, { username: 'admin', passwordHash: await hashPassword(options.adminPassword), role: Role.SUBDISTRICT_ADMIN });
      await em.flush();
      log('Created the user admin (subdistrict admin) from ADMIN_PASSWORD.');
    }
    if (options.seedDemo && (await em.count(Unit)) === 0) {
      const cadres = await seedDemo(em, options.demoPassword, now);
      log(`Loaded the demo data: 26 units, ${cadres} cadres.`);
    }
    if ((await em.count(User)) === 0) log('The database has no users: set ADMIN_PASSWORD to create the user admin.');
  });
}
