#!/usr/bin/env node
/* global process, console, performance, URL */
/**
 * Fills a PostgreSQL database with a county's data at scale, for benchmarks and load tests: units
 * (villages and communities), posts, cadres with valid GB 11643 ID numbers, appointments and their
 * history, reserve candidacies at every step with their step history, succession pairs, exits,
 * training, five published assessment years (stored exactly as publishing stores them: ranking,
 * main leader on the publishing day, proposed consequences, frozen policy), a draft current year,
 * pay records, duty logs and monthly checks, care events and honours.
 *
 * Every row is written by set-based SQL (`insert … select … from generate_series(…)`); the values
 * are deterministic: they come from hashes of the row numbers, so the same arguments give the same
 * data. The schema is the API's: the database is migrated by the built API first.
 *
 * Usage (build first: `npx turbo run build`):
 *   node scripts/generate-county.mjs [--units 5000] [--cadres 60000] [--villages 0.8]
 *     [--database postgres://postgres@127.0.0.1:5432/county] [--today YYYY-MM-DD]
 *     [--password county2026] [--reset]
 * --database defaults to DATABASE_URL, then to postgres://postgres@127.0.0.1:5432/county.
 * The database is created when missing; one that already holds units is refused unless --reset
 * (which drops and recreates it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pg = require('pg');

// ---------------------------------------------------------------------------------------------
// arguments

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2);
    if (key === 'reset' || key === 'help') out[key] = true;
    else out[key] = inline ?? argv[++i];
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log(readUsage());
  process.exit(0);
}
const UNITS = Number(args.units ?? 5000);
const CADRES = Number(args.cadres ?? 60000);
const VILLAGE_SHARE = Number(args.villages ?? 0.8);
const DATABASE = args.database ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/county';
const TODAY = args.today ?? new Date().toISOString().slice(0, 10);
const PASSWORD = args.password ?? 'county2026';

function readUsage() {
  return 'node scripts/generate-county.mjs [--units 5000] [--cadres 60000] [--villages 0.8] [--database postgres://…] [--today YYYY-MM-DD] [--password …] [--reset]';
}
function fail(message) {
  console.error(`generate-county: ${message}`);
  process.exit(2);
}
if (!Number.isInteger(UNITS) || UNITS < 2) fail('--units must be a whole number of at least 2');
if (!Number.isInteger(CADRES) || CADRES < UNITS) fail('--cadres must be a whole number, at least the number of units');
if (!(VILLAGE_SHARE > 0 && VILLAGE_SHARE < 1)) fail('--villages must be a share between 0 and 1');
if (!/^\d{4}-\d{2}-\d{2}$/.test(TODAY) || Number.isNaN(Date.parse(`${TODAY}T00:00:00Z`))) fail('--today must be a date YYYY-MM-DD');
if (!/^postgres(ql)?:\/\//.test(DATABASE)) fail('only PostgreSQL is supported: --database postgres://user@host:5432/db');

const VILLAGES = Math.min(UNITS - 1, Math.max(1, Math.round(UNITS * VILLAGE_SHARE)));
const THIS_YEAR = Number(TODAY.slice(0, 4));
const LAST_PUBLISHED = THIS_YEAR - 1;
const FIRST_PUBLISHED = LAST_PUBLISHED - 4;
const PUBLISHED_YEARS = [0, 1, 2, 3, 4].map((i) => FIRST_PUBLISHED + i);

// ---------------------------------------------------------------------------------------------
// the API's own code: migrations, password hashing, policy defaults

const api = (path) => import(pathToFileURL(resolve(root, 'apps/api/dist', path)).href);
let orm;
let password;
let domain;
try {
  orm = await api('db/orm.js');
  password = await api('auth/password.js');
  domain = await import(pathToFileURL(resolve(root, 'packages/domain/dist/index.js')).href);
} catch (error) {
  fail(`build the API first (npx turbo run build): ${error.message}`);
}

// ---------------------------------------------------------------------------------------------
// database

const dbUrl = new URL(DATABASE);
const dbName = decodeURIComponent(dbUrl.pathname.replace(/^\//, ''));
if (!/^[A-Za-z0-9_-]+$/.test(dbName)) fail('the database name may hold letters, digits, _ and - only');
const adminUrl = new URL(DATABASE);
adminUrl.pathname = '/postgres';

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: adminUrl.href });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [dbName])).rowCount > 0;
    if (exists && args.reset) {
      await admin.query(`drop database "${dbName}" with (force)`);
    }
    if (!exists || args.reset) await admin.query(`create database "${dbName}"`);
  } finally {
    await admin.end();
  }
  // the API's migrations make the schema
  const mikro = await orm.openDatabase(DATABASE);
  await mikro.close(true);
}

const timings = [];
async function step(client, label, sql) {
  const started = performance.now();
  const result = await client.query(sql);
  const ms = performance.now() - started;
  // rows written to the API's tables (not the temporary plans)
  const rows = [result].flat().reduce((n, r) => n + (r.command === 'INSERT' ? (r.rowCount ?? 0) : 0), 0);
  timings.push({ label, ms, rows });
  console.log(`  ${label.padEnd(34)} ${String(rows).padStart(9)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s`);
}

// ---------------------------------------------------------------------------------------------
// SQL helpers: deterministic hashes, ids, GB 11643 check character

const q = (s) => `'${String(s).replaceAll("'", "''")}'`;
const arr = (items) => `array[${items.map(q).join(',')}]::text[]`;
const T = `${q(TODAY)}::date`;

const HELPERS = `
create function pg_temp.h(k text, n int) returns int language sql immutable as
  $$ select (mod(hashtext(k)::bigint + 2147483648, n))::int $$;
-- ids: UUID-shaped strings made of the table's number and the row's numbers (unique, repeatable,
-- far cheaper than hashing); md5-based for the few rows keyed by text
create function pg_temp.id(kind int, a bigint, b int) returns varchar language sql immutable as
  $$ select lpad(to_hex(kind), 8, '0') || '-' || lpad(to_hex(b), 4, '0') || '-4000-8000-' || lpad(to_hex(a), 12, '0') $$;
create function pg_temp.uid(k text) returns varchar language sql immutable as
  $$ select md5(k)::uuid::text $$;
create function pg_temp.d(x date) returns varchar language sql immutable as
  $$ select to_char(x, 'YYYY-MM-DD') $$;
create function pg_temp.idcheck(f text) returns text language sql immutable as $$
  select substr('10X98765432', mod(
    substr(f,1,1)::int*7 + substr(f,2,1)::int*9 + substr(f,3,1)::int*10 + substr(f,4,1)::int*5 +
    substr(f,5,1)::int*8 + substr(f,6,1)::int*4 + substr(f,7,1)::int*2 + substr(f,8,1)::int*1 +
    substr(f,9,1)::int*6 + substr(f,10,1)::int*3 + substr(f,11,1)::int*7 + substr(f,12,1)::int*9 +
    substr(f,13,1)::int*10 + substr(f,14,1)::int*5 + substr(f,15,1)::int*8 + substr(f,16,1)::int*4 +
    substr(f,17,1)::int*2, 11) + 1, 1) $$;
`;

// names and texts
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳'];
const MALE_GIVEN = ['建国', '志强', '国华', '红军', '海波', '德明', '文斌', '俊杰', '立新', '永刚', '家豪', '卫东', '兴旺', '振华', '明亮', '浩然', '子轩', '成龙', '春生', '鹏飞', '晨阳', '浩宇', '子健', '博文', '思远', '一帆', '俊熙', '明轩', '宇航', '嘉诚', '天佑', '梓豪', '国强', '建军', '志刚', '文华', '长江', '少华', '金山', '玉林'];
const FEMALE_GIVEN = ['秀英', '丽娟', '桂兰', '美玲', '春燕', '晓红', '雪梅', '丹丹', '玉兰', '静怡', '婷婷', '海燕', '小芳', '凤霞', '慧敏', '佳琪', '思雨', '红梅', '雨萱', '梓涵', '欣怡', '诗琪', '可馨', '紫嫣', '若曦', '雅琳', '梦洁', '晓彤', '婉清', '语桐'];
const VILLAGE_PLACES = ['家湾', '家岗', '家畈', '家庄', '家坪', '家岭', '家咀', '家垸', '家铺', '家桥', '家店', '家河', '家洼', '家台', '家寨', '家沟', '家冲', '家营', '家集', '家楼'];
const COMMUNITY_WORDS = ['幸福', '建设', '解放', '和平', '滨江', '东风', '胜利', '人民', '友谊', '光明', '团结', '文化', '新华', '长江', '汉江', '中山', '民主', '复兴', '青年', '朝阳', '学府', '金桥', '锦绣', '翠柳', '丹桂', '紫荆', '玉兰', '梧桐', '春华', '秋实'];
const COMMUNITY_KINDS = ['路', '街', '里', '苑', '园', '坊', '巷', '湾'];
const NUMERALS = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '土家族', '苗族', '壮族'];
const EDUCATION = ['JUNIOR_HIGH', 'SENIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'JUNIOR_COLLEGE', 'JUNIOR_COLLEGE', 'BACHELOR', 'BACHELOR', 'PRIMARY', 'POSTGRADUATE'];
const METHODS = ['TWO_RECOMMENDATIONS_ONE_ELECTION', 'TWO_RECOMMENDATIONS_ONE_ELECTION', 'OPEN_NOMINATION_DIRECT_ELECTION', 'OPEN_SELECTION', 'PARTY_COMMITTEE_APPOINTMENT'];
const SOURCES = ['CURRENT_CADRE', 'CURRENT_CADRE', 'WEALTH_LEADER', 'RURAL_BROKER', 'COOPERATIVE_HEAD', 'ENTERPRISE_MANAGER', 'VETERAN', 'COLLEGE_GRADUATE_OFFICIAL', 'RETURNED_MIGRANT_PARTY_MEMBER', 'DISPATCHED'];
const JUDGEMENTS = ['MEETS', 'MEETS', 'MEETS', 'MEETS', 'PARTLY', 'PARTLY', 'NOT_MET'];
/** the team template: up to 9 posts per unit (index = post slot t) */
const TITLES = ['PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT', 'COMMITTEE_MEMBER'];
const VILLAGE_POSTS = ['党支部书记', '党支部副书记', '党支部委员', '村委会主任', '村委会副主任', '村委会委员', '妇联主席', '报账员', '村委会委员(二)'];
const COMMUNITY_POSTS = ['党委书记', '党委副书记', '党委委员', '居委会主任', '居委会副主任', '居委会委员', '妇联主席', '报账员', '居委会委员(二)'];
/** RES-1 the order in which a unit's pooled reserves are paired with its posts */
const PAIR_ORDER = [0, 3, 1, 4, 6, 2, 5, 7, 8];
const CATALOGUE = [
  ['党的建设', 200], ['经济发展', 150], ['社会治理', 150], ['民生实事', 100], ['精神文明', 100],
  ['生态环境', 100], ['平安建设', 80], ['为民服务', 60], ['信访维稳', 40], ['群众满意度', 20],
];
const DEDUCTIONS = ['月度督查通报问题整改不及时', '年度计划实事未按期完成', '党员群众测评满意度偏低', '台账资料不规范', '重点工作进度滞后', '信访问题处置不到位'];
const SESSION_TITLES = ['村(社区)党组织书记履职能力培训', '两委干部政策法规专题培训', '基层治理与网格化服务培训', '乡村振兴专题培训', '党务工作实务培训', '乡村振兴先进村外出考察', '集体经济发展专题培训', '财务与村务公开培训', '安全生产与应急管理培训', '后备干部能力提升培训'];
const LOG_ITEMS = ['主持召开两委班子会议，研究部署本月重点工作', '走访困难党员群众，了解生产生活情况', '开展人居环境整治督导', '接待群众来访，协调处理邻里纠纷', '组织党员学习教育活动', '推进村级集体经济项目', '开展安全生产和防汛检查'];
const FAIL_REMARKS = ['日志记录不完整，缺少5个工作日', '纪实内容与工作台账不一致', '未按要求每周记录'];
const VISIT_LEADERS = ['办事处党委书记 王建华', '办事处主任 李文斌', '办事处党委副书记 张丽娟', '组织委员 陈海波'];
const CAMPAIGN = ['IMPLEMENTATION', 'INNOVATION', 'LEAP_FORWARD'];

