import {
  API,
  MethodListSchema,
  MethodSchema,
  ProgrammeConflictSchema,
  ProgrammeImportRefusalSchema,
  ProgrammeListSchema,
  ProgrammeVersionListSchema,
  ProgrammeVersionSchema,
  type CreateMethodRequest,
  type CreateProgrammeRequest,
  type Method,
  type ProgrammeList,
  type ProgrammeProblem,
  type ProgrammeVersion,
  type ProgrammeVersionMeta,
  type ProtocolError,
  type SaveProgrammeRequest,
} from '@samenspel/shared';
import { apiRequest, readAnswer, type ApiResult } from '../../net/http';
import { deleteAt, downloadFrom, type Download } from '../library/libraryApi';

/** The studio's calls to the programme API (shared/src/protocol/programmes.ts), parsed at the boundary. */

export function listProgrammes(token: string): Promise<ApiResult<ProgrammeList>> {
  return apiRequest(API.programmes, { token, schema: ProgrammeListSchema });
}

export function latestVersion(
  token: string,
  programmeId: string,
): Promise<ApiResult<ProgrammeVersion>> {
  return apiRequest(API.programme(programmeId), { token, schema: ProgrammeVersionSchema });
}

export function versionOf(
  token: string,
  programmeId: string,
  version: number,
): Promise<ApiResult<ProgrammeVersion>> {
  return apiRequest(API.programmeVersion(programmeId, version), {
    token,
    schema: ProgrammeVersionSchema,
  });
}

export function listVersions(
  token: string,
  programmeId: string,
): Promise<ApiResult<ProgrammeVersionMeta[]>> {
  return apiRequest(API.programmeVersions(programmeId), {
    token,
    schema: ProgrammeVersionListSchema,
  });
}

/** A duplicate of a template or version, or a new programme from a scenario. */
export function createProgramme(
  token: string,
  request: CreateProgrammeRequest,
): Promise<ApiResult<ProgrammeVersion>> {
  return apiRequest(API.programmes, {
    method: 'POST',
    token,
    body: request,
    schema: ProgrammeVersionSchema,
  });
}

/** A save: the new version, or the conflict with the version another trainer saved meanwhile. */
export type SaveResult =
  | ApiResult<ProgrammeVersion>
  | { ok: false; status: 409; error: ProtocolError; latest: ProgrammeVersionMeta };

export async function saveProgramme(
  token: string,
  programmeId: string,
  request: SaveProgrammeRequest,
): Promise<SaveResult> {
  const path = API.programme(programmeId);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify(request),
    });
  } catch {
    return { ok: false, status: 0, error: null };
  }
  if (response.status !== 409) return readAnswer(path, response, ProgrammeVersionSchema);
  const conflict = ProgrammeConflictSchema.safeParse(
    await response.json().catch((): unknown => null),
  );
  if (!conflict.success) return { ok: false, status: 409, error: null };
  return { ok: false, status: 409, error: conflict.data.error, latest: conflict.data.latest };
}

export function deleteProgramme(token: string, programmeId: string): Promise<ApiResult<null>> {
  return deleteAt(API.programme(programmeId), token);
}

/** An import: the new programme (a draft when it has problems), or why the file is no programme. */
export type ImportYamlResult =
  | ApiResult<ProgrammeVersion>
  | { ok: false; status: 422; error: ProtocolError; problems: ProgrammeProblem[] };

export async function importYaml(token: string, file: Blob | string): Promise<ImportYamlResult> {
  const path = API.programmeImport;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/yaml',
        accept: 'application/json',
      },
      body: file,
    });
  } catch {
    return { ok: false, status: 0, error: null };
  }
  if (response.status !== 422) return readAnswer(path, response, ProgrammeVersionSchema);
  const refusal = ProgrammeImportRefusalSchema.safeParse(
    await response.json().catch((): unknown => null),
  );
  if (!refusal.success) return { ok: false, status: 422, error: null };
  return { ok: false, status: 422, error: refusal.data.error, problems: refusal.data.problems };
}

export function exportYaml(
  token: string,
  programmeId: string,
  version: number,
): Promise<ApiResult<Download>> {
  return downloadFrom(API.programmeYaml(programmeId, version), token);
}

export function listMethods(token: string): Promise<ApiResult<Method[]>> {
  return apiRequest(API.methods, { token, schema: MethodListSchema });
}

export function createMethod(
  token: string,
  request: CreateMethodRequest,
): Promise<ApiResult<Method>> {
  return apiRequest(API.methods, { method: 'POST', token, body: request, schema: MethodSchema });
}

export function deleteMethod(token: string, methodId: string): Promise<ApiResult<null>> {
  return deleteAt(API.method(methodId), token);
}
