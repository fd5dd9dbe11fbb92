import { describe, expect, it } from 'vitest';
import { gql, graphqlRequest } from './graphqlRequest';

const DOC = gql<{ ping: string }, { x: number }>('query ping($x: Int) { ping(x: $x) }');

const answering = (body: unknown, status = 200) =>
  (async (_url: unknown, init?: RequestInit) => {
    answering.last = JSON.parse(String(init?.body));
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
answering.last = null as unknown;

describe('graphqlRequest', () => {
  it('sends the document and variables and answers the data', async () => {
    await expect(graphqlRequest(DOC, { x: 1 }, { fetch: answering({ data: { ping: 'pong' } }) })).resolves.toEqual({ ping: 'pong' });
    expect(answering.last).toEqual({ query: DOC, variables: { x: 1 } });
  });

  it('turns BAD_USER_INPUT into form field errors, as the data provider does', async () => {
    const body = { data: null, errors: [{ message: 'votesFor: it did not pass', extensions: { code: 'BAD_USER_INPUT', fields: ['votesFor'] } }] };
    await expect(graphqlRequest(DOC, { x: 1 }, { fetch: answering(body) })).rejects.toMatchObject({ status: 400, body: { errors: { votesFor: 'it did not pass' } } });
  });

  it('says CONFLICT with the server reason and UNAUTHENTICATED as 401', async () => {
    const conflict = { data: null, errors: [{ message: 'The step PROPOSE needs RECOMMENDED', extensions: { code: 'CONFLICT' } }] };
    await expect(graphqlRequest(DOC, { x: 1 }, { fetch: answering(conflict) })).rejects.toMatchObject({ status: 409, message: 'The step PROPOSE needs RECOMMENDED' });
    const expired = { data: null, errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    await expect(graphqlRequest(DOC, { x: 1 }, { fetch: answering(expired) })).rejects.toMatchObject({ status: 401 });
  });

  it('reports a network failure as the http error message', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(graphqlRequest(DOC, { x: 1 }, { fetch: failing })).rejects.toMatchObject({ message: 'ra.notification.http_error' });
  });
});