const U = UNITS;
const V = VILLAGES;
const C = CADRES;
const pc = (u) => `(case when ${u} % 4 = 0 then 8 else 9 end)`; // posts of unit u
const vac = (u, t) => `(case when ${t} = 0 then pg_temp.h('vac:'||${u}||':0', 400) = 0 else pg_temp.h('vac:'||${u}||':'||${t}, 40) = 0 end)`;
const merged = (u) => `(${u} % 3 = 0 and not ${vac(u, 0)})`; // 一肩挑: the secretary is also the director
/** the current holder of post (u, t) started this many days before today (30 days to 10 years) */
const tenure = (u, t) => `(30 + pg_temp.h('start:'||${u}||':'||${t}, 3620))`;
const curStart = (u, t) => `(${T} - ${tenure(u, t)})`;
const unitId = (u) => `pg_temp.id(1, ${u}, 0)`;
const postId = (u, t) => `pg_temp.id(2, ${u}, ${t})`;
const cadreId = (i) => `pg_temp.id(3, ${i}, 0)`;
const unitCode = (u) => `(case when ${u} <= ${V} then 'cun'||lpad(${u}::text, 5, '0') else 'sq'||lpad((${u} - ${V})::text, 5, '0') end)`;
const pick = (list, key) => `(${arr(list)})[1 + pg_temp.h(${key}, ${list.length})]`;
const publishDay = (y) => `least(make_date(${y} + 1, 1, 20), ${T})`;

function policySnapshot(year) {
  return { ...domain.effectivePolicy({}), priorYearRuralIncome: ruralIncome(year) };
}
function ruralIncome(year) {
  return 15000 + (year - FIRST_PUBLISHED) * 850;
}

// ---------------------------------------------------------------------------------------------
// the data, step by step

