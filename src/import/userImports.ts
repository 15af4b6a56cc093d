/**
 * A user's file or a link's data= address, imported off the main thread (importOffThread.ts):
 * what the "Your data" panel and a link's data ask for. Loads on first use, not with the page.
 */
import type { Dataset } from '../data/schema'
import { MAX_FILE_BYTES } from '../data/userDataLimits'
import { t, tn } from '../i18n/locale'
import { type ImportJob, importOffThread } from './importOffThread'
import type { ImportProgress, ImportResult } from './importTypes'
import { sizeLimit, tooLarge } from './tooLarge'

/**
 * A file the user dropped or picked: refused from its size before it is read, else imported,
 * saying how far it is; it can be cancelled. A dataset's notes start with what it added.
 */
export function readUserFile(
  file: File,
  bundledMarkets: ReadonlySet<string>,
  today: string,
  onProgress: (progress: ImportProgress) => void,
): ImportJob {
  const size = tooLarge(file.size)
  if (size) return { result: Promise.resolve({ problems: [size], notes: [] }), cancel: () => {} }
  const job = importOffThread({ file }, bundledMarkets, today, onProgress)
  return { ...job, result: job.result.then((result) => result && withAddedNote(result)) }
}

function withAddedNote(result: ImportResult): ImportResult {
  const dataset = result.dataset
  if (!dataset) return result
  const added = t('userData.added', {
    title: dataset.title,
    markets: tn('count.markets', dataset.markets.length),
    figures: tn('count.figures', dataset.observations.length),
  })
  return { ...result, notes: [added, ...result.notes] }
}

/** How long a link's host has to send its data. */
export const LINK_DATA_TIMEOUT_MS = 20_000

/**
 * The bytes at a link's data address, as text. Only from the address the reader agreed to: a
 * redirect is not followed (it could take the request, and the reader's trust, to another host),
 * no referrer is sent. Read as a stream and stopped at the import's size limit, counted after the
 * browser has decompressed it: a small gzip that expands to a gigabyte stops at the limit.
 */
async function readLinkData(address: URL, signal: AbortSignal): Promise<string> {
  const failed = () =>
    new Error(
      signal.reason === 'timeout'
        ? t('userData.timeout', { seconds: LINK_DATA_TIMEOUT_MS / 1000 })
        : signal.reason === 'cancelled'
          ? t('userData.cancelled')
          : t('userData.unreachable'),
    )
  let response: Response
  try {
    response = await fetch(address, {
      signal,
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
    })
  } catch {
    throw failed()
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
    throw new Error(t('userData.redirect'))
  if (!response.ok)
    throw new Error(
      t('userData.http', {
        status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      }),
    )
  const declared = tooLarge(Number(response.headers.get('content-length') ?? 0))
  if (declared) throw new Error(declared)
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let received = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      received += value.byteLength
      if (received > MAX_FILE_BYTES) {
        void reader.cancel()
        throw new Error(t('userData.tooLargeLink', { limit: sizeLimit() }))
      }
      chunks.push(value)
    }
  } catch (error) {
    if (signal.aborted) throw failed()
    throw error
  }
  return new Blob(chunks as BlobPart[]).text()
}

/**
 * `data=<url>`: the error says whether the network, the server or the file failed. The figures
 * carry the address's host wherever they are shown.
 */
export async function fetchUserDataset(
  url: string,
  bundledMarkets: ReadonlySet<string>,
  today: string,
  signal: AbortSignal,
): Promise<ImportResult & { dataset: Dataset }> {
  const address = new URL(url, document.baseURI)
  // A host that does not answer within the time is given up on, as is one the reader cancels.
  const stop = new AbortController()
  const timedOut = setTimeout(() => stop.abort('timeout'), LINK_DATA_TIMEOUT_MS)
  const cancelled = () => stop.abort('cancelled')
  signal.addEventListener('abort', cancelled)
  let text: string
  try {
    text = await readLinkData(address, stop.signal)
  } finally {
    clearTimeout(timedOut)
    signal.removeEventListener('abort', cancelled)
  }
  const name = address.pathname.split('/').pop() || 'data'
  const job = importOffThread({ name, text }, bundledMarkets, today, () => undefined, address.host)
  signal.addEventListener('abort', job.cancel)
  const result = await job.result
  if (!result) throw new Error(t('userData.cancelled'))
  if (!result.dataset)
    throw new Error(t('userData.notDataset', { problems: result.problems.join('; ') }))
  return { ...result, dataset: { ...result.dataset, version: 'url' } }
}
