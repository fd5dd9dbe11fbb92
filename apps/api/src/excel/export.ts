import type { IncomingMessage, ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLEnumType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLInputObjectType,
  execute,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import * as domain from '@liangwei/domain';
import { attachment, sendError } from '../http/routes';
import { requireViewer } from '../auth/viewer';
import { formatError } from '../graphql/errors';
import type { Context } from '../graphql/context';
import { Unit } from '../org/unit.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Post } from '../org/post.entity';
import { FILTER_NAMES_ZH, HEADERS_ZH, TITLES_ZH, TYPE_HEADERS_ZH } from './export-headers';

/**
 * Excel export of every list and rule report: the same GraphQL operation the console calls,
 * executed page by page (1,000 rows) with the request's context — so the unit scope, the access
 * rule and the masks of personal data (graphql/pii.ts through the read path) are exactly what the
 * viewer sees on screen — and streamed to the response with exceljs's WorkbookWriter, one row
 * committed at a time. At the top: the title, the "as of" line and the filters applied; then
 * Chinese headers, and labels instead of codes.
 */
const PAGE = 1000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Labels of the enums that the domain does not label itself. */
const LOCAL_LABELS: Record<string, domain.Labels<string>> = {
  AppointmentStatus: { CURRENT: { zh: '在任', en: 'Current' }, ENDED: { zh: '已离任', en: 'Ended' }, FUTURE: { zh: '未到任', en: 'Future' } },
  ImportStatus: { RUNNING: { zh: '进行中', en: 'Running' }, SUCCEEDED: { zh: '已完成', en: 'Succeeded' }, FAILED: { zh: '失败', en: 'Failed' } },
};

let labelsByValues: Map<string, domain.Labels<string>> | undefined;

/** The domain's labels of a GraphQL enum: the labels object whose codes are the enum's values. */
function labelsOf(type: GraphQLEnumType): domain.Labels<string> | undefined {
  if (LOCAL_LABELS[type.name]) return LOCAL_LABELS[type.name];
  if (!labelsByValues) {
    labelsByValues = new Map();
    for (const [name, value] of Object.entries(domain)) {
      if (!name.endsWith('Labels') || typeof value !== 'object' || value === null) continue;
      const entries = Object.values(value as Record<string, unknown>);
      if (entries.length === 0 || !entries.every((e) => typeof e === 'object' && e !== null && 'zh' in e)) continue;
      labelsByValues.set(Object.keys(value).sort().join(','), value as domain.Labels<string>);
    }
  }
  return labelsByValues.get(type.getValues().map((v) => v.value as string).sort().join(','));
}

function named(type: GraphQLType): GraphQLType {
  let t = type;
  while (t instanceof GraphQLNonNull || t instanceof GraphQLList) t = t.ofType as GraphQLType;
  return t;
}

function isList(type: GraphQLType): boolean {
  const t = type instanceof GraphQLNonNull ? type.ofType : type;
  return t instanceof GraphQLList;
}

interface Column {
  /** the field of the row (`unit` for a relation shown by its name) */
  field: string;
  header: string;
  /** the selection of the field in the query */
  selection: string;
  value(row: Record<string, unknown>): string | number | null;
}

const SKIPPED = new Set(['id', 'version', 'token', 'changes', 'endedByExitId']);

function display(type: GraphQLType, value: unknown, field: string): string | number | null {
  if (value == null) return null;
  const t = named(type);
  if (Array.isArray(value)) return value.map((v) => display(t, v, field)).filter((v) => v != null).join('、');
  if (t instanceof GraphQLEnumType) return domain.label(labelsOf(t) ?? {}, String(value)) || String(value);
  if (t instanceof GraphQLObjectType) {
    const o = value as Record<string, unknown>;
    return (o.name ?? o.title ?? null) as string | null;
  }
  if (t instanceof GraphQLScalarType) {
    if (t.name === 'Boolean') return value ? '是' : '否';
    if (t.name === 'Int' || t.name === 'Float') return Number(value);
    if (t.name === 'DateTime') return localTime(new Date(String(value)));
    if (field === 'title' && typeof value === 'string' && value in domain.postTitleLabels) return domain.postTitleLabels[value as domain.PostTitle].zh;
    return String(value);
  }
  return String(value);
}

/** A time as people read it in China (UTC+8), not an ISO timestamp. */
function localTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日 ${p(shifted.getUTCHours())}:${p(shifted.getUTCMinutes())}`;
}

/** The columns of a row type: its plain fields, enums as labels, relations by their name. */
function columnsOf(rowType: GraphQLObjectType, wanted: { source: string; label?: string }[] | null): Column[] {
  const fields = rowType.getFields();
  const columnFor = (name: string, header?: string): Column | null => {
    const field = fields[name] as GraphQLField<unknown, unknown> | undefined;
    if (!field || field.args.some((a) => a.type instanceof GraphQLNonNull)) return null;
    const t = named(field.type as GraphQLOutputType);
    let selection = name;
    if (t instanceof GraphQLObjectType) {
      const sub = t.getFields();
      const shown = sub.name ? 'name' : sub.title ? 'title' : null;
      if (!shown) return null;
      selection = `${name} { ${shown} }`;
    }
    return { field: name, header: header ?? TYPE_HEADERS_ZH[rowType.name]?.[name] ?? HEADERS_ZH[name] ?? name, selection, value: (row) => display(field.type, row[name], name) };
  };
  if (wanted && wanted.length > 0) {
    return wanted
      .map((w) => {
        // `unitId` in the console is the unit, shown by its name
        const source = w.source.endsWith('Id') && fields[w.source.slice(0, -2)] ? w.source.slice(0, -2) : w.source.split('.')[0]!;
        return columnFor(source, w.label);
      })
      .filter((c): c is Column => c !== null);
  }
  const columns: Column[] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (SKIPPED.has(name) || field.args.length > 0) continue;
    if (name.endsWith('Id') && fields[name.slice(0, -2)]) continue;
    const t = named(field.type);
    if (t instanceof GraphQLObjectType && isList(field.type)) continue;
    const column = columnFor(name);
    if (column) columns.push(column);
  }
  return columns;
}

function typeText(type: GraphQLInputType): string {
  return String(type);
}

export interface ExportRequest {
  operation: string;
  filter: Record<string, unknown> | null;
  sortField: string | null;
  sortOrder: string | null;
  columns: { source: string; label?: string }[] | null;
  title: string | null;
}

/** The query operation of an export name: `cadres` / `allCadres` (lists) or a report's name. */
function operationOf(schema: GraphQLSchema, name: string): GraphQLField<unknown, unknown> | null {
  const fields = schema.getQueryType()!.getFields();
  const candidates = [name, `all${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`];
  for (const candidate of candidates) {
    const field = fields[candidate];
    if (field && isList(field.type) && named(field.type) instanceof GraphQLObjectType) return field;
  }
  return null;
}

async function filterLine(ctx: Context, op: GraphQLField<unknown, unknown>, filter: Record<string, unknown> | null): Promise<string> {
  if (!filter || Object.keys(filter).length === 0) return '全部';
  const filterArg = op.args.find((a) => a.name === 'filter');
  const inputFields = filterArg ? (named(filterArg.type) as GraphQLInputObjectType).getFields() : null;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value == null || value === '') continue;
    const range = /^(.*)_(lt|lte|gt|gte)$/.exec(key);
    const base = range ? range[1]! : key;
    const name = FILTER_NAMES_ZH[base] ?? HEADERS_ZH[base] ?? base;
    const op2 = range ? { lt: '早于/小于', lte: '不晚于/不大于', gt: '晚于/大于', gte: '不早于/不小于' }[range[2] as 'lt'] : '';
    let shown: string;
    const type = inputFields?.[key]?.type ?? op.args.find((a) => a.name === key)?.type;
    if (key === 'ids' && Array.isArray(value)) shown = `${value.length} 条`;
    else if (base === 'unitId') shown = (await ctx.em.findOne(Unit, { id: String(value) }))?.name ?? '—';
    else if (base === 'cadreId') shown = (await ctx.em.findOne(Cadre, { id: String(value) }))?.name ?? '—';
    else if (base === 'postId') shown = (await ctx.em.findOne(Post, { id: String(value) }))?.name ?? '—';
    else if (type && named(type) instanceof GraphQLEnumType) shown = domain.label(labelsOf(named(type) as GraphQLEnumType) ?? {}, String(value));
    else if (typeof value === 'boolean') shown = value ? '是' : '否';
    else if (key === 'title' && typeof value === 'string' && value in domain.postTitleLabels) shown = domain.postTitleLabels[value as domain.PostTitle].zh;
    else shown = String(value);
    parts.push(`${name}${op2 ? ` ${op2}` : ''}：${shown}`);
  }
  return parts.length > 0 ? parts.join('；') : '全部';
}

class ExportRefused extends Error {
  constructor(readonly errors: readonly unknown[]) {
    super('export refused');
  }
}

/**
 * Streams the export of `request.operation` to the response. The first page is fetched before
 * anything is sent, so a refusal (FORBIDDEN, bad filter) is an ordinary JSON error.
 */
export async function streamExport(schema: GraphQLSchema, ctx: Context, request: ExportRequest, res: ServerResponse): Promise<void> {
  requireViewer(ctx);
  const op = operationOf(schema, request.operation);
  if (!op) {
    sendError(res, 404, 'NOT_FOUND', `There is no list or report named ${request.operation}.`, '没有该名称的列表或报表');
    return;
  }
  const rowType = named(op.type) as GraphQLObjectType;
  const columns = columnsOf(rowType, request.columns);
  const isResource = op.args.some((a) => a.name === 'filter');
  const paged = op.args.some((a) => a.name === 'page');
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  if (isResource) {
    variables.filter = request.filter ?? {};
    if (request.sortField) variables.sortField = request.sortField;
    if (request.sortOrder) variables.sortOrder = request.sortOrder;
  } else {
    for (const arg of op.args) if (request.filter && request.filter[arg.name] !== undefined && arg.name !== 'page' && arg.name !== 'perPage') variables[arg.name] = request.filter[arg.name];
  }
  for (const arg of op.args) {
    if (arg.name === 'page' || arg.name === 'perPage') {
      if (paged) {
        declared.push(`$${arg.name}: ${typeText(arg.type)}`);
        passed.push(`${arg.name}: $${arg.name}`);
      }
    } else if (variables[arg.name] !== undefined || arg.type instanceof GraphQLNonNull) {
      declared.push(`$${arg.name}: ${typeText(arg.type)}`);
      passed.push(`${arg.name}: $${arg.name}`);
    }
  }
  const document = parse(`query Export${declared.length ? `(${declared.join(', ')})` : ''} { rows: ${op.name}${passed.length ? `(${passed.join(', ')})` : ''} { ${columns.map((c) => c.selection).join(' ')} } }`);
  const fetchPage = async (page: number): Promise<Record<string, unknown>[]> => {
    const result = await execute({ schema, document, contextValue: ctx, variableValues: paged ? { ...variables, page, perPage: PAGE } : variables });
    if (result.errors?.length) {
      // a filter the operation does not accept fails before any resolver runs (no original error)
      throw new ExportRefused(result.errors.map((e) => (e.path ? formatError({ message: e.message }, e) : { message: `Bad filter: ${e.message}`, extensions: { code: 'BAD_USER_INPUT', messageZh: '筛选条件不正确，请检查后重试' } })));
    }
    return (result.data?.rows ?? []) as Record<string, unknown>[];
  };
  let rows: Record<string, unknown>[];
  try {
    rows = await fetchPage(0);
  } catch (error) {
    if (error instanceof ExportRefused) {
      const first = error.errors[0] as { extensions?: { code?: string } };
      const code = String(first.extensions?.code ?? 'BAD_USER_INPUT');
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 }[code] ?? (code === 'INTERNAL_SERVER_ERROR' ? 500 : 400);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: error.errors }));
      return;
    }
    throw error;
  }
  const title = (request.title?.trim() || TITLES_ZH[op.name] || op.name).slice(0, 60);
  const filters = await filterLine(ctx, op, request.filter);
  res.writeHead(200, { 'content-type': XLSX, 'content-disposition': attachment(`${title}-${ctx.today}.xlsx`) });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  sheet.columns = columns.map((c) => ({ key: c.field, width: Math.max(10, Math.min(40, c.header.length * 2 + 4)) }));
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.commit();
  sheet.addRow([`截至：${localTime(ctx.now)}`]).commit();
  sheet.addRow([`筛选条件：${filters}`]).commit();
  sheet.addRow([`导出人：${ctx.username ?? ''}`]).commit();
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let page = 0;
  for (;;) {
    for (const row of rows) sheet.addRow(columns.map((c) => c.value(row))).commit();
    if (!paged || rows.length < PAGE) break;
    page += 1;
    rows = await fetchPage(page);
  }
  sheet.commit();
  await workbook.commit();
}

/** The export's parameters from the query string (GET) or a JSON body (POST, for long selections). */
export function exportRequestOf(operation: string, url: URL, body: Record<string, unknown> | null): ExportRequest {
  const json = (text: string | null): unknown => {
    if (!text) return null;
    try {
      return JSON.parse(text);
    } catch {
      throw new domain.ValidationError([{ field: 'filter', message: 'not valid JSON', messageZh: '筛选条件不是有效的 JSON' }]);
    }
  };
  const get = (key: string): unknown => (body && body[key] !== undefined ? body[key] : key === 'filter' || key === 'columns' ? json(url.searchParams.get(key)) : url.searchParams.get(key));
  const filter = get('filter');
  const columns = get('columns');
  if (filter != null && (typeof filter !== 'object' || Array.isArray(filter))) throw new domain.ValidationError([{ field: 'filter', message: 'must be an object', messageZh: '筛选条件格式不正确' }]);
  if (columns != null && !Array.isArray(columns)) throw new domain.ValidationError([{ field: 'columns', message: 'must be a list', messageZh: '导出列格式不正确' }]);
  return {
    operation,
    filter: (filter as Record<string, unknown> | null) ?? null,
    sortField: (get('sortField') as string | null) ?? null,
    sortOrder: (get('sortOrder') as string | null) ?? null,
    columns: (columns as { source: string; label?: string }[] | null)?.filter((c) => c && typeof c.source === 'string').slice(0, 100) ?? null,
    title: typeof get('title') === 'string' ? String(get('title')).slice(0, 60) : null,
  };
}

/** Reads a small JSON body (an export's parameters), at most 1 MiB. */
export function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 1024 * 1024) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > 1024 * 1024) {
        reject(new domain.ValidationError([{ field: 'body', message: 'at most 1 MiB', messageZh: '请求内容过大' }]));
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (!text) return resolve(null);
      try {
        const parsed = JSON.parse(text) as unknown;
        resolve(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null);
      } catch {
        reject(new domain.ValidationError([{ field: 'body', message: 'not valid JSON', messageZh: '请求内容不是有效的 JSON' }]));
      }
    });
    req.on('error', reject);
  });
}
