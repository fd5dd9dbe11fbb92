import type { EntityManager } from '@mikro-orm/core';
import { Unzip, UnzipInflate } from 'fflate';
import {
  Problems,
  TEXT_LIMITS,
  checkCadreFormFacts,
  checkFamilyMember,
  checkResumeLine,
  parseLrmxMonth,
  parseResume,
  textProblem,
  type ResumeLineFacts,
  type TextLimit,
  type ValidationError,
} from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { Cadre } from '../cadre/cadre.entity';
import { currentActor } from '../db/request-context';
import { CadreFamilyMember, CadreResumeLine } from './cadre-form.entities';
import { parseLrmx, type LrmxFamilyItem, type LrmxPerson } from './lrmx';

/** Bounds of one import: the upload, the entries of a .zip, each file and all files unpacked. */
export const LRMX_IMPORT_LIMITS = {
  uploadBytes: 10 * 1024 * 1024,
  entries: 100,
  fileBytes: 2 * 1024 * 1024,
  totalBytes: 20 * 1024 * 1024,
};

export interface LrmxFileResult {
  fileName: string;
  ok: boolean;
  cadreId?: string;
  cadreName?: string;
  /** whether anything changed (a file identical to the stored form changes nothing) */
  changed?: boolean;
  /** why the file was not imported, in Chinese */
  reason?: string;
}

export class ImportRefusal extends Error {
  constructor(readonly messageZh: string) {
    super(messageZh);
  }
}

const isZip = (data: Uint8Array) => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

/**
 * The files of an upload: a .zip's .lrmx entries (other entries and folders skipped), or the
 * upload itself. A .zip is inflated in small steps and every entry's real size is counted as it
 * grows, so that a bomb (a tiny archive that unpacks to gigabytes, or a header that lies about its
 * sizes) is refused before it takes memory.
 */
export function filesOf(fileName: string, data: Uint8Array): { name: string; data: Uint8Array }[] {
  if (!isZip(data)) return [{ name: fileName, data }];
  const files: { name: string; data: Uint8Array }[] = [];
  let entries = 0;
  let total = 0;
  // the first refusal: the inflater may report it again as an error of its own
  let refusal: ImportRefusal | null = null;
  const refuse = (messageZh: string): never => {
    refusal ??= new ImportRefusal(messageZh);
    throw refusal;
  };
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > LRMX_IMPORT_LIMITS.entries) refuse(`压缩包中的文件超过 ${LRMX_IMPORT_LIMITS.entries} 个`);
    if (file.name.endsWith('/') || !/\.lrmx$/i.test(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) refuse(`压缩包中的文件 ${file.name} 使用了不支持的压缩方式`);
    const parts: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) refuse('压缩包已损坏，无法解压');
      size += chunk.length;
      total += chunk.length;
      if (size > LRMX_IMPORT_LIMITS.fileBytes) refuse(`压缩包中的文件 ${file.name} 解压后超过 ${LRMX_IMPORT_LIMITS.fileBytes / 1024 / 1024} MB`);
      if (total > LRMX_IMPORT_LIMITS.totalBytes) refuse(`压缩包解压后超过 ${LRMX_IMPORT_LIMITS.totalBytes / 1024 / 1024} MB`);
      parts.push(chunk);
      if (final) files.push({ name: file.name.replace(/^.*\//, ''), data: Buffer.concat(parts) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // at most about 1 MB comes out of 1 KB of deflate data
    for (let i = 0; i < data.length; i += 1024) unzip.push(data.subarray(i, Math.min(data.length, i + 1024)), i + 1024 >= data.length);
  } catch (error) {
    throw refusal ?? (error instanceof ImportRefusal ? error : new ImportRefusal('压缩包已损坏，无法解压'));
  }
  if (files.length === 0) throw new ImportRefusal('压缩包中没有 .lrmx 文件');
  return files;
}

const FIELD_ZH: Record<string, string> = {
  ethnicity: '民族',
  nativePlace: '籍贯',
  birthplace: '出生地',
  partyEntryDate: '入党时间',
  workStartDate: '参加工作时间',
  healthStatus: '健康状况',
  technicalTitle: '专业技术职务',
  specialty: '熟悉专业有何专长',
  fullTimeEducation: '全日制教育学历',
  fullTimeDegree: '全日制教育学位',
  fullTimeSchool: '全日制教育毕业院校系及专业',
  inServiceEducation: '在职教育学历',
  inServiceDegree: '在职教育学位',
  inServiceSchool: '在职教育毕业院校系及专业',
  rewardsAndPunishments: '奖惩情况',
};

/** Cadre field ← the .lrmx elements it is read from (the first one present). */
const TEXT_FIELDS: [keyof typeof FIELD_ZH, string[]][] = [
  ['ethnicity', ['MinZu']],
  ['nativePlace', ['JiGuan']],
  ['birthplace', ['ChuShengDi']],
  ['healthStatus', ['JianKangZhuangKuang']],
  ['technicalTitle', ['ZhuanYeJiShuZhiWu']],
  ['specialty', ['ShuXiZhuanYeYouHeZhuanChang']],
  ['fullTimeEducation', ['QuanRiZhiJiaoYu_XueLi']],
  ['fullTimeDegree', ['QuanRiZhiJiaoYu_XueWei']],
  ['fullTimeSchool', ['QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi', 'QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi']],
  ['inServiceEducation', ['ZaiZhiJiaoYu_XueLi']],
  ['inServiceDegree', ['ZaiZhiJiaoYu_XueWei']],
  ['inServiceSchool', ['ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi', 'ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi']],
  ['rewardsAndPunishments', ['JiangChengQingKuang']],
];

const first = (p: LrmxPerson, keys: string[]): string | undefined => {
  for (const k of keys) if (p[k] !== undefined) return p[k];
  return undefined;
};
const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** The Chinese texts of collected problems. */
function problemTexts(problems: Problems): string[] {
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    return ((error as ValidationError).problems ?? []).map((p) => p.messageZh ?? p.message);
  }
}

