import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { EARLIEST_DATE, LATEST_DATE, isIsoDate } from '@liangwei/domain';

function badDate(value: unknown): GraphQLError {
  return new GraphQLError(`Not a date (YYYY-MM-DD): ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT', messageZh: `日期格式应为 YYYY-MM-DD：${JSON.stringify(value)}` } });
}

function outOfWindow(value: string): GraphQLError {
  return new GraphQLError(`Not a date between ${EARLIEST_DATE} and ${LATEST_DATE}: ${value}`, {
    extensions: { code: 'BAD_USER_INPUT', messageZh: `日期应在 ${EARLIEST_DATE} 至 ${LATEST_DATE} 之间：${value}` },
  });
}

/** A real calendar date within the years 1900–2100 (ISO strings compare as dates). */
function dateIn(value: string): string {
  if (value < EARLIEST_DATE || value > LATEST_DATE) throw outOfWindow(value);
  return value;
}

/**
 * A calendar date as an ISO string `YYYY-MM-DD`; rejects dates that do not exist (2025-02-29)
 * and years before 1900 or after 2100. Output only: a birth date masked for a viewer without PII
 * rights (ROLE-2) is the ISO 8601 reduced-precision `YYYY-MM`.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`, from 1900-01-01 to 2100-12-31. A birth date shown to a role without PII rights is year-month only: `YYYY-MM` (ISO 8601 reduced precision).',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw badDate(value);
  },
  parseValue(value: unknown): string {
    if (isIsoDate(value)) return dateIn(value);
    throw badDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return dateIn(ast.value);
    throw badDate(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});

/** An instant as an ISO 8601 string in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string | number);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Invalid DateTime', { extensions: { messageZh: '无效的日期时间' } });
    return date.toISOString();
  },
  parseValue(value) {
    const date = new Date(value as string);
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) {
      throw new GraphQLError(`Not a date-time: ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT', messageZh: `日期时间格式不正确：${JSON.stringify(value)}` } });
    }
    return date;
  },
  parseLiteral(ast) {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Not a date-time', { extensions: { code: 'BAD_USER_INPUT', messageZh: '日期时间格式不正确' } });
    return date;
  },
});