const STEPS = [
  ['helpers', HELPERS],

  ['units', `
insert into unit (id, version, created_at, updated_at, name, kind, code)
select ${unitId('u')}, 1, now(), now(),
  case when u <= ${V}
    then (${arr(SURNAMES)})[1 + (u - 1) % ${SURNAMES.length}] || (${arr(VILLAGE_PLACES)})[1 + ((u - 1) / ${SURNAMES.length}) % ${VILLAGE_PLACES.length}]
      || coalesce((${arr(NUMERALS)})[1 + (u - 1) / ${SURNAMES.length * VILLAGE_PLACES.length}], ((u - 1) / ${SURNAMES.length * VILLAGE_PLACES.length} + 1)::text) || '村'
    else (${arr(COMMUNITY_WORDS)})[1 + (u - ${V} - 1) % ${COMMUNITY_WORDS.length}] || (${arr(COMMUNITY_KINDS)})[1 + ((u - ${V} - 1) / ${COMMUNITY_WORDS.length}) % ${COMMUNITY_KINDS.length}]
      || coalesce((${arr(NUMERALS)})[1 + (u - ${V} - 1) / ${COMMUNITY_WORDS.length * COMMUNITY_KINDS.length}], ((u - ${V} - 1) / ${COMMUNITY_WORDS.length * COMMUNITY_KINDS.length} + 1)::text) || '社区'
  end,
  case when u <= ${V} then 'VILLAGE' else 'COMMUNITY' end,
  ${unitCode('u')}
from generate_series(1, ${U}) u`],

  ['posts', `
insert into post (id, version, created_at, updated_at, unit_id, title, name)
select ${postId('u', 't')}, 1, now(), now(), ${unitId('u')}, (${arr(TITLES)})[t + 1],
  case when u <= ${V} then (${arr(VILLAGE_POSTS)})[t + 1] else (${arr(COMMUNITY_POSTS)})[t + 1] end
from generate_series(1, ${U}) u, generate_series(0, 8) t
where t < ${pc('u')}`],

  // Every cadre's place: cadre i belongs to unit u = (i-1) % U + 1 with slot k = (i-1) / U.
  // Slots below the unit's post count hold post t = k (HOLDER), or held it until it fell vacant
  // (VACATED); in a unit where the secretary is also the director, the director's slot is a young
  // cadre. Further slots alternate former holders (FORMER, generation g back) and young cadres.
  ['cadre plan (temporary)', `
create temp table gc as
select s2.*, (${T} - make_interval(years => age) - pg_temp.h('birth:'||i, 360) * interval '1 day')::date as birth from (
select i, u, k, pcount, t, g, role,
  case when role in ('YOUNG') then 22 + pg_temp.h('age:'||i, 19)
       when role = 'FORMER' then 48 + pg_temp.h('age:'||i, 25)
       when t = 0 then 38 + pg_temp.h('age:'||i, 22)
       else 26 + pg_temp.h('age:'||i, 34) end as age,
  case when role in ('HOLDER', 'VACATED') and t = 6 then 'FEMALE'
       when pg_temp.h('sex:'||i, 100) < case role when 'YOUNG' then 50 when 'FORMER' then 20 else 25 end then 'FEMALE'
       else 'MALE' end as gender
from (
  select i, u, k, pcount,
    case when k < pcount then k else ((k - pcount) / 2) % pcount end as t,
    case when k < pcount then 0 else ((k - pcount) / 2) / pcount end as g,
    case when k < pcount then
           case when k = 3 and ${merged('u')} then 'YOUNG' when ${vac('u', 'k')} then 'VACATED' else 'HOLDER' end
         when (k - pcount) % 2 = 0 then 'FORMER'
         else 'YOUNG' end as role
  from (select i, (i - 1) % ${U} + 1 as u, (i - 1) / ${U} as k, ${pc('((i - 1) % ' + U + ' + 1)')} as pcount from generate_series(1, ${C}) i) s
) s
) s2;
create index on gc (u, k);
analyze gc`],

  ['cadres', `
insert into cadre (id, version, created_at, updated_at, unit_id, name, gender, birth_date, ethnicity, education, political_status, phone, id_number, is_college_graduate_official, note)
select ${cadreId('i')}, 1, now(), now(), ${unitId('u')},
  ${pick(SURNAMES, "'sn:'||i")} || case when gender = 'FEMALE' then ${pick(FEMALE_GIVEN, "'gn:'||i")} else ${pick(MALE_GIVEN, "'gn:'||i")} end,
  gender, pg_temp.d(birth),
  ${pick(ETHNICITIES, "'eth:'||i")},
  case when pg_temp.h('edu0:'||i, 20) = 0 then null else ${pick(EDUCATION, "'edu:'||i")} end,
  case when role in ('HOLDER', 'VACATED', 'FORMER') and pg_temp.h('pol:'||i, 10) < 8 then 'PARTY_MEMBER'
       else (array['PARTY_MEMBER','PROBATIONARY_MEMBER','LEAGUE_MEMBER','MASSES'])[1 + pg_temp.h('pol2:'||i, 4)] end,
  '13' || lpad(i::text, 9, '0'),
  case when pg_temp.h('noid:'||i, 50) = 0 then null else f17 || pg_temp.idcheck(f17) end,
  role = 'YOUNG' and pg_temp.h('cgo:'||i, 10) = 0,
  null
from (select gc.*, (420600 + (i - 1) / 500)::text || to_char(birth, 'YYYYMMDD') || lpad((((i - 1) % 500) * 2 + case when gender = 'MALE' then 1 else 0 end)::text, 3, '0') as f17 from gc) s`],

  // SEL-2 current holders, the secretary's second post (一肩挑), posts that fell vacant, and former
  // holders back in five-year terms; the appointments of a post never overlap.
  ['appointments', `
insert into appointment (id, version, created_at, updated_at, unit_id, cadre_id, post_id, start_date, end_date, selection_method, note, ended_by_exit_id)
select pg_temp.id(4, i, t * 4 + case role when 'HOLDER' then 0 when 'MERGED' then 1 when 'VACATED' then 2 else 3 end), 1, now(), now(), ${unitId('u')}, ${cadreId('i')}, ${postId('u', 't')},
  pg_temp.d(start_date), pg_temp.d(end_date),
  case when t = 0 and role = 'HOLDER' and pg_temp.h('src:'||u, ${SOURCES.length}) = ${SOURCES.length - 1} then 'PARTY_COMMITTEE_APPOINTMENT'
       when t = 0 and role = 'HOLDER' then 'TWO_RECOMMENDATIONS_ONE_ELECTION'
       else ${pick(METHODS, "'sm:'||i||':'||t")} end,
  case when role = 'VACATED' then '本人退出，岗位空缺待补选' when role = 'MERGED' then '书记、主任一肩挑' else null end,
  case when role = 'VACATED' then pg_temp.id(8, i, 0) end
from (
  select i, u, t, role, ${curStart('u', 't')} as start_date, null::date as end_date from gc where role = 'HOLDER'
  union all
  select i, u, 3, 'MERGED', ${curStart('u', '3')}, null from gc where k = 0 and role = 'HOLDER' and ${merged('u')} and not ${vac('u', '3')}
  union all
  select i, u, t, role, ${curStart('u', 't')}, ${curStart('u', 't')} + ${tenure('u', 't')} / 2 from gc where role = 'VACATED'
  union all
  select i, u, t, role, ${curStart('u', 't')} - (g + 1) * 1826, ${curStart('u', 't')} - g * 1826 from gc where role = 'FORMER'
) a`],

  // SEL-3..5 how each current secretary was selected
  ['secretary selections', `
insert into secretary_selection (id, version, created_at, updated_at, unit_id, appointment_id, source_category, method, development_ability, stability_ability, serves_people, builds_organisation, dispatched, dispatched_from, no_local_candidate_reason, note)
select pg_temp.id(5, u, 0), 1, now(), now(), a.unit_id, a.id, src, a.selection_method,
  ${pick(JUDGEMENTS, "'j1:'||u")}, ${pick(JUDGEMENTS, "'j2:'||u")}, ${pick(JUDGEMENTS, "'j3:'||u")}, ${pick(JUDGEMENTS, "'j4:'||u")},
  src = 'DISPATCHED',
  case when src = 'DISPATCHED' then '区农业农村局' end,
  case when src = 'DISPATCHED' then '本单位暂无符合"双强双好"标准的合适人选' end,
  null
from (select gc.u, gc.i, (${arr(SOURCES)})[1 + pg_temp.h('src:'||gc.u, ${SOURCES.length})] as src from gc where role = 'HOLDER' and t = 0) s
join appointment a on a.id = pg_temp.id(4, s.i, 0)`],

  // RES-3 candidacies: young cadres and some committee members; one live candidacy per cadre, an
  // older rejected one for some. WITHDRAWN = the reserve exited (MGT-3) after entering the pool.
  ['candidacy plan (temporary)', `
create temp table rc as
select *,
  case when status = 'REJECTED' then rej when status = 'RECOMMENDED' then 0 when status = 'PROPOSED' then 1 when status = 'COMMITTEE_APPROVED' then 2 else 3 end as level
from (
  select pg_temp.id(6, i, gen) as id, i, u, k, t, role, gender, gen,
    case when gen = 1 then 'REJECTED'
         when s < 45 then 'IN_POOL' when s < 55 then 'RECOMMENDED' when s < 65 then 'PROPOSED' when s < 75 then 'COMMITTEE_APPROVED'
         when s < 88 then 'REJECTED' when role = 'YOUNG' then 'WITHDRAWN' else 'IN_POOL' end as status,
    1 + pg_temp.h('rej:'||i||':'||gen, 3) as rej,
    (array['SELF','COMMITTEE','DEMOCRATIC'])[1 + pg_temp.h('rsrc:'||i||':'||gen, 3)] as source,
    ${T} - case when gen = 1 then 1600 + pg_temp.h('rd:'||i, 400)
                when s >= 88 and role = 'YOUNG' then 500 + pg_temp.h('rd:'||i, 1000)
                else 200 + pg_temp.h('rd:'||i, 1300) end as recommended,
    15 + pg_temp.h('d1:'||i||':'||gen, 20) as d1, 15 + pg_temp.h('d2:'||i||':'||gen, 20) as d2, 15 + pg_temp.h('d3:'||i||':'||gen, 30) as d3,
    60 + pg_temp.h('d4:'||i, 300) as d4
  from (
    select gc.*, pg_temp.h('rs:'||i, 100) as s, gen
    from gc, generate_series(0, 1) gen
    where (role = 'YOUNG' or (role = 'HOLDER' and t in (2, 4, 5, 8) and pg_temp.h('rcand:'||i, 3) = 0))
      and (gen = 0 or (pg_temp.h('old:'||i, 6) = 0 and age >= 28))
  ) s
) s;
create index on rc (u);
analyze rc`],

  ['reserve candidates', `
insert into reserve_candidate (id, version, created_at, updated_at, unit_id, cadre_id, source, status, votes_eligible, votes_present, votes_for, recommended_on, proposed_on, committee_reviewed_on, committee_minutes, subdistrict_reviewed_on, in_pool_from, left_pool_on, note)
select id, 1, now(), now(), ${unitId('u')}, ${cadreId('i')}, source, status,
  case when source = 'DEMOCRATIC' then ve end,
  case when source = 'DEMOCRATIC' then vp end,
  case when source = 'DEMOCRATIC' then vp - pg_temp.h('vf:'||id, vp / 3 + 1) end,
  pg_temp.d(recommended),
  case when level >= 1 then pg_temp.d(recommended + d1) end,
  case when level >= 2 then pg_temp.d(recommended + d1 + d2) end,
  case when level >= 2 then '两委联席会议集体审议' || case when status = 'REJECTED' and level = 2 then '，未予通过。' else '，同意列为后备干部人选。' end end,
  case when level >= 3 then pg_temp.d(recommended + d1 + d2 + d3) end,
  case when status in ('IN_POOL', 'WITHDRAWN') then pg_temp.d(recommended + d1 + d2 + d3) end,
  case when status = 'WITHDRAWN' then pg_temp.d(recommended + d1 + d2 + d3 + d4) end,
  null
from (select rc.*, 30 + pg_temp.h('ve:'||id, 100) as ve, 30 + pg_temp.h('ve:'||id, 100) - pg_temp.h('vp:'||id, 10) as vp from rc) s`],

  ['reserve steps', `
insert into reserve_step (id, version, created_at, updated_at, unit_id, candidate_id, step, approved, resulting_status, date, by_username, note)
select pg_temp.id(7, i, gen * 8 + n), 1, now(), now(), ${unitId('u')}, id,
  (array['RECOMMEND','PROPOSE','COMMITTEE_REVIEW','SUBDISTRICT_REVIEW','WITHDRAW'])[n + 1],
  not (status = 'REJECTED' and n = level),
  case when n = 4 then 'WITHDRAWN' when status = 'REJECTED' and n = level then 'REJECTED'
       else (array['RECOMMENDED','PROPOSED','COMMITTEE_APPROVED','IN_POOL'])[n + 1] end,
  pg_temp.d(recommended + case n when 0 then 0 when 1 then d1 when 2 then d1 + d2 when 3 then d1 + d2 + d3 else d1 + d2 + d3 + d4 end),
  case when n >= 3 then 'admin' else ${unitCode('u')} end,
  case when n = 4 then '退出 (RESIGNATION)' when status = 'REJECTED' and n = level then '群众基础较弱，暂不列入。' when n = 3 then '审查通过，列入后备干部人才库。' end
from rc, generate_series(0, 4) n
where n <= level or (n = 4 and status = 'WITHDRAWN')`],

  // MGT-3 the withdrawn reserves left by resigning; the holders of the posts that fell vacant left
  // by resignation, dismissal, termination or recall (with the assembly's vote) on their end date
  ['exits', `
insert into exit_record (id, version, created_at, updated_at, unit_id, cadre_id, kind, effective_date, reason, basis, approved_by, approved_on, submitted_on, decision_number, registered_voters, votes_cast, votes_for, consequence_id, recorded_by)
select pg_temp.id(8, i, 0), 1, now(), now(), ${unitId('u')}, ${cadreId('i')}, kind, pg_temp.d(eff),
  case kind when 'RESIGNATION' then '外出务工，申请辞去职务' when 'DISMISSAL' then '不能正常履行职责，予以辞退'
    when 'TERMINATION' then '聘期届满不再续聘' else '村民会议依法罢免' end,
  case kind when 'RESIGNATION' then '本人申请' when 'DISMISSAL' then '两委干部管理办法' when 'TERMINATION' then '聘用协议' else '《村民委员会组织法》第十六条' end,
  '办事处党委', pg_temp.d(eff - 5),
  case when kind = 'RESIGNATION' then pg_temp.d(eff - 20) end,
  case when kind in ('DISMISSAL', 'TERMINATION') then '办党发〔' || extract(year from eff) || '〕' || (1 + pg_temp.h('dn:'||i, 60)) || '号' end,
  case when kind = 'RECALL' then voters end,
  case when kind = 'RECALL' then voters * 4 / 5 end,
  case when kind = 'RECALL' then voters * 4 / 5 * 7 / 10 end,
  null, 'admin'
from (
  select i, u, 'RESIGNATION' as kind, recommended + d1 + d2 + d3 + d4 as eff, 0 as voters from rc where status = 'WITHDRAWN'
  union all
  select i, u, (array['RESIGNATION','RESIGNATION','RESIGNATION','RESIGNATION','RESIGNATION','DISMISSAL','DISMISSAL','TERMINATION','TERMINATION','RECALL'])[1 + pg_temp.h('ek:'||i, 10)],
    ${curStart('u', 't')} + ${tenure('u', 't')} / 2, 300 + pg_temp.h('voters:'||i, 700)
  from gc where role = 'VACATED'
) s`],

  // RES-1 pooled reserves paired with posts in a fixed order (not their own post, some not at
  // all); withdrawn reserves' pairs released on their exit.
  ['succession pairs', `
insert into succession_pair (id, version, created_at, updated_at, unit_id, post_id, reserve_candidate_id, paired_on, released_on, release_reason)
select pg_temp.id(9, i, gen), 1, now(), now(), ${unitId('u')}, ${postId('u', 'p')}, id,
  pg_temp.d(pooled + 10 + pg_temp.h('pd:'||id, 40)),
  case when status = 'WITHDRAWN' then pg_temp.d(pooled + d4) end,
  case when status = 'WITHDRAWN' then 'RESERVE_EXITED' end
from (
  select rc.*, recommended + d1 + d2 + d3 as pooled,
    (array[${PAIR_ORDER.join(',')}])[row_number() over (partition by u, status order by k)] as p
  from rc where status in ('IN_POOL', 'WITHDRAWN')
) s
where p is not null and p < ${pc('u')}
  and not (role = 'HOLDER' and t = p)
  and pg_temp.h('pair?:'||id, 10) >= 3`],

  // RES-2 the paired reserve of a post vacated by an exit is proposed as its successor (the
  // proposals wait for the admin; declined when the reserve exited later)
  ['succession proposals', `
insert into succession_proposal (id, version, created_at, updated_at, unit_id, post_id, pair_id, reserve_candidate_id, exit_record_id, vacated_on, status, appointment_id, note)
select pg_temp.id(22, sp_seq, 0), 1, now(), now(), sp.unit_id, sp.post_id, sp.id, sp.reserve_candidate_id, e.id, e.effective_date,
  case when sp.released_on is null then 'PROPOSED' else 'DECLINED' end, null, case when sp.released_on is not null then '后备干部已退出' end
from (select sp.*, row_number() over (order by sp.id) as sp_seq from succession_pair sp) sp
join appointment a on a.post_id = sp.post_id and a.ended_by_exit_id is not null
join exit_record e on e.id = a.ended_by_exit_id
join reserve_candidate rc on rc.id = sp.reserve_candidate_id
where sp.paired_on <= e.effective_date and (sp.released_on is null or sp.released_on > e.effective_date) and rc.cadre_id <> e.cadre_id`],

  // RES-5 development of pooled reserves
  ['reserve assignments', `
insert into reserve_assignment (id, version, created_at, updated_at, unit_id, reserve_candidate_id, kind, title, start_date, end_date, outcome)
select pg_temp.id(10, i, gen * 2 + n), 1, now(), now(), ${unitId('u')}, id,
  case when n = 0 then 'EXPOSURE' else 'INDEPENDENT_RESPONSIBILITY' end,
  case when n = 0 then '参与村(居)务日常工作，轮岗熟悉情况' else '独立负责网格化服务管理' end,
  pg_temp.d(recommended + d1 + d2 + d3 + 10 + n * 50), null,
  case when n = 1 and pg_temp.h('out:'||id, 2) = 0 then '完成良好' end
from rc, generate_series(0, 1) n
where status = 'IN_POOL' and (n = 0 or pg_temp.h('ir:'||id, 10) < 6)`],

  // TRN-1/2 sessions over six years; current holders attend up to two a year in the last three
  ['training sessions', `
insert into training_session (id, version, created_at, updated_at, title, kind, start_date, end_date, place, hours, organiser, outcome)
select pg_temp.id(11, y, s), 1, now(), now(),
  (${arr(SESSION_TITLES)})[1 + s % ${SESSION_TITLES.length}] || '(' || y || '年第' || (s + 1) || '期)',
  case when s % ${SESSION_TITLES.length} = 5 then 'STUDY_TRIP' else 'TRAINING' end,
  pg_temp.d(make_date(y, 1, 10) + s * 340 / ${sessionsPerYear()}),
  pg_temp.d(make_date(y, 1, 10) + s * 340 / ${sessionsPerYear()} + case when s % ${SESSION_TITLES.length} = 5 then 3 else pg_temp.h('tl:'||y||':'||s, 3) end),
  case when s % ${SESSION_TITLES.length} = 5 then '浙江安吉' when s % 2 = 0 then '区委党校' else '办事处会议室' end,
  case when s % ${SESSION_TITLES.length} = 5 then 32 else 6 * (1 + pg_temp.h('th:'||y||':'||s, 4)) end,
  case when s % 2 = 0 then '办事处党委' else '办事处组织办' end,
  null
from generate_series(${FIRST_PUBLISHED}, ${THIS_YEAR}) y, generate_series(0, ${sessionsPerYear() - 1}) s`],

  ['training participation', `
insert into training_participation (id, version, created_at, updated_at, unit_id, session_id, cadre_id, attended, hours, confirmed_by, note)
select pg_temp.id(12, i, (y % 1000) * 2 + n), 1, now(), now(), ${unitId('u')}, ts.id, ${cadreId('i')},
  att, null, case when att is not null then ${unitCode('u')} end, null
from (
  select gc.i, gc.u, y, n,
    case when n = 0 then pg_temp.h('s1:'||i||':'||y, ${sessionsPerYear()})
         else (pg_temp.h('s1:'||i||':'||y, ${sessionsPerYear()}) + 1 + pg_temp.h('s2:'||i||':'||y, ${sessionsPerYear() - 1})) % ${sessionsPerYear()} end as s,
    pg_temp.h('m:'||i||':'||y, 10) as m
  from gc, generate_series(${THIS_YEAR - 2}, ${THIS_YEAR}) y, generate_series(0, 1) n
  where gc.role = 'HOLDER'
) p
join training_session ts on ts.id = pg_temp.id(11, y, s)
cross join lateral (select case when ts.start_date > ${q(TODAY)} then null
  when pg_temp.h('att:'||i||':'||y||':'||n, 10) < 8 then true when pg_temp.h('att:'||i||':'||y||':'||n, 10) = 8 then false else null end as att) a
where (n = 0 and m >= 2) or (n = 1 and m >= 6)`],

  // PAY-1 the yearly figure the pay floors need, per year
  ['policy values', `
insert into policy_value (id, version, created_at, updated_at, year, key, value)
select pg_temp.id(13, y, 0), 1, now(), now(), y, 'priorYearRuralIncome', 15000 + (y - ${FIRST_PUBLISHED}) * 850
from generate_series(${FIRST_PUBLISHED}, ${THIS_YEAR}) y`],

  // PAY-1 pay of current holders for the last three years, some below their floor
  ['pay records', `
insert into pay_record (id, version, created_at, updated_at, unit_id, cadre_id, year, title, amount, note)
select pg_temp.id(14, i, y % 1000), 1, now(), now(), ${unitId('u')}, ${cadreId('i')}, y, (${arr(TITLES)})[t + 1],
  round(floor * (0.92 + pg_temp.h('amt:'||i||':'||y, 35) / 100.0)),
  case when round(floor * (0.92 + pg_temp.h('amt:'||i||':'||y, 35) / 100.0)) < floor then '按原标准发放，待补差' end
from (
  select gc.*, y, ceil(1.5 * (15000 + (y - ${FIRST_PUBLISHED}) * 850) * case when t = 0 then 1 when t in (1, 3, 4) then 0.8 else 0.7 end) as floor
  from gc, generate_series(${THIS_YEAR - 3}, ${THIS_YEAR - 1}) y
  where role = 'HOLDER' and ${curStart('u', 't')} <= make_date(y, 12, 31)
) s`],

  // INS-2 secretaries' duty logs (three entries a month) and the monthly checks of the last 12 months
  ['duty log entries', `
insert into duty_log_entry (id, version, created_at, updated_at, unit_id, cadre_id, date, content, category)
select pg_temp.id(15, i, m * 4 + e), 1, now(), now(), ${unitId('u')}, ${cadreId('i')},
  pg_temp.d(month + 2 + e * 9), (${arr(LOG_ITEMS)})[1 + (u + m + e) % ${LOG_ITEMS.length}], case when e = 0 then '会议' else '走访' end
from (select gc.*, m, (date_trunc('month', ${T}) - make_interval(months => m))::date as month from gc, generate_series(1, 12) m where role = 'HOLDER' and t = 0) s,
  generate_series(0, 2) e
where month + 2 + e * 9 >= ${curStart('u', '0')}`],

  ['duty log checks', `
insert into duty_log_check (id, version, created_at, updated_at, unit_id, cadre_id, month, outcome, remarks, checked_by)
select pg_temp.id(16, i, m), 1, now(), now(), ${unitId('u')}, ${cadreId('i')}, to_char(month, 'YYYY-MM'),
  case when pg_temp.h('fail:'||i||':'||m, 13) = 0 then 'FAIL' else 'PASS' end,
  case when pg_temp.h('fail:'||i||':'||m, 13) = 0 then (${arr(FAIL_REMARKS)})[1 + m % ${FAIL_REMARKS.length}] end,
  'admin'
from (select gc.*, m, (date_trunc('month', ${T}) - make_interval(months => m))::date as month from gc, generate_series(1, 12) m where role = 'HOLDER' and t = 0) s
where month + 2 >= ${curStart('u', '0')} and pg_temp.h('chk:'||i||':'||m, 11) <> 5`],

  // PAY-5 home visits to secretaries (the last two years, most also this year) and exams: exactly
  // two years ago (due today), overdue, never, or (half of them) recent
  ['care events', `
insert into care_event (id, version, created_at, updated_at, unit_id, cadre_id, kind, date, led_by_id, led_by_name, note)
select pg_temp.id(17, i, n), 1, now(), now(), ${unitId('u')}, ${cadreId('i')}, kind, pg_temp.d(date), null, led, note
from (
  select i, u, n,
    case when n < 3 then 'HOME_VISIT' else 'PHYSICAL_EXAM' end as kind,
    case when n < 2 then make_date(${THIS_YEAR - 2} + n, 1, 1) + pg_temp.h('cv:'||i||':'||n, 360)
         when n = 2 then ${T} - pg_temp.h('cv:'||i||':'||n, extract(doy from ${T})::int)
         else case pg_temp.h('exam:'||i, 6) when 0 then (${T} - interval '2 years')::date when 1 then ${T} - 1100 - pg_temp.h('ex:'||i, 600) else ${T} - 30 - pg_temp.h('ex:'||i, 600) end end as date,
    case when n < 3 then ${pick(VISIT_LEADERS, "'vl:'||i||':'||n")} end as led,
    case when n < 3 then '走访慰问' else '区人民医院体检' end as note
  from gc, generate_series(0, 3) n
  where role = 'HOLDER' and t = 0
    and (n <> 2 or pg_temp.h('visit:'||i, 4) <> 1)
    and (n <> 3 or pg_temp.h('exam:'||i, 6) <> 2)
) s`],

  // PAY-6 honours of some secretaries
  ['honours', `
insert into honour (id, version, created_at, updated_at, unit_id, cadre_id, kind, date, description)
select pg_temp.id(18, i, 0), 1, now(), now(), ${unitId('u')}, ${cadreId('i')},
  (array['COMMENDATION','COMMENDATION','COMMENDATION','PARTY_CONGRESS_DELEGATE','PEOPLES_CONGRESS_DEPUTY','CPPCC_MEMBER','CIVIL_SERVICE_SELECTION'])[1 + pg_temp.h('hk:'||i, 7)],
  pg_temp.d(${T} - 30 - pg_temp.h('hd:'||i, 1000)), '优秀党组织书记'
from gc where role = 'HOLDER' and t = 0 and pg_temp.h('hon:'||i, 8) = 0`],

  // ASM-1 the catalogue (1000 points) of the five published years and the current draft year
  ['assessment years and indicators', `
insert into assessment_year (id, version, created_at, updated_at, year, status, campaign_year, published_at, published_by, reopen_count, last_reopen_reason, policy_snapshot)
select pg_temp.id(19, y, 0), 1, now(), now(), y, case when y <= ${LAST_PUBLISHED} then 'PUBLISHED' else 'DRAFT' end,
  case when y >= ${LAST_PUBLISHED - 2} and y <= ${LAST_PUBLISHED} then (${arr(CAMPAIGN)})[y - ${LAST_PUBLISHED - 2} + 1] end,
  case when y <= ${LAST_PUBLISHED} then (${publishDay('y')} + time '10:00') at time zone 'Asia/Shanghai' end,
  case when y <= ${LAST_PUBLISHED} then 'admin' end, 0, null,
  case when y <= ${LAST_PUBLISHED} then (${q(JSON.stringify(Object.fromEntries(PUBLISHED_YEARS.map((y) => [y, policySnapshot(y)]))))}::jsonb) -> y::text end
from generate_series(${FIRST_PUBLISHED}, ${THIS_YEAR}) y;
insert into assessment_indicator (id, version, created_at, updated_at, year, name, max_points, sort_order, description)
select pg_temp.id(20, y, j), 1, now(), now(), y, (${arr(CATALOGUE.map((c) => c[0]))})[j], (array[${CATALOGUE.map((c) => c[1]).join(',')}])[j], j, null
from generate_series(${FIRST_PUBLISHED}, ${THIS_YEAR}) y, generate_series(1, ${CATALOGUE.length}) j`],

  // ASM-1/2 every unit scored on every indicator of the published years (deductions in half
  // points with a reason); the last village is far behind the last three years (MGT-2: a removal
  // is proposed), the last community in the last year; a tenth of the units scored in the draft.
  ['assessment scores', `
insert into assessment_score (id, version, created_at, updated_at, unit_id, indicator_id, year, points, note)
select pg_temp.id(21, u, (y % 1000) * 16 + j), 1, now(), now(), ${unitId('u')}, pg_temp.id(20, y, j), y, mx - ded,
  case when ded > 0 then (${arr(DEDUCTIONS)})[1 + pg_temp.h('why:'||u||':'||y||':'||j, ${DEDUCTIONS.length})] end
from (
  select u, y, j, mx,
    case when (u = ${V} and y >= ${LAST_PUBLISHED - 2} and y <= ${LAST_PUBLISHED}) or (u = ${U} and y = ${LAST_PUBLISHED}) then mx * 0.4
         when pg_temp.h('z:'||u||':'||y||':'||j, 10) < 3 then 0
         else pg_temp.h('ded:'||u||':'||y||':'||j, (mx / 2)::int + 1) * 0.5 end as ded
  from generate_series(1, ${U}) u, generate_series(${FIRST_PUBLISHED}, ${THIS_YEAR}) y,
    (select j, (array[${CATALOGUE.map((c) => c[1]).join(',')}])[j]::float8 as mx from generate_series(1, ${CATALOGUE.length}) j) c
  where y <= ${LAST_PUBLISHED} or (u % 10 = 1 and j <= 6)
) s`],

  // ASM-3 / ASM-5 the stored ranking of each published year, with each unit's main leader (its
  // Party secretary; mainLeaderIncludesDirector is off) on the publishing day
  ['ranking entries', `
create temp table secretaries as
select a.unit_id, a.cadre_id, c.name, a.start_date, a.end_date
from appointment a join post p on p.id = a.post_id join cadre c on c.id = a.cadre_id
where p.title = 'PARTY_SECRETARY';
create index on secretaries (unit_id);
analyze secretaries;
insert into ranking_entry (id, version, created_at, updated_at, year, ranked_unit_id, kind, total, rank, is_last, main_leader_id, main_leader_name)
select pg_temp.uid('rank:'||r.year||':'||r.unit_id), 1, now(), now(), r.year, r.unit_id, r.kind, r.total, r.rank, r.rank = max(r.rank) over (partition by r.year, r.kind),
  ml.cadre_id, ml.name
from (
  select s.year, s.unit_id, un.kind, sum(s.points) as total, rank() over (partition by s.year, un.kind order by sum(s.points) desc) as rank,
    pg_temp.d(${publishDay('s.year')}) as day
  from assessment_score s join unit un on un.id = s.unit_id
  where s.year <= ${LAST_PUBLISHED}
  group by s.year, s.unit_id, un.kind
) r
left join lateral (
  select m.cadre_id, m.name from secretaries m
  where m.unit_id = r.unit_id and m.start_date <= r.day and (m.end_date is null or m.end_date > r.day)
  order by m.start_date limit 1
) ml on true;
drop table secretaries`],

  // MGT-2 proposals made on publishing each year against the years published so far: an
  // admonishment talk for a unit last in its kind at or below the threshold, and a removal after
  // the streak; the admonishments of earlier years were confirmed, the last year's wait.
  ['consequences', `
with f as (
  select year, ranked_unit_id, kind, rank, total, main_leader_id, main_leader_name,
    year - row_number() over (partition by ranked_unit_id order by year) as grp
  from ranking_entry
  where is_last and total <= ${domain.defaultPolicy.lastPlaceThreshold} + 1e-9
), s as (
  select f.*, row_number() over (partition by ranked_unit_id, grp order by year) as streak from f
)
insert into consequence (id, version, created_at, updated_at, unit_id, year, kind, status, subject_id, subject_name, evidence, streak_years, decided_by, decided_at, reason, exit_record_id, withdrawn_by_reopen)
select pg_temp.uid('cq:'||year||':'||ranked_unit_id||':'||ck), 1, ${publishDay('year')} + time '02:00', now(), ranked_unit_id, year, ck,
  case when ck = 'ADMONISHMENT_TALK' and year < ${LAST_PUBLISHED} then 'CONFIRMED' else 'PROPOSED' end,
  main_leader_id, main_leader_name, evidence, streak,
  case when ck = 'ADMONISHMENT_TALK' and year < ${LAST_PUBLISHED} then 'admin' end,
  case when ck = 'ADMONISHMENT_TALK' and year < ${LAST_PUBLISHED} then make_date(year + 1, 2, 20) + time '02:00' end,
  null, null, false
from (
  select s.*, 'ADMONISHMENT_TALK' as ck, jsonb_build_array(jsonb_build_object('year', year, 'kind', kind, 'rank', rank, 'total', total)) as evidence from s
  union all
  select s.*, 'REMOVAL', (
    select jsonb_agg(jsonb_build_object('year', e.year, 'kind', e.kind, 'rank', e.rank, 'total', e.total) order by e.year)
    from s e where e.ranked_unit_id = s.ranked_unit_id and e.grp = s.grp and e.year > s.year - ${domain.defaultPolicy.removalStreakYears} and e.year <= s.year
  ) from s where streak >= ${domain.defaultPolicy.removalStreakYears}
) c`],

  ['cleanup', 'drop table gc; drop table rc'],
];

