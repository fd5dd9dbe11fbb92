import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { lrmxMonth } from '@liangwei/domain';
import { formTexts, type AppointmentFormData } from './form-data';

/**
 * The .lrmx exchange file of the appointment form (任免审批表): XML with the root `<Person>` and the
 * official pinyin element names. Months are written YYYYMM, the age calculation date YYYYMMDD,
 * the resume one line per period (`2001.09--2004.07  …`), the family as `<Item>` children.
 */
export const LRMX_VERSION = '1.0';

export function lrmxPerson(d: AppointmentFormData): Record<string, unknown> {
  const c = d.cadre;
  const t = formTexts(d);
  return {
    XingMing: c.name,
    XingBie: t.gender,
    ChuShengNianYue: c.birthDate.slice(0, 7).replace('-', ''),
    MinZu: c.ethnicity ?? '',
    JiGuan: c.nativePlace ?? '',
    ChuShengDi: c.birthplace ?? '',
    RuDangShiJian: lrmxMonth(c.partyEntryDate),
    CanJiaGongZuoShiJian: lrmxMonth(c.workStartDate),
    JianKangZhuangKuang: c.healthStatus ?? '',
    ZhuanYeJiShuZhiWu: c.technicalTitle ?? '',
    ShuXiZhuanYeYouHeZhuanChang: c.specialty ?? '',
    QuanRiZhiJiaoYu_XueLi: c.fullTimeEducation ?? '',
    QuanRiZhiJiaoYu_XueWei: c.fullTimeDegree ?? '',
    QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: c.fullTimeSchool ?? '',
    QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: c.fullTimeSchool ?? '',
    ZaiZhiJiaoYu_XueLi: c.inServiceEducation ?? '',
    ZaiZhiJiaoYu_XueWei: c.inServiceDegree ?? '',
    ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: c.inServiceSchool ?? '',
    ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: c.inServiceSchool ?? '',
    XianRenZhiWu: d.currentPosts,
    NiRenZhiWu: d.proposedPost,
    NiMianZhiWu: d.proposedRemoval,
    JianLi: t.resume,
    JiangChengQingKuang: c.rewardsAndPunishments ?? '',
    NianDuKaoHeJieGuo: d.assessmentResults,
    RenMianLiYou: d.reason,
    JiaTingChengYuan: {
      Item: d.family.map((m) => ({
        ChengWei: m.relation,
        XingMing: m.name,
        ChuShengRiQi: lrmxMonth(m.birthMonth),
        ZhengZhiMianMao: m.politicalStatus ?? '',
        GongZuoDanWeiJiZhiWu: m.workUnitAndPost ?? '',
      })),
    },
    ChengBaoDanWei: `${d.unit.name}党组织`,
    ShenFenZheng: d.idNumber,
    ZhaoPian: '',
    JiSuanNianLingShiJian: d.asOf.replace(/-/g, ''),
    Version: LRMX_VERSION,
  };
}

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, processEntities: true, suppressEmptyNode: false });

/** The .lrmx XML of a form (every text escaped by the builder). */
export function lrmxXml(d: AppointmentFormData): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, Person: lrmxPerson(d) }) as string;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (_name, path) => path === 'Person.JiaTingChengYuan.Item',
});

export interface LrmxFamilyItem {
  ChengWei?: string;
  XingMing?: string;
  ChuShengRiQi?: string;
  ZhengZhiMianMao?: string;
  GongZuoDanWeiJiZhiWu?: string;
}

/** A parsed `<Person>`: element name → text (an empty element is ''), the family as items; absent elements are absent. */
export type LrmxPerson = Record<string, string | undefined> & { JiaTingChengYuan?: { Item?: LrmxFamilyItem[] } | string };

/** Parses a .lrmx text; null with the reason (Chinese) when it is no appointment form. */
export function parseLrmx(text: string): { person: LrmxPerson } | { problem: string } {
  // no document type declarations: no entity of the file's own can expand
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { problem: '文件含有文档类型声明(DOCTYPE)，不是有效的任免审批表文件' };
  let parsed: unknown;
  try {
    parsed = parser.parse(text, true);
  } catch {
    return { problem: '文件不是有效的 XML' };
  }
  const person = (parsed as { Person?: unknown }).Person;
  if (!person || typeof person !== 'object') return { problem: '文件中没有 <Person> 根元素，不是任免审批表文件' };
  const out: LrmxPerson = {};
  for (const [key, value] of Object.entries(person as Record<string, unknown>)) {
    if (key === 'JiaTingChengYuan') {
      out.JiaTingChengYuan = value && typeof value === 'object' ? (value as { Item?: LrmxFamilyItem[] }) : { Item: [] };
    } else if (typeof value === 'string' || typeof value === 'number') {
      out[key] = String(value);
    } else if (value && typeof value === 'object') {
      // an element with children where text is expected: take its text only
      const t = (value as { '#text'?: unknown })['#text'];
      out[key] = t == null ? '' : String(t);
    } else {
      out[key] = '';
    }
  }
  return { person: out };
}
