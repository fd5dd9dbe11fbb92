import type { TestApi } from './api';
import { ADMIN_PASSWORD } from './api';
import { makeIdNumber } from '@liangwei/domain';

/**
 * A small world for a test: two units (a village A and a community B), each with a post, a
 * cadre holding it, and a unit user; plus the admin and an analyst. Built through the API.
 */
export interface UnitFixture {
  unitId: string;
  postId: string;
  cadreId: string;
  appointmentId: string;
  username: string;
  userId: string;
  token: string;
}

export interface World {
  admin: string;
  analyst: string;
  a: UnitFixture;
  b: UnitFixture;
}

let seq = 0;

export async function cadreArgs(unitId: string, overrides: Record<string, unknown> = {}) {
  seq += 1;
  const birthDate = (overrides.birthDate as string) ?? '1985-06-15';
  return {
    unitId,
    name: `测试${seq}`,
    gender: 'MALE',
    birthDate,
    // the 17th digit is odd for men, even for women (GB 11643); 499 distinct numbers per birth date
    idNumber: makeIdNumber('420606', birthDate, ((seq % 499) * 2 + (overrides.gender === 'FEMALE' ? 2 : 1)) % 1000),
    phone: '13800138000',
    ...overrides,
  };
}

export const CREATE_CADRE = `mutation($unitId: ID!, $name: String!, $gender: Gender!, $birthDate: Date!, $idNumber: String, $phone: String) {
  createCadre(unitId: $unitId, name: $name, gender: $gender, birthDate: $birthDate, idNumber: $idNumber, phone: $phone) { id version unitId }
}`;

export async function createCadre(api: TestApi, token: string, unitId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const data = await api.ok<{ createCadre: { id: string; version: number } }>(CREATE_CADRE, await cadreArgs(unitId, overrides), token);
  return data.createCadre;
}

export async function createPost(api: TestApi, token: string, unitId: string, title = 'COMMITTEE_MEMBER'): Promise<string> {
  const data = await api.ok<{ createPost: { id: string } }>('mutation($u: ID!, $t: String!) { createPost(unitId: $u, title: $t) { id } }', { u: unitId, t: title }, token);
  return data.createPost.id;
}

export async function createAppointment(api: TestApi, token: string, cadreId: string, postId: string, startDate = '2021-03-20', endDate: string | null = null): Promise<string> {
  const data = await api.ok<{ createAppointment: { id: string } }>(
    'mutation($c: ID!, $p: ID!, $s: Date!, $e: Date) { createAppointment(cadreId: $c, postId: $p, startDate: $s, endDate: $e) { id } }',
    { c: cadreId, p: postId, s: startDate, e: endDate },
    token,
  );
  return data.createAppointment.id;
}

async function unit(api: TestApi, admin: string, code: string, kind: string, password: string): Promise<UnitFixture> {
  const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $k: UnitKind!, $c: String!) { createUnit(name: $n, kind: $k, code: $c) { id } }', { n: `单位${code}`, k: kind, c: code }, admin);
  const unitId = createUnit.id;
  const postId = await createPost(api, admin, unitId, 'PARTY_SECRETARY');
  const cadre = await createCadre(api, admin, unitId);
  const appointmentId = await createAppointment(api, admin, cadre.id, postId);
  const username = `user_${code}`;
  const { createUser } = await api.ok<{ createUser: { id: string } }>('mutation($u: String!, $p: String!, $unit: ID) { createUser(username: $u, password: $p, role: UNIT_USER, unitId: $unit) { id } }', { u: username, p: password, unit: unitId }, admin);
  return { unitId, postId, cadreId: cadre.id, appointmentId, username, userId: createUser.id, token: await api.login(username, password) };
}

export async function buildWorld(api: TestApi): Promise<World> {
  const password = 'unit-pass-123';
  const admin = await api.login('admin', ADMIN_PASSWORD);
  await api.ok('mutation { createUser(username: "analyst", password: "analyst-pass-1", role: SUBDISTRICT_ANALYST) { id } }', {}, admin);
  const analyst = await api.login('analyst', 'analyst-pass-1');
  const a = await unit(api, admin, 'ua', 'VILLAGE', password);
  const b = await unit(api, admin, 'ub', 'COMMUNITY', password);
  return { admin, analyst, a, b };
}
