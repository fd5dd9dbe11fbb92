import { describe, expect, it } from 'vitest';
import { listQueryOf, rememberListQuery } from './listQueries';

describe('the query behind a list export', () => {
  it('a list’s answer carries its filter and order; records picked one by one (a selection) carry none', () => {
    const page = [{ id: 'a' }, { id: 'b' }];
    rememberListQuery(page, { filter: { unitId: 'u1', q: '张' }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 1000 } });
    expect(listQueryOf(page)).toEqual({ filter: { unitId: 'u1', q: '张' }, sortField: 'name', sortOrder: 'ASC' });
    // the same rows in another array (the selection's getMany) are not the list's answer
    expect(listQueryOf([...page])).toBeUndefined();
    const unfiltered = [{ id: 'c' }];
    rememberListQuery(unfiltered, { filter: undefined as never, sort: undefined as never, pagination: { page: 1, perPage: 1000 } });
    expect(listQueryOf(unfiltered)).toEqual({ filter: {}, sortField: undefined, sortOrder: undefined });
  });
});