interface FamilyFacts {
  relation: string;
  name: string;
  birthMonth: string | null;
  politicalStatus: string | null;
  workUnitAndPost: string | null;
}

interface FormUpdate {
  fields: Record<string, string | null>;
  resume?: ResumeLineFacts[];
  family?: FamilyFacts[];
}

/** What the file sets, checked like an edit in the console; the problems in Chinese. */
function formUpdateOf(p: LrmxPerson, cadre: Cadre, today: string): FormUpdate | { problem: string } {
  const problems: string[] = [];
  const fields: Record<string, string | null> = {};
  const limitProblem = (zh: string, value: string | null, limit: TextLimit) => {
    const bad = value == null ? null : textProblem(value, limit);
    if (bad) problems.push(`${zh}${bad.zh}`);
  };
  for (const [field, keys] of TEXT_FIELDS) {
    const raw = first(p, keys);
    if (raw === undefined) continue;
    const value = orNull(raw);
    limitProblem(FIELD_ZH[field]!, value, (TEXT_LIMITS.Cadre as Record<string, TextLimit>)[field]!);
    fields[field] = value;
  }
  for (const [field, key] of [['partyEntryDate', 'RuDangShiJian'], ['workStartDate', 'CanJiaGongZuoShiJian']] as const) {
    const raw = p[key];
    if (raw === undefined) continue;
    if (raw.trim() === '') fields[field] = null;
    else {
      const month = parseLrmxMonth(raw);
      if (!month) problems.push(`${FIELD_ZH[field]}“${raw}”不是有效的年月(应为 YYYYMM)`);
      else fields[field] = month;
    }
  }
  const facts = checkCadreFormFacts({ birthDate: cadre.birthDate, partyEntryDate: fields.partyEntryDate ?? null, workStartDate: fields.workStartDate ?? null }, today);
  problems.push(...problemTexts(facts));

  const update: FormUpdate = { fields };
  if (p.JianLi !== undefined) {
    const resume = parseResume(p.JianLi);
    if (!resume) problems.push('简历的每段经历应以起止年月开头(如 2001.09--2004.07)');
    else {
      resume.forEach((line, i) => {
        const lineProblems = checkResumeLine(line, today, new Problems());
        for (const problem of problemTexts(lineProblems)) problems.push(`简历第 ${i + 1} 行：${problem}`);
        const bad = textProblem(line.content, TEXT_LIMITS.CadreResumeLine.content);
        if (bad) problems.push(`简历第 ${i + 1} 行：${bad.zh}`);
      });
      update.resume = resume;
    }
  }
  if (p.JiaTingChengYuan !== undefined) {
    const items: LrmxFamilyItem[] = typeof p.JiaTingChengYuan === 'object' ? (p.JiaTingChengYuan.Item ?? []) : [];
    const family: FamilyFacts[] = [];
    items.forEach((item, i) => {
      const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
      const birthRaw = s(item.ChuShengRiQi);
      const birthMonth = birthRaw === '' ? null : parseLrmxMonth(birthRaw);
      if (birthRaw !== '' && !birthMonth) problems.push(`家庭成员第 ${i + 1} 行：出生年月“${birthRaw}”不是有效的年月`);
      const m: FamilyFacts = { relation: s(item.ChengWei), name: s(item.XingMing), birthMonth, politicalStatus: orNull(s(item.ZhengZhiMianMao)), workUnitAndPost: orNull(s(item.GongZuoDanWeiJiZhiWu)) };
      for (const problem of problemTexts(checkFamilyMember(m, today))) problems.push(`家庭成员第 ${i + 1} 行：${problem}`);
      for (const [field, zh] of [['relation', '称谓'], ['name', '姓名'], ['politicalStatus', '政治面貌'], ['workUnitAndPost', '工作单位及职务']] as const) {
        const bad = m[field] == null ? null : textProblem(m[field]!, TEXT_LIMITS.CadreFamilyMember[field]);
        if (bad) problems.push(`家庭成员第 ${i + 1} 行：${zh}${bad.zh}`);
      }
      family.push(m);
    });
    update.family = family;
  }
  return problems.length ? { problem: problems.join('；') } : update;
}

