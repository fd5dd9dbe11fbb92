import { HttpError } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { errorCodeOf, graphQLErrorsOf, type ApiGraphQLError } from './graphqlErrors';

/** The language the server's texts are shown in: the API sends a Chinese text beside each English one. */
let currentLocale = (): string => i18nProvider.getLocale();

/** For tests: which locale the error texts follow. */
export function setErrorLocale(locale: () => string): void {
  currentLocale = locale;
}

const inChinese = () => currentLocale() !== 'en';

/** An error's text in the user's language (`extensions.messageZh` when the console is in Chinese). */
export function messageOf(error: ApiGraphQLError): string {
  const zh = error.extensions?.messageZh;
  return inChinese() && typeof zh === 'string' && zh ? zh : error.message;
}

interface Problem {
  field: string;
  message: string;
  messageZh?: string;
}

/**
 * Relations arrive as `unit: { id }` beside `unitId`; ra-data-graphql-simple turns an object `unit`
 * into a `unitId` argument, which would override the form's `unitId`. Only flat values are sent.
 */
export function flatData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([key, value]) => !key.includes('.') && (value === null || typeof value !== 'object' || value instanceof Date)),
  );
}

/** How the API words a stale `version` (optimistic locking). */
const STALE = /changed by someone else/i;

/** The problems about one field, in the user's language; else the parts of the message about it (`field: problem; other: problem`), else all of it. */
function fieldMessage(error: ApiGraphQLError, field: string): string {
  const problems = (Array.isArray(error.extensions?.problems) ? error.extensions.problems : []) as Problem[];
  const own = problems.filter((p) => p.field === field);
  if (own.length > 0) return own.map((p) => (inChinese() && p.messageZh ? p.messageZh : p.message)).join(inChinese() ? '；' : '; ');
  const message = error.message;
  const parts = message
    .split('; ')
    .filter((p) => p.startsWith(`${field}: `))
    .map((p) => p.slice(field.length + 2));
  return parts.length > 0 ? parts.join('; ') : message;
}

/**
 * The API's errors as react-admin understands them: a message for the notification (a message
 * key where we have a better text), and for BAD_USER_INPUT the offending fields, which
 * react-admin shows under the inputs (server-side validation).
 */
export function toReactAdminError(error: unknown): unknown {
  const errors = graphQLErrorsOf(error);
  const code = errorCodeOf(error);
  const first = errors[0];
  if (!first) return error;
  const status = (error as { status?: number })?.status ?? 200;
  switch (code) {
    case 'CONFLICT':
      // a stale version: someone else saved the record in between (the form reloads it)
      if (STALE.test(first.message)) return new HttpError('app.error.conflict', 409, { code, stale: true, graphQLErrors: errors });
      // a duplicate or an illegal state change: the server says which
      return new HttpError(messageOf(first), 409, { code, graphQLErrors: errors });
    case 'BAD_USER_INPUT': {
      const fields = (errors.flatMap((e) => e.extensions?.fields ?? []) as string[]).filter(Boolean);
      const fieldErrors = Object.fromEntries(fields.map((f) => [f.replace(/^(data|input)\./, ''), fieldMessage(first, f)]));
      return new HttpError(messageOf(first), 400, {
        code,
        graphQLErrors: errors,
        // shown under the inputs; the notification then says that the form has errors (ra.message.invalid_form)
        ...(fields.length ? { errors: fieldErrors } : {}),
      });
    }
    case 'UNAUTHENTICATED':
      return new HttpError(messageOf(first), 401, { code, graphQLErrors: errors });
    // said in the user's language; the server's wording stays in the body
    case 'FORBIDDEN':
      return new HttpError('app.error.forbidden', 403, { code, detail: first.message, graphQLErrors: errors });
    case 'NOT_FOUND':
      return new HttpError('app.error.not_found', 404, { code, detail: first.message, graphQLErrors: errors });
    default:
      return new HttpError(messageOf(first), status, { code, graphQLErrors: errors });
  }
}
