import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { StatementTexts } from '../src/common/sql';

/**
 * Statements outside a transaction on PostgreSQL run as prepared statements once their text is
 * frequent (common/sql.ts): a bounded number of names per process, hence per pooled connection,
 * and a name never changes its text.
 */
describe('prepared statement names', () => {
  const numbered = (text: string) => () => text.replaceAll('?', '$1');

  it('a text is named from its third run on, keeps its name, and each text has its own', () => {
    const texts = new StatementTexts(10, 3, 100);
    const a = 'select * from cadre where id = ?';
    const b = 'select * from unit where id = ?';
    expect(texts.of(a, numbered(a)).name).toBeUndefined();
    expect(texts.of(a, numbered(a)).name).toBeUndefined();
    const third = texts.of(a, numbered(a));
    expect(third.name).toBe('lw_1');
    expect(third.text).toBe('select * from cadre where id = $1');
    expect(texts.of(a, numbered(a)).name).toBe('lw_1');
    for (let i = 0; i < 3; i += 1) texts.of(b, numbered(b));
    expect(texts.of(b, numbered(b)).name).toBe('lw_2');
    // a text not asked to be prepared (a rule query) never is, however often it runs
    const rule = 'select count(*) from training_participation where attended = ?';
    for (let i = 0; i < 10; i += 1) expect(texts.of(rule, numbered(rule), false).name).toBeUndefined();
  });

  it('past the limit further texts run unnamed; forgetting texts never hands a name to another text', () => {
    const texts = new StatementTexts(2, 1, 5);
    expect(texts.of('q1', numbered('q1')).name).toBe('lw_1');
    expect(texts.of('q2', numbered('q2')).name).toBe('lw_2');
    expect(texts.of('q3', numbered('q3')).name).toBeUndefined();
    // the memo fills up with unnamed texts and forgets them; the named keep their names
    for (let i = 4; i < 20; i += 1) expect(texts.of(`q${i}`, numbered(`q${i}`)).name).toBeUndefined();
    expect(texts.of('q1', numbered('q1')).name).toBe('lw_1');
    expect(texts.of('q2', numbered('q2')).name).toBe('lw_2');
    expect(texts.of('q3', numbered('q3')).name).toBeUndefined();
  });
});
