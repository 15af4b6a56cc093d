/**
 * Fetch + parse + check, with errors tests can tell apart and a message the page words.
 * URLs resolve against document.baseURI, so a build served from a sub-path finds its data.
 */
import type { Said } from '../i18n/locale'

export type LoadErrorKind = 'network' | 'http' | 'parse' | 'schema'

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    /** What to tell the reader; the page words it (say). */
    readonly said: Said,
    readonly details: string[] = [],
  ) {
    super(said.key)
    this.name = 'LoadError'
  }
}

export function dataUrl(path: string): string {
  return new URL(path, document.baseURI).href
}

/** A request that has not answered by then is given up, with a message and a retry. */
export const FETCH_TIMEOUT_MS = 10_000

/**
 * What a file must be: given the parsed JSON and the bytes it came from, returns the value or
 * throws a LoadError of kind 'schema'.
 */
export type Check<T> = (
  json: unknown,
  bytes: Uint8Array,
  file: { url: string; name: string },
) => Promise<T>

export async function fetchJson<T>(url: string, check: Check<T>, signal?: AbortSignal): Promise<T> {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url)
  const timedOut = new LoadError('network', url, {
    key: 'fetch.timeout',
    values: { name, seconds: FETCH_TIMEOUT_MS / 1000 },
  })
  const controller = new AbortController()
  signal?.addEventListener('abort', () => controller.abort(signal.reason))
  let timer: ReturnType<typeof setTimeout> | undefined
  // A race, not only an abort: a request the browser matched to a preload may ignore the abort.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timedOut)
      reject(timedOut)
    }, FETCH_TIMEOUT_MS)
  })
  let response: Response
  let bytes: Uint8Array
  try {
    response = await Promise.race([fetch(url, { signal: controller.signal }), deadline])
    // The bytes as they came, for the check's digest: encoding the text back to hash it took
    // as long as reading it.
    bytes = new Uint8Array(await Promise.race([response.arrayBuffer(), deadline]))
  } catch (error) {
    if (error === timedOut) throw timedOut
    if (signal?.aborted) throw error
    throw new LoadError('network', url, { key: 'fetch.network', values: { name } })
  } finally {
    clearTimeout(timer)
  }
  if (!response.ok)
    throw new LoadError('http', url, {
      key: 'fetch.http',
      values: {
        name,
        status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      },
    })
  let json: unknown
  try {
    // As response.text() reads it: UTF-8, a byte-order mark dropped, bad bytes replaced.
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new LoadError('parse', url, { key: 'fetch.notJson', values: { name } })
  }
  return check(json, bytes, { url, name })
}

/** Any thrown value as a LoadError, so the page always has something to say. */
export function toLoadError(error: unknown, url = ''): LoadError {
  if (error instanceof LoadError) return error
  return new LoadError(
    'network',
    url,
    { key: 'fetch.failed' },
    error instanceof Error && error.message ? [error.message] : [],
  )
}
