import type { TestApi } from './api';
import type { Case, Preparer } from './authorization-matrix';
import { createAppointment, createCadre, createPost, type UnitFixture, type World } from './fixture';
import { adminOnly, adminToken as admin, extra, mutation, resourceReads, scopedRead, unitWrite } from './matrix-kit';

/**
 * ROLE-1..4 The authorization matrix rows of the pay and care modules (PAY-1/2/5/6, INS-2), and the
 * records they read. `authorization-matrix.ts` calls `registerPayMatrix(cases, preparers)` at its
 * end: this file imports only types from it, so there is no import cycle at run time.
 */

/** The conventional read operations of a unit-owned resource, on the record the preparer made (`key`). */
const unitOwnedReads = (name: string, plural: string, fields: string, key: string): Record<string, Case> => resourceReads(name, plural, fields, (t) => extra(t, key));

/** A rule query with an optional `unitId`: the viewer's own rows, nothing of another unit. */
const report = (query: string): Case => ({ call: (t) => ({ query, variables: { u: t.unit.unitId } }), expect: scopedRead('empty') });

/** A fresh holder of a new Party secretary post of the unit (so that each check is the first of its month). */
async function freshSecretary(api: TestApi, token: string, unitId: string): Promise<string> {
  const postId = await createPost(api, token, unitId, 'PARTY_SECRETARY');
  const cadre = await createCadre(api, token, unitId);
  await createAppointment(api, token, cadre.id, postId, '2024-01-01');
  return cadre.id;
}

/** Creates, as the admin, a record of each pay/care resource in the unit (its fixture secretary). */
export const preparePay: Preparer = async (api: TestApi, world: World, unit: UnitFixture) => {
  const token = world.admin;
  const c = unit.cadreId;
  const { me } = await api.ok<{ me: { id: string } }>('{ me { id } }', {}, token);
  const data = await api.ok<Record<string, { id: string }>>(
    `mutation($c: ID!, $leader: ID!) {
      pay: createPayRecord(cadreId: $c, year: 2026, title: PARTY_SECRETARY, amount: 36000) { id }
      entry: createDutyLogEntry(cadreId: $c, date: "2026-11-20", content: "走访困难群众三户", category: "走访") { id }
      check: createDutyLogCheck(cadreId: $c, month: "2026-10", outcome: FAIL, remarks: "日志记录不全") { id }
      care: createCareEvent(cadreId: $c, kind: HOME_VISIT, date: "2026-06-01", ledById: $leader, note: "端午走访") { id }
      honour: createHonour(cadreId: $c, kind: COMMENDATION, date: "2026-07-01", description: "优秀党务工作者") { id }
    }`,
    { c, leader: me.id },
    token,
  );
  return { payRecordId: data.pay!.id, dutyLogEntryId: data.entry!.id, dutyLogCheckId: data.check!.id, careEventId: data.care!.id, honourId: data.honour!.id };
};