function sessionsPerYear() {
  return Math.max(4, Math.min(60, Math.round(UNITS / 100)));
}

// ---------------------------------------------------------------------------------------------
// checks: the rules the API enforces, over the whole database; each query counts violations

const CHECKS = [
  ['ID numbers valid (GB 11643) and agreeing with birth date and gender', `
select count(*) from cadre where id_number is not null and (
  id_number !~ '^[0-9]{17}[0-9X]$' or pg_temp.idcheck(substr(id_number, 1, 17)) <> substr(id_number, 18, 1)
  or substr(id_number, 7, 8) <> replace(birth_date, '-', '')
  or (substr(id_number, 17, 1)::int % 2 = 1) <> (gender = 'MALE'))`],
  ['cadres at least 16 years old', `select count(*) from cadre where birth_date::date > ${T} - interval '16 years'`],
  ['appointments of a post never overlap', `
select count(*) from appointment a join appointment b on a.post_id = b.post_id and a.id < b.id
where a.start_date < coalesce(b.end_date, '9999-12-31') and b.start_date < coalesce(a.end_date, '9999-12-31')`],
  ['appointments: end not before start, cadre and post of the unit', `
select count(*) from appointment a join post p on p.id = a.post_id join cadre c on c.id = a.cadre_id
where a.end_date < a.start_date or p.unit_id <> a.unit_id or c.unit_id <> a.unit_id`],
  ['one live candidacy per cadre', `
select count(*) from (select cadre_id from reserve_candidate where status not in ('REJECTED', 'WITHDRAWN') group by cadre_id having count(*) > 1) x`],
  ['candidacy fields agree with its status and steps', `
select count(*) from reserve_candidate rc where
  (status in ('IN_POOL', 'WITHDRAWN')) <> (in_pool_from is not null)
  or (status = 'WITHDRAWN') <> (left_pool_on is not null)
  or (source = 'DEMOCRATIC') <> (votes_eligible is not null)
  or votes_for > votes_present or votes_present > votes_eligible
  or (select s.resulting_status from reserve_step s where s.candidate_id = rc.id order by s.date desc, s.step desc limit 1) <> status`],
  ['one active pair per post and per reserve', `
select (select count(*) from (select post_id from succession_pair where released_on is null group by post_id having count(*) > 1) x)
     + (select count(*) from (select reserve_candidate_id from succession_pair where released_on is null group by reserve_candidate_id having count(*) > 1) y)`],
  ['active pairs: a pooled reserve of the unit, not holding the post', `
select count(*) from succession_pair sp join reserve_candidate rc on rc.id = sp.reserve_candidate_id join post p on p.id = sp.post_id
where sp.released_on is null and (rc.status <> 'IN_POOL' or rc.in_pool_from > sp.paired_on or p.unit_id <> sp.unit_id or rc.unit_id <> sp.unit_id
  or exists (select 1 from appointment a where a.post_id = sp.post_id and a.cadre_id = rc.cadre_id and a.end_date is null))`],
  ['exited cadres hold nothing after their exit and have no live candidacy', `
select count(*) from exit_record e where
  exists (select 1 from appointment a where a.cadre_id = e.cadre_id and coalesce(a.end_date, '9999-12-31') > e.effective_date)
  or exists (select 1 from reserve_candidate rc where rc.cadre_id = e.cadre_id and rc.status not in ('REJECTED', 'WITHDRAWN'))`],
  ['exits end the appointments they close, on their effective date', `
select count(*) from appointment a left join exit_record e on e.id = a.ended_by_exit_id
where a.ended_by_exit_id is not null and (e.id is null or e.cadre_id <> a.cadre_id or e.effective_date <> a.end_date)`],
  ['a successor proposal: the post\'s pair active on the day it was vacated, by that exit', `
select count(*) from succession_proposal p join succession_pair sp on sp.id = p.pair_id join exit_record e on e.id = p.exit_record_id
where sp.post_id <> p.post_id or sp.reserve_candidate_id <> p.reserve_candidate_id or p.vacated_on <> e.effective_date
  or sp.paired_on > p.vacated_on or (sp.released_on is not null and sp.released_on <= p.vacated_on)
  or not exists (select 1 from appointment a where a.ended_by_exit_id = e.id and a.post_id = p.post_id)`],
  ['recalls carry a valid assembly vote', `
select count(*) from exit_record where kind = 'RECALL' and not (votes_cast * 2 > registered_voters and votes_for * 2 > votes_cast and votes_cast <= registered_voters)`],
  ['a row of a cadre belongs to the cadre\'s unit', ''], // filled in from the catalogue below
  ['catalogues total 1000', `select count(*) from (select year from assessment_indicator group by year having abs(sum(max_points) - 1000) > 1e-9) x`],
  ['scores within 0..max, a deduction with its reason, of the indicator\'s year', `
select count(*) from assessment_score s join assessment_indicator i on i.id = s.indicator_id
where s.points < 0 or s.points > i.max_points or (s.points < i.max_points and s.note is null) or s.year <> i.year`],
  ['published years: every scored unit fully scored and ranked', `
select count(*) from assessment_year y cross join lateral (
  select (select count(*) from assessment_indicator where year = y.year) as indicators,
         (select count(distinct unit_id) from assessment_score where year = y.year) as units,
         (select count(*) from assessment_score where year = y.year) as scores,
         (select count(*) from ranking_entry where year = y.year) as ranked) n
where y.status = 'PUBLISHED' and (n.scores <> n.units * n.indicators or n.ranked <> n.units or y.policy_snapshot is null)`],
  ['no ranking or proposal in a draft year', `
select count(*) from assessment_year y where y.status = 'DRAFT' and (exists (select 1 from ranking_entry r where r.year = y.year) or exists (select 1 from consequence c where c.year = y.year))`],
];