const sameResume = (a: CadreResumeLine[], b: ResumeLineFacts[]) =>
  a.length === b.length && a.every((l, i) => l.fromMonth === b[i]!.fromMonth && (l.toMonth ?? null) === (b[i]!.toMonth ?? null) && l.content === b[i]!.content);
const sameFamily = (a: CadreFamilyMember[], b: FamilyFacts[]) =>
  a.length === b.length &&
  a.every(
    (m, i) =>
      m.relation === b[i]!.relation &&
      m.name === b[i]!.name &&
      (m.birthMonth ?? null) === b[i]!.birthMonth &&
      (m.politicalStatus ?? null) === b[i]!.politicalStatus &&
      (m.workUnitAndPost ?? null) === b[i]!.workUnitAndPost,
  );

/** Applies the update to the cadre in `em` (one transaction); whether anything changed. */
async function applyUpdate(em: EntityManager, cadre: Cadre, update: FormUpdate): Promise<boolean> {
  let changed = false;
  const target = cadre as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(update.fields)) {
    if ((target[field] ?? null) !== value) {
      target[field] = value;
      changed = true;
    }
  }
  if (update.resume) {
    const current = await em.find(CadreResumeLine, { cadre }, { orderBy: { position: 'asc', fromMonth: 'asc', id: 'asc' } });
    if (!sameResume(current, update.resume)) {
      current.forEach((l) => em.remove(l));
      update.resume.forEach((l, i) => em.persist(Object.assign(new CadreResumeLine(), { unit: cadre.unit, cadre, position: i + 1, fromMonth: l.fromMonth, toMonth: l.toMonth ?? null, content: l.content.trim() })));
      changed = true;
    }
  }
  if (update.family) {
    const current = await em.find(CadreFamilyMember, { cadre }, { orderBy: { position: 'asc', id: 'asc' } });
    if (!sameFamily(current, update.family)) {
      current.forEach((m) => em.remove(m));
      update.family.forEach((m, i) => em.persist(Object.assign(new CadreFamilyMember(), { unit: cadre.unit, cadre, position: i + 1, ...m })));
      changed = true;
    }
  }
  return changed;
}

const MASKED = /\*/;

/** One file: parsed, matched (name + ID number + birth month) to a cadre the viewer may edit, updated in its own transaction. */
async function importOne(ctx: Context, name: string, data: Uint8Array): Promise<LrmxFileResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return { fileName: name, ok: false, reason: '文件不是 UTF-8 编码的文本' };
  }
  const parsed = parseLrmx(text);
  if ('problem' in parsed) return { fileName: name, ok: false, reason: parsed.problem };
  const p = parsed.person;
  const personName = (p.XingMing ?? '').trim();
  const idNumber = (p.ShenFenZheng ?? '').trim().toUpperCase();
  const birthMonth = parseLrmxMonth(p.ChuShengNianYue);
  if (!personName) return { fileName: name, ok: false, reason: '文件中没有姓名(XingMing)' };
  if (!idNumber) return { fileName: name, ok: false, reason: '文件中没有身份证号(ShenFenZheng)，无法匹配干部' };
  if (MASKED.test(idNumber)) {
    return { fileName: name, ok: false, reason: '文件中的身份证号已脱敏(只显示末两位)，无法据此匹配干部；请由可查看完整身份证号的用户导出后再导入' };
  }
  if (!birthMonth) return { fileName: name, ok: false, reason: '文件中的出生年月(ChuShengNianYue)无效' };
  // the viewer's scoped EntityManager: a unit user finds its own unit's cadres only (ROLE-3)
  const cadre = await ctx.em.findOne(Cadre, { idNumber, name: personName });
  if (!cadre || cadre.birthDate.slice(0, 7) !== birthMonth) {
    return { fileName: name, ok: false, reason: `未找到姓名、身份证号和出生年月都相符且您有权修改的干部(${personName})` };
  }
  assertCan(ctx, 'edit', 'cadres', cadre.unit.id);
  const update = formUpdateOf(p, cadre, ctx.today);
  if ('problem' in update) return { fileName: name, ok: false, cadreId: cadre.id, cadreName: cadre.name, reason: update.problem };
  try {
    const changed = await ctx.em.transactional(async (em) => {
      const c = await em.findOneOrFail(Cadre, cadre.id);
      return applyUpdate(em, c, update);
    });
    return { fileName: name, ok: true, cadreId: cadre.id, cadreName: cadre.name, changed };
  } catch (error) {
    ctx.em.clear();
    const zh = (error as { messageZh?: string }).messageZh;
    return { fileName: name, ok: false, cadreId: cadre.id, cadreName: cadre.name, reason: zh ?? '保存失败，请重试' };
  }
}

/** Imports an upload (one .lrmx or a .zip of several), file by file; every file gets its line in the result. */
export async function importLrmx(ctx: Context, fileName: string, data: Uint8Array): Promise<LrmxFileResult[]> {
  assertCan(ctx, 'edit', 'cadres');
  const actor = currentActor();
  if (actor) actor.action = 'importLrmx';
  const results: LrmxFileResult[] = [];
  for (const file of filesOf(fileName, data)) results.push(await importOne(ctx, file.name, file.data));
  return results;
}
