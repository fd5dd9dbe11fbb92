import type { EntityManager } from '@mikro-orm/core';
import { ROSTER_COLUMNS, Role, parseRosterRow, postTitleLabels, type IsoDate, type RosterColumnKey, type RosterFacts, type Viewer } from '@liangwei/domain';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import type { RosterRow, RosterSheet } from './roster-read';

/** A problem of one cell of the uploaded sheet, named by row and column, in Chinese and English. */
export interface ImportProblem {
  row: number;
  /** the column's key, or null for the whole row */
  column: RosterColumnKey | null;
  /** the column's header (Chinese) and letter in the uploaded sheet */
  header: string | null;
  cell: string | null;
  message: string;
  messageZh: string;
}

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  units: KindCounts;
  posts: KindCounts;
  cadres: KindCounts;
  appointments: KindCounts;
}

interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface PlanResult {
  problems: ImportProblem[];
  counts: ImportCounts;
}

export interface PlanOptions {
  viewer: Viewer;
  today: IsoDate;
  /** write the changes (persist, flushed per batch inside the caller's transaction) or only check */
  write: boolean;
  batchSize?: number;
  onProgress?(rowsDone: number): void;
}

const OPEN_END = '9999-12-31';
const CHUNK = 500;

function letter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

class Tally {
  private readonly created = new Set<object>();
  private readonly updated = new Set<object>();
  private readonly touched = new Set<object>();
  create(entity: object): void {
    this.created.add(entity);
    this.touched.add(entity);
  }
  update(entity: object): void {
    if (!this.created.has(entity)) this.updated.add(entity);
    this.touched.add(entity);
  }
  touch(entity: object): void {
    this.touched.add(entity);
  }
  counts(): KindCounts {
    return { created: this.created.size, updated: this.updated.size, unchanged: this.touched.size - this.created.size - this.updated.size };
  }
}

const CADRE_FIELDS = ['name', 'gender', 'birthDate', 'ethnicity', 'education', 'politicalStatus', 'phone', 'note'] as const;

/**
 * Checks (and, with `write`, applies) the roster rows against the database, in file order, as
 * the mutations would: units matched by code (a unit user: its own unit only; new units: the
 * admin only), posts by unit + title + name, cadres by ID number, and SEL-2 one holder per post at
 * a time — a new holder ends the current appointment on the new start date; a row that repeats the
 * stored state changes nothing. Empty optional cells leave stored values as they are.
 *
 * The caller runs it inside one transaction and rolls back when any problem is returned.
 */