async function sameUnitChecks(client) {
  const tables = (await client.query(`
select table_name from information_schema.columns where table_schema = 'public' and column_name in ('unit_id', 'cadre_id')
group by table_name having count(*) = 2`)).rows.map((r) => r.table_name);
  return tables.map((t) => `select count(*) from "${t}" x join cadre c on c.id = x.cadre_id where x.unit_id <> c.unit_id`).join(' union all ');
}

async function foreignKeyChecks(client) {
  const fks = (await client.query(`
select cl.relname as child, att.attname as col, pcl.relname as parent, patt.attname as pcol
from pg_constraint con
join pg_class cl on cl.oid = con.conrelid join pg_namespace ns on ns.oid = cl.relnamespace
join pg_class pcl on pcl.oid = con.confrelid
join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
join pg_attribute patt on patt.attrelid = con.confrelid and patt.attnum = con.confkey[1]
where con.contype = 'f' and ns.nspname = 'public' and array_length(con.conkey, 1) = 1`)).rows;
  return fks.map((f) => [`foreign key ${f.child}.${f.col} → ${f.parent}`, `select count(*) from "${f.child}" x where x."${f.col}" is not null and not exists (select 1 from "${f.parent}" p where p."${f.pcol}" = x."${f.col}")`]);
}

async function runChecks(client) {
  const started = performance.now();
  const sameUnit = await sameUnitChecks(client);
  const all = [...CHECKS.map(([label, sql]) => [label, sql || `select sum(count) from (${sameUnit}) x`]), ...(await foreignKeyChecks(client))];
  const failed = [];
  for (const [label, sql] of all) {
    const row = (await client.query(sql)).rows[0];
    const n = Number(Object.values(row)[0] ?? 0);
    if (n > 0) failed.push(`${label}: ${n}`);
  }
  console.log(`  ${'checks'.padEnd(34)} ${String(all.length).padStart(9)} rules ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  return failed;
}

/** CPU time of the database session when the server runs on this machine (a figure free of other jobs' load). */
async function sessionCpuSeconds(client) {
  try {
    const pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// users: the admin (when missing), an analyst and the first village's user

async function createUsers(client) {
  const first = (await client.query(`select id, code, name from unit where code = 'cun00001'`)).rows[0];
  const users = [
    { username: 'admin', role: 'SUBDISTRICT_ADMIN', unitId: null },
    { username: 'analyst', role: 'SUBDISTRICT_ANALYST', unitId: null },
    { username: first.code, role: 'UNIT_USER', unitId: first.id, unitName: first.name },
  ];
  const made = [];
  for (const u of users) {
    const exists = (await client.query('select 1 from app_user where username = $1', [u.username])).rowCount > 0;
    if (exists) continue;
    const hash = await password.hashPassword(PASSWORD);
    await client.query(
      `insert into app_user (id, version, created_at, updated_at, username, password_hash, role, unit_id, pii_granted, active) values (gen_random_uuid()::text, 1, now(), now(), $1, $2, $3, $4, false, true)`,
      [u.username, hash, u.role, u.unitId],
    );
    made.push(u);
  }
  return made;
}

// ---------------------------------------------------------------------------------------------

const started = performance.now();
console.log(`Generating ${UNITS} units (${VILLAGES} villages, ${UNITS - VILLAGES} communities) and ${CADRES} cadres as of ${TODAY} into ${dbUrl.host}/${dbName}`);
await prepareDatabase();
const migrated = performance.now();
console.log(`  ${'migrations'.padEnd(34)} ${''.padStart(9)}       ${((migrated - started) / 1000).toFixed(1).padStart(6)} s`);

const client = new pg.Client({ connectionString: DATABASE });
await client.connect();
try {
  if ((await client.query('select count(*)::int as n from unit')).rows[0].n > 0) fail(`${dbName} holds units already: use --reset to start again`);
  await client.query("set synchronous_commit = off; set maintenance_work_mem = '256MB'; set work_mem = '64MB'");
  await client.query('begin');
  // the rows are consistent by construction and checked below: no per-row foreign-key triggers
  // (a superuser may switch them off; otherwise they run). Not when the schema has triggers of its
  // own that guard a rule: those would be switched off too, and the rules left unchecked. The
  // appointment lock only makes concurrent writers of one post take turns (the exclusion
  // constraint, which stays on, is the rule): a single loader needs no turns.
  const superuser = (await client.query('select rolsuper from pg_roles where rolname = current_user')).rows[0]?.rolsuper;
  const ownTriggers = Number((await client.query(`
select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public' and not t.tgisinternal and t.tgname <> 'appointment_post_lock'`)).rows[0].count);
  if (superuser && ownTriggers === 0) await client.query('set local session_replication_role = replica');
  // secondary indexes are built once at the end, not maintained row by row (unique ones stay)
  const indexes = (await client.query(`
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = 'public' and i.tablename <> 'mikro_orm_migrations'
  and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`)).rows;
  await client.query(indexes.map((i) => `drop index "${i.indexname}"`).join(';'));
  for (const [label, sql] of STEPS) await step(client, label, sql);
  await step(client, 'indexes', `${indexes.map((i) => i.indexdef).join(';\n')};\nanalyze`);
  const failed = await runChecks(client);
  if (failed.length) {
    await client.query('rollback');
    fail(`the generated data breaks rules the API enforces; nothing was kept:\n  ${failed.join('\n  ')}`);
  }
  await client.query('commit');
  const made = await createUsers(client);
  const total = (performance.now() - started) / 1000;
  const rows = timings.reduce((n, t) => n + t.rows, 0);
  const cpu = await sessionCpuSeconds(client);
  console.log(`Done in ${total.toFixed(1)} s (${rows} rows)${cpu == null ? '' : `; the database session used ${cpu.toFixed(1)} s of CPU`}.`);
  if (made.length) {
    console.log(`Logins (password: ${PASSWORD}):`);
    for (const u of made) console.log(`  ${u.username.padEnd(10)} ${u.role}${u.unitName ? ` — ${u.unitName}` : ''}`);
  }
} catch (error) {
  await client.query('rollback').catch(() => {});
  console.error(error);
  process.exitCode = 1;
} finally {
  await client.end();
}
