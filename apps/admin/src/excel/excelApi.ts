import { getToken } from '../providers/session';

/** An answer of the Excel routes that is not a file: the error in the viewer's language. */
export class ExcelRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = getToken();
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
}

/** The error message of a JSON error answer, Chinese or English. */
export function errorMessageOf(body: unknown, chinese: boolean, fallback: string): string {
  const first = (body as { errors?: { message?: string; extensions?: { messageZh?: string } }[] } | null)?.errors?.[0];
  return (chinese ? first?.extensions?.messageZh : undefined) ?? first?.message ?? fallback;
}

async function failure(res: Response, chinese: boolean): Promise<ExcelRequestError> {
  const body: unknown = await res.json().catch(() => null);
  return new ExcelRequestError(errorMessageOf(body, chinese, `HTTP ${res.status}`), res.status, body);
}

/** Saves a blob under a file name (the browser's download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name the server gave (`filename*=UTF-8''…`), or the fallback. */
function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(header);
  return match ? decodeURIComponent(match[1]!) : fallback;
}

/** Downloads a file from a GET route. */
export async function downloadFile(path: string, fallbackName: string, chinese: boolean): Promise<void> {
  const res = await fetch(path, { headers: headers() });
  if (!res.ok) throw await failure(res, chinese);
  saveBlob(await res.blob(), fileNameOf(res, fallbackName));
}

export interface ExportParams {
  filter?: Record<string, unknown>;
  sortField?: string;
  sortOrder?: string;
  columns?: { source: string; label: string }[];
  title?: string;
}

/** Downloads the .xlsx export of a list or report (`cadres`, `careDue`, …) with its filter. */
export async function downloadExport(name: string, params: ExportParams, chinese: boolean): Promise<void> {
  const res = await fetch(`/excel/export/${name}.xlsx`, { method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(params) });
  if (!res.ok) throw await failure(res, chinese);
  saveBlob(await res.blob(), fileNameOf(res, `${params.title ?? name}.xlsx`));
}

/** Uploads a file to a route and reads the JSON answer (errors included, with their status). */
export async function uploadFile<T>(path: string, file: Blob, chinese: boolean): Promise<{ status: number; body: T }> {
  const res = await fetch(path, { method: 'POST', headers: headers({ 'content-type': 'application/octet-stream' }), body: file });
  if (res.status >= 500 || res.status === 401 || res.status === 403 || res.status === 413 || res.status === 409) throw await failure(res, chinese);
  return { status: res.status, body: (await res.json()) as T };
}

/** Uploads a file and downloads the file the route answers with. */
export async function uploadForFile(path: string, file: Blob, fallbackName: string, chinese: boolean): Promise<void> {
  const res = await fetch(path, { method: 'POST', headers: headers({ 'content-type': 'application/octet-stream' }), body: file });
  if (!res.ok) throw await failure(res, chinese);
  saveBlob(await res.blob(), fileNameOf(res, fallbackName));
}

export async function getJson<T>(path: string, chinese: boolean): Promise<T> {
  const res = await fetch(path, { headers: headers() });
  if (!res.ok) throw await failure(res, chinese);
  return (await res.json()) as T;
}