export async function planRoster(em: EntityManager, sheet: RosterSheet, options: PlanOptions): Promise<PlanResult> {
  const { viewer, today, write } = options;
  const problems: ImportProblem[] = [];
  const headerOf = (key: RosterColumnKey | null) => (key ? ROSTER_COLUMNS.find((c) => c.key === key)!.header.zh : null);
  const problem = (row: RosterRow, column: RosterColumnKey | null, message: string, messageZh: string) => {
    const index = column ? sheet.columns.get(column) : undefined;
    problems.push({ row: row.row, column, header: headerOf(column), cell: index ? `${letter(index)}${row.row}` : null, message, messageZh });
  };

  // 1. every row on its own (SEL-1 personal data, SEL-2 dates, labels)
  const parsed: { row: RosterRow; facts: RosterFacts; ok: boolean }[] = [];
  for (const row of sheet.rows) {
    const { facts, problems: rowProblems } = parseRosterRow(row.cells, today);
    for (const p of rowProblems) problem(row, p.column, p.message, p.messageZh);
    parsed.push({ row, facts, ok: rowProblems.length === 0 });
  }

  // 2. what the database holds of the units, posts, cadres and appointments the file names
  // every unit the viewer sees (a unit user: its own), for codes and the unique names (ORG-2)
  const units = new Map<string, Unit>();
  for (const unit of await em.find(Unit, {})) units.set(unit.code, unit);
  const ownUnit = viewer.role === Role.UNIT_USER ? ([...units.values()].find((u) => u.id === viewer.unitId) ?? null) : null;
  const codes = new Set(parsed.map((p) => p.facts.unitCode));
  const unitIds = [...units.values()].filter((u) => codes.has(u.code)).map((u) => u.id);
  const posts = new Map<string, Post>();
  const postKey = (unitId: string, title: string, name: string) => `${unitId}\u0000${title}\u0000${name}`;
  for (const part of chunks(unitIds)) for (const post of await em.find(Post, { unit: { $in: part } })) posts.set(postKey(post.unit.id, post.title, post.name), post);
  const history = new Map<string, Appointment[]>();
  const postIds = [...posts.values()].map((p) => p.id);
  for (const part of chunks(postIds)) {
    for (const appointment of await em.find(Appointment, { post: { $in: part } }, { orderBy: { startDate: 'asc' } })) {
      const list = history.get(appointment.post.id) ?? [];
      list.push(appointment);
      history.set(appointment.post.id, list);
    }
  }
  const idNumbers = [...new Set(parsed.map((p) => p.facts.idNumber).filter(Boolean))];
  const cadres = new Map<string, Cadre>();
  for (const part of chunks(idNumbers)) for (const cadre of await em.find(Cadre, { idNumber: { $in: part } })) cadres.set(cadre.idNumber!, cadre);
  // ID numbers registered in a unit this viewer does not see (unique across the subdistrict, SEL-1)
  const elsewhere = new Set<string>();
  if (viewer.role === Role.UNIT_USER) {
    const unseen = idNumbers.filter((n) => !cadres.has(n));
    for (const part of chunks(unseen)) {
      const found = await em.find(Cadre, { idNumber: { $in: part } }, { filters: false, fields: ['idNumber'] });
      for (const cadre of found) elsewhere.add(cadre.idNumber!);
    }
  }

  const tallies = { units: new Tally(), posts: new Tally(), cadres: new Tally(), appointments: new Tally() };
  const seenIds = new Map<string, number>();
  const unitFacts = new Map<string, { row: number; name: string | null; kind: string | null }>();
  const batchSize = options.batchSize ?? 500;
  // SEL-2 a new holder's appointment is inserted after the previous one's end date is saved (the
  // database refuses overlapping periods at once, and a flush inserts before it updates)
  let deferred: Appointment[] = [];
  const flush = async () => {
    await em.flush();
    if (deferred.length > 0) {
      for (const appointment of deferred) em.persist(appointment);
      deferred = [];
      await em.flush();
    }
  };

  // 3. the rows in order, against the state the earlier rows left
  for (let i = 0; i < parsed.length; i += 1) {
    const { row, facts, ok } = parsed[i]!;
    if (ok) processRow(row, facts);
    if (write && (i + 1) % batchSize === 0) {
      if (problems.length === 0) await flush();
      options.onProgress?.(i + 1);
      await yieldToEventLoop();
    } else if (!write && (i + 1) % 2000 === 0) {
      await yieldToEventLoop();
    }
  }
  if (write && problems.length === 0) await flush();
  options.onProgress?.(parsed.length);

  function processRow(row: RosterRow, facts: RosterFacts): void {
    const before = problems.length;
    // the unit, by code
    let unit = units.get(facts.unitCode);
    if (viewer.role === Role.UNIT_USER && (!ownUnit || facts.unitCode !== ownUnit.code)) {
      problem(row, 'unitCode', `A unit user imports into its own unit (${ownUnit?.code ?? '—'}) only.`, `只能导入本单位(${ownUnit?.name ?? '—'}，代码 ${ownUnit?.code ?? '—'})的数据`);
      return;
    }
    const earlier = unitFacts.get(facts.unitCode);
    if (earlier && ((facts.unitName && earlier.name && facts.unitName !== earlier.name) || (facts.unitKind && earlier.kind && facts.unitKind !== earlier.kind))) {
      problem(row, facts.unitName && facts.unitName !== earlier.name ? 'unitName' : 'unitKind', `differs from row ${earlier.row} for the same unit code`, `与第 ${earlier.row} 行同一单位代码的单位信息不一致`);
      return;
    }
    if (!earlier) unitFacts.set(facts.unitCode, { row: row.row, name: facts.unitName, kind: facts.unitKind });
    if (!unit) {
      if (viewer.role !== Role.SUBDISTRICT_ADMIN) {
        problem(row, 'unitCode', 'no unit has this code', `没有代码为 ${facts.unitCode} 的单位`);
        return;
      }
      if (!facts.unitName) problem(row, 'unitName', 'a new unit needs its name', '新单位须填写“单位名称”');
      if (!facts.unitKind) problem(row, 'unitKind', 'a new unit needs its kind', '新单位须填写“单位类型”');
      if (problems.length > before) return;
      const sameName = [...units.values()].find((u) => u.name === facts.unitName);
      if (sameName) {
        problem(row, 'unitName', 'a unit with this name exists already', `已存在同名的村(社区)：${facts.unitName}`);
        return;
      }
      unit = Object.assign(new Unit(), { name: facts.unitName!, kind: facts.unitKind!, code: facts.unitCode });
      units.set(unit.code, unit);
      tallies.units.create(unit);
      if (write) em.persist(unit);
    } else {
      const rename = facts.unitName && facts.unitName !== unit.name;
      const rekind = facts.unitKind && facts.unitKind !== unit.kind;
      if (rename || rekind) {
        if (viewer.role !== Role.SUBDISTRICT_ADMIN) {
          problem(row, rename ? 'unitName' : 'unitKind', 'only the subdistrict changes a unit’s name or kind', `单位名称和类型只能由办事处修改(现为：${unit.name}，${unit.kind === 'VILLAGE' ? '村' : '社区'})`);
          return;
        }
        if (rename && [...units.values()].some((u) => u !== unit && u.name === facts.unitName)) {
          problem(row, 'unitName', 'a unit with this name exists already', `已存在同名的村(社区)：${facts.unitName}`);
          return;
        }
        if (rename) unit.name = facts.unitName!;
        if (rekind) unit.kind = facts.unitKind!;
        tallies.units.update(unit);
      } else tallies.units.touch(unit);
    }

    // the cadre, by ID number
    const firstRow = seenIds.get(facts.idNumber);
    if (firstRow !== undefined) {
      problem(row, 'idNumber', `the same ID number as row ${firstRow}`, `身份证号与第 ${firstRow} 行重复`);
      return;
    }
    seenIds.set(facts.idNumber, row.row);
    if (elsewhere.has(facts.idNumber)) {
      problem(row, 'idNumber', 'a cadre of another unit has this ID number', '该身份证号已登记在其他单位，请联系办事处办理调动');
      return;
    }
    let cadre = cadres.get(facts.idNumber);
    if (cadre && cadre.unit.id !== unit.id) {
      problem(row, 'idNumber', 'a cadre of another unit has this ID number', `该身份证号已登记在其他单位(${cadre.unit.name ?? ''})，请先办理调动`);
      return;
    }
    if (!cadre) {
      cadre = Object.assign(new Cadre(), { unit, idNumber: facts.idNumber, isCollegeGraduateOfficial: facts.isCollegeGraduateOfficial });
      for (const field of CADRE_FIELDS) if (facts[field] != null) (cadre as unknown as Record<string, unknown>)[field] = facts[field];
      cadres.set(facts.idNumber, cadre);
      tallies.cadres.create(cadre);
      if (write) em.persist(cadre);
    } else {
      let changed = false;
      for (const field of CADRE_FIELDS) {
        const value = facts[field];
        if (value != null && (cadre as unknown as Record<string, unknown>)[field] !== value) {
          (cadre as unknown as Record<string, unknown>)[field] = value;
          changed = true;
        }
      }
      if (facts.isCollegeGraduateOfficial && !cadre.isCollegeGraduateOfficial) {
        cadre.isCollegeGraduateOfficial = true;
        changed = true;
      }
      if (changed) tallies.cadres.update(cadre);
      else tallies.cadres.touch(cadre);
    }

    // the post and the appointment (SEL-2)
    if (!facts.postTitle) return;
    const postName = facts.postName ?? postTitleLabels[facts.postTitle].zh;
    const key = postKey(unit.id, facts.postTitle, postName);
    let post = posts.get(key);
    if (!post) {
      post = Object.assign(new Post(), { unit, title: facts.postTitle, name: postName });
      posts.set(key, post);
      tallies.posts.create(post);
      if (write) em.persist(post);
    } else tallies.posts.touch(post);
    const start = facts.startDate!;
    const held = history.get(post.id) ?? [];
    history.set(post.id, held);
    const same = held.find((a) => a.cadre === cadre && a.startDate === start);
    if (same) {
      if (facts.selectionMethod && same.selectionMethod !== facts.selectionMethod) {
        same.selectionMethod = facts.selectionMethod;
        tallies.appointments.update(same);
      } else tallies.appointments.touch(same);
      return;
    }
    const current = held.find((a) => a.endDate == null);
    if (current && current.cadre === cadre) {
      // the same holder with another start date: the row corrects it, if no earlier period overlaps
      const clash = held.find((a) => a !== current && (a.endDate ?? OPEN_END) > start);
      if (clash) {
        problem(row, 'startDate', `overlaps the appointment from ${clash.startDate} to ${clash.endDate ?? '—'}`, `与该岗位 ${clash.startDate} 至 ${clash.endDate ?? '今'} 的任职时间重叠`);
        return;
      }
      current.startDate = start;
      if (facts.selectionMethod) current.selectionMethod = facts.selectionMethod;
      tallies.appointments.update(current);
      return;
    }
    const latestEnd = held.reduce((max, a) => ((a.endDate ?? OPEN_END) > max && a !== current ? (a.endDate ?? OPEN_END) : max), '0000-01-01');
    if (current && start <= current.startDate) {
      problem(row, 'startDate', `the post is held by another cadre since ${current.startDate}: a new holder starts after that`, `该岗位自 ${current.startDate} 起由他人任职，新任职日期须晚于该日期`);
      return;
    }
    if (latestEnd > start) {
      problem(row, 'startDate', `the post was held by another cadre until ${latestEnd}`, `该岗位在 ${latestEnd} 之前由他人任职，任职日期不能早于该日期`);
      return;
    }
    const appointment = Object.assign(new Appointment(), { unit, post, cadre, startDate: start, selectionMethod: facts.selectionMethod ?? null });
    held.push(appointment);
    tallies.appointments.create(appointment);
    if (current) {
      // a new holder ends the previous appointment on the new start date (history kept)
      current.endDate = start;
      tallies.appointments.update(current);
      if (write) deferred.push(appointment);
    } else if (write) em.persist(appointment);
  }

  const kinds = { units: tallies.units.counts(), posts: tallies.posts.counts(), cadres: tallies.cadres.counts(), appointments: tallies.appointments.counts() };
  const sum = (k: keyof KindCounts) => Object.values(kinds).reduce((s, c) => s + c[k], 0);
  problems.sort((a, b) => a.row - b.row);
  return { problems, counts: { rows: sheet.rows.length, created: sum('created'), updated: sum('updated'), unchanged: sum('unchanged'), ...kinds } };
}
