import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Completeness check for the Chinese error texts: every call that raises a user-facing message —
 * `problems.add(…)`, `problems.check(…)`, `new ConflictError(…)`, `new ForbiddenError(…)`,
 * `badReference(…)`, `unauthenticated(…)` — must carry a Chinese text among its arguments.
 *
 * A heuristic on the source text, not on types: a call counts when its argument list contains a
 * string literal (so `seen.add(id)` or `remove.check(entity, ctx)` are not messages), and it is
 * complete when that argument list, up to the matching closing parenthesis, holds a CJK character.
 */

const ROOT = resolve(__dirname, '../../../..');
const SOURCE_DIRS = ['packages/domain/src', 'apps/api/src'];
const CJK = /[\u4e00-\u9fff]/;
const CALL = /(?:\.(add|check)|\bnew\s+(ConflictError|ForbiddenError)|(?<!function\s+)\b(badReference|unauthenticated))\s*\(/g;

interface Finding {
  file: string;
  line: number;
  call: string;
}

/**
 * Blanks comments and the contents of string literals (keeping their quotes and the `${…}`
 * expressions of template literals), so that parentheses and quotes are counted in code only.
 */
function codeOnly(source: string): string {
  const out = source.split('');
  const blank = (i: number) => {
    if (out[i] !== '\n') out[i] = ' ';
  };
  // The stack of open template literals; each entry counts the braces opened inside its `${…}`.
  const templates: number[] = [];
  let i = 0;
  let lastCode = '';
  const inTemplateText = () => templates.length > 0 && templates[templates.length - 1] === -1;
  while (i < source.length) {
    const c = source[i]!;
    if (inTemplateText()) {
      if (c === '\\') {
        blank(i);
        blank(i + 1);
        i += 2;
      } else if (c === '`') {
        templates.pop();
        lastCode = '`';
        i += 1;
      } else if (c === '$' && source[i + 1] === '{') {
        templates[templates.length - 1] = 0;
        i += 2;
        lastCode = '{';
      } else {
        blank(i);
        i += 1;
      }
      continue;
    }
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') blank(i++);
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      while (i < stop) blank(i++);
    } else if (c === "'" || c === '"') {
      i += 1;
      while (i < source.length && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') blank(i++);
        blank(i++);
      }
      i += 1;
      lastCode = c;
    } else if (c === '`') {
      templates.push(-1);
      i += 1;
    } else if (c === '/' && (lastCode === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastCode))) {
      // A regular expression literal.
      i += 1;
      let inClass = false;
      while (i < source.length && source[i] !== '\n' && (inClass || source[i] !== '/')) {
        if (source[i] === '\\') blank(i++);
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        blank(i++);
      }
      i += 1;
      lastCode = '/';
    } else {
      if (templates.length > 0 && c === '{') templates[templates.length - 1]! += 1;
      else if (templates.length > 0 && c === '}') {
        if (templates[templates.length - 1] === 0) templates[templates.length - 1] = -1;
        else templates[templates.length - 1]! -= 1;
      }
      if (!/\s/.test(c)) lastCode = c;
      i += 1;
    }
  }
  return out.join('');
}

/** The message calls of one source text that carry no Chinese text. */
function englishOnlyCalls(source: string, file = '<source>'): Finding[] {
  const code = codeOnly(source);
  const findings: Finding[] = [];
  for (const match of code.matchAll(CALL)) {
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = open;
    for (; close < code.length; close += 1) {
      if ('([{'.includes(code[close]!)) depth += 1;
      else if (')]}'.includes(code[close]!) && --depth === 0) break;
    }
    const args = code.slice(open + 1, close);
    const hasLiteral = /['"`]/.test(args);
    const isMethod = match[1] !== undefined;
    // `.add(x)` / `.check(x)` with a single argument are not message calls (a Set, a hook).
    if (!hasLiteral || (isMethod && !topLevelComma(args))) continue;
    if (CJK.test(source.slice(open + 1, close))) continue;
    findings.push({ file, line: source.slice(0, match.index).split('\n').length, call: source.slice(match.index, close + 1).replace(/\s+/g, ' ').slice(0, 160) });
  }
  return findings;
}

function topLevelComma(args: string): boolean {
  let depth = 0;
  for (const c of args) {
    if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) depth -= 1;
    else if (c === ',' && depth === 0) return true;
  }
  return false;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('API errors: every user-facing message has a Chinese text', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('API errors: the scan finds the sources of the domain and of the API', () => {
    expect(files.some((f) => f.endsWith(join('shared', 'errors.ts')))).toBe(true);
    expect(files.some((f) => f.endsWith(join('resource', 'references.ts')))).toBe(true);
    expect(files.length).toBeGreaterThan(50);
  });

  it('API errors: no add / check / ConflictError / ForbiddenError / badReference / unauthenticated call in packages/domain/src or apps/api/src is English only', () => {
    const findings = files.flatMap((file) => englishOnlyCalls(readFileSync(file, 'utf8'), relative(ROOT, file)));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.call}`)).toEqual([]);
  });

  it('API errors: the check reports an English-only message and accepts one with Chinese', () => {
    const bad = [
      "problems.add('name', 'a name is required');",
      "new Problems().check(ok, 'phone', `not ${x} (a number)`).throwIfAny();",
      "throw new ConflictError(`${cadre.name} has exited already.`);",
      "throw new ForbiddenError('Only admins.');",
      "throw badReference('unitId', 'unit');",
      "problems\n  .check(a, 'a', 'first', '第一项')\n  .check(b, 'b', 'second');",
    ];
    for (const source of bad) expect(englishOnlyCalls(source), source).toHaveLength(1);
    const good = [
      "problems.add('name', 'a name is required', '姓名不能为空');",
      "new Problems().check(ok, 'phone', `not ${f(x)} (a number)`, `不是有效的号码：${x}`).throwIfAny();",
      "throw new ConflictError(`${cadre.name} has exited already.`, `${cadre.name}已退出`);",
      "throw badReference('unitId', 'unit', '单位');",
      'seen.add(row.unitId); await remove.check(entity, ctx); names.add(`${a}-${b}`);',
      "// problems.add('name', 'only in a comment')\nconst re = /^['(]$/; problems.add('x', 'y (z)', '某项');",
      'function badReference(field: string, what = \'x\') {}',
    ];
    for (const source of good) expect(englishOnlyCalls(source), source).toEqual([]);
  });
});
