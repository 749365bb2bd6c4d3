import {
  API,
  ImportConflictSchema,
  ImportResponseSchema,
  type ImportResponse,
  type ProtocolError,
} from '@samenspel/shared';
import { readAnswer, refusalOf, type ApiResult } from '../../net/http';

/**
 * The calls net/http.ts does not cover: deletions (204, no body), uploading a file as it is,
 * reading a body as text (a 50,000-event log is parsed off the main thread) and downloads,
 * which need the Bearer token and so cannot be plain links.
 */

async function call(
  path: string,
  token: string,
  init: { method?: string; body?: Blob | string; type?: string } = {},
): Promise<Response | { failed: true }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (init.type) headers['content-type'] = init.type;
  try {
    return await fetch(path, { method: init.method ?? 'GET', headers, body: init.body });
  } catch {
    return { failed: true };
  }
}

async function refusal(
  response: Response,
): Promise<{ ok: false; status: number; error: ProtocolError | null }> {
  return refusalOf(response.status, await response.json().catch((): unknown => null));
}

const networkFailure = { ok: false, status: 0, error: null } as const;

export async function deleteAt(path: string, token: string): Promise<ApiResult<null>> {
  const response = await call(path, token, { method: 'DELETE' });
  if (!(response instanceof Response)) return networkFailure;
  return response.ok ? { ok: true, data: null } : refusal(response);
}

export async function textAt(path: string, token: string): Promise<ApiResult<string>> {
  const response = await call(path, token);
  if (!(response instanceof Response)) return networkFailure;
  return response.ok ? { ok: true, data: await response.text() } : refusal(response);
}

/** What an import answers: the new session, the one already holding this log (409), or a refusal. */
export type ImportResult =
  | ApiResult<ImportResponse>
  | { ok: false; status: 409; error: ProtocolError; existing: ImportResponse };

/**
 * Sends a log file as the JSON body it already is: no parsing, no copy of a large log. A file
 * already in the library answers 409 with the session it became.
 */
export async function uploadLog(token: string, file: Blob): Promise<ImportResult> {
  const response = await call(API.import, token, {
    method: 'POST',
    body: file,
    type: 'application/json',
  });
  if (!(response instanceof Response)) return networkFailure;
  if (response.status !== 409) return readAnswer(API.import, response, ImportResponseSchema);
  const conflict = ImportConflictSchema.safeParse(await response.json().catch((): unknown => null));
  if (!conflict.success) return { ok: false, status: 409, error: null };
  return { ok: false, status: 409, error: conflict.data.error, existing: conflict.data.existing };
}

export interface Download {
  blob: Blob;
  /** The server's name for the file, from Content-Disposition. */
  filename: string | null;
}

export async function downloadFrom(path: string, token: string): Promise<ApiResult<Download>> {
  const response = await call(path, token);
  if (!(response instanceof Response)) return networkFailure;
  if (!response.ok) return refusal(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
  return { ok: true, data: { blob: await response.blob(), filename } };
}

/** Hands a downloaded file to the browser as if a link had been clicked. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; the URL must outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
