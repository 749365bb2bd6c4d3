import { API, JOIN_LINK_HEADER, JoinLookupSchema, type JoinLookup } from '@samenspel/shared';
import { apiRequest, type ApiResult } from '../../net/http';
import { joinLinks, linkTokenFromHash, takeReturnLink } from '../../net/storage';

/**
 * Keeps the QR link's room token (in the address's `#t=`) for this code, before the lookup
 * runs: the lookup sends it, and so does every connect after it.
 */
export function rememberJoinLink(code: string, hash: string): void {
  takeReturnLink(code, hash);
  const link = linkTokenFromHash(hash);
  if (link !== null && joinLinks.get(code) !== link) joinLinks.set(code, link);
}

/** Asks the server about a join code, with the link's token when this phone came by the QR link. */
function requestJoinLookup(code: string): Promise<ApiResult<JoinLookup>> {
  const link = joinLinks.get(code);
  return apiRequest(API.join(code), {
    schema: JoinLookupSchema,
    ...(link === null ? {} : { headers: { [JOIN_LINK_HEADER]: link } }),
  });
}

let early: { code: string; answer: Promise<ApiResult<JoinLookup>> } | null = null;

/**
 * Starts the lookup of a join link's code beside the download of the phone's room, rather than
 * after it: on venue Wi-Fi that is a round trip (about half a second) less before the name form.
 */
export function startJoinLookupEarly(code: string): void {
  early = { code, answer: requestJoinLookup(code) };
}

/** The answer of the lookup started early for this code, once; otherwise a new lookup. */
export function joinLookup(code: string): Promise<ApiResult<JoinLookup>> {
  if (early?.code === code) {
    const { answer } = early;
    early = null;
    return answer;
  }
  return requestJoinLookup(code);
}
