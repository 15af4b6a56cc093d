/**
 * Fetch + parse + validate, with errors a person can read and tests can tell apart.
 * URLs resolve against document.baseURI, so a build served from a sub-path finds its data.
 */
import type * as z from 'zod/mini'
import { describeSchemaProblems } from './schemaProblems'

export type LoadErrorKind = 'network' | 'http' | 'parse' | 'schema'

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message)
    this.name = 'LoadError'
  }
}

export function dataUrl(path: string): string {
  return new URL(path, document.baseURI).href
}

export async function fetchJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url)
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new LoadError('network', url, `Could not reach ${name}: the network request failed.`)
  }
  if (!response.ok)
    throw new LoadError(
      'http',
      url,
      `${name} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    )
  let json: unknown
  try {
    json = JSON.parse(await response.text())
  } catch {
    throw new LoadError('parse', url, `${name} is not valid JSON.`)
  }
  const result = schema.safeParse(json)
  if (!result.success)
    throw new LoadError(
      'schema',
      url,
      `${name} is not a valid Megawatt Atlas file.`,
      describeSchemaProblems(result.error, json),
    )
  return result.data
}

/** Any thrown value as a LoadError, so the page always has a sentence to show. */
export function toLoadError(error: unknown, url = ''): LoadError {
  if (error instanceof LoadError) return error
  return new LoadError(
    'network',
    url,
    error instanceof Error ? error.message : 'The data could not be loaded.',
  )
}