export const payCases: Record<string, Case> = {
  // --- PAY-1 pay records: kept by the subdistrict, read by the unit
  ...unitOwnedReads('PayRecord', 'PayRecords', 'id unitId cadre { unitId } year title amount floor belowFloor shortfall', 'payRecordId'),
  createPayRecord: mutation(
    'mutation($c: ID!) { createPayRecord(cadreId: $c, year: 2026, title: COMMITTEE_MEMBER, amount: 20000) { id unitId } }',
    async (t) => ({ c: (await createCadre(t.api, admin(t), t.unit.unitId)).id }),
    adminOnly,
  ),
  updatePayRecord: mutation('mutation($id: ID!) { updatePayRecord(id: $id, note: "含绩效") { id unitId } }', (t) => ({ id: extra(t, 'payRecordId') }), adminOnly),
  payReport: report('query($u: ID) { payReport(year: 2026, unitId: $u) { id unitId cadre { unitId } floor belowFloor shortfall } }'),
  _payReportMeta: report('query($u: ID) { _payReportMeta(year: 2026, unitId: $u) { count } }'),

  // --- INS-2 duty logs: the unit writes its own entries; the subdistrict checks them
  ...unitOwnedReads('DutyLogEntry', 'DutyLogEntries', 'id unitId cadre { unitId } date content', 'dutyLogEntryId'),
  // another unit's cadre is unknown to a unit user (ROLE-4: answered like a wrong id)
  createDutyLogEntry: mutation('mutation($c: ID!) { createDutyLogEntry(cadreId: $c, date: "2026-11-24", content: "召开党员大会") { id unitId } }', (t) => ({ c: t.unit.cadreId }), unitWrite('BAD_USER_INPUT')),
  updateDutyLogEntry: mutation('mutation($id: ID!) { updateDutyLogEntry(id: $id, category: "会议") { id unitId } }', (t) => ({ id: extra(t, 'dutyLogEntryId') }), unitWrite('NOT_FOUND')),
  ...unitOwnedReads('DutyLogCheck', 'DutyLogChecks', 'id unitId cadre { unitId } month outcome remarks checkedBy', 'dutyLogCheckId'),
  createDutyLogCheck: mutation(
    'mutation($c: ID!) { createDutyLogCheck(cadreId: $c, month: "2026-10", outcome: PASS) { id unitId } }',
    async (t) => ({ c: await freshSecretary(t.api, admin(t), t.unit.unitId) }),
    adminOnly,
  ),
  updateDutyLogCheck: mutation('mutation($id: ID!) { updateDutyLogCheck(id: $id, outcome: FAIL, remarks: "未按月记录") { id unitId } }', (t) => ({ id: extra(t, 'dutyLogCheckId') }), adminOnly),

  // --- PAY-2 the post allowance
  allowanceReport: report('query($u: ID) { allowanceReport(year: 2026, unitId: $u) { month due amount reason remarks cadre { unitId } unit { id } } }'),
  _allowanceReportMeta: report('query($u: ID) { _allowanceReportMeta(year: 2026, unitId: $u) { count } }'),

  // --- PAY-5 care: recorded by the subdistrict, read by the unit
  ...unitOwnedReads('CareEvent', 'CareEvents', 'id unitId cadre { unitId } kind date ledById ledBy { id username unitId } ledByName', 'careEventId'),
  createCareEvent: mutation('mutation($c: ID!) { createCareEvent(cadreId: $c, kind: PHYSICAL_EXAM, date: "2026-05-01") { id unitId } }', (t) => ({ c: t.unit.cadreId }), adminOnly),
  updateCareEvent: mutation('mutation($id: ID!) { updateCareEvent(id: $id, note: "春节走访") { id unitId } }', (t) => ({ id: extra(t, 'careEventId') }), adminOnly),
  careDue: report('query($u: ID) { careDue(unitId: $u) { kind lastDate dueDate overdue cadre { unitId } unit { id } } }'),
  _careDueMeta: report('query($u: ID) { _careDueMeta(unitId: $u) { count } }'),

  // --- PAY-6 honours
  ...unitOwnedReads('Honour', 'Honours', 'id unitId cadre { unitId } kind date description', 'honourId'),
  createHonour: mutation('mutation($c: ID!) { createHonour(cadreId: $c, kind: PARTY_CONGRESS_DELEGATE, date: "2026-03-01") { id unitId } }', (t) => ({ c: t.unit.cadreId }), adminOnly),
  updateHonour: mutation('mutation($id: ID!) { updateHonour(id: $id, description: "区党代会代表") { id unitId } }', (t) => ({ id: extra(t, 'honourId') }), adminOnly),
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases and the preparer. */
export function registerPayMatrix(cases: Record<string, Case>, preparers: Preparer[]): void {
  Object.assign(cases, payCases);
  if (!preparers.includes(preparePay)) preparers.push(preparePay);
}
