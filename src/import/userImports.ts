/**
 * A user's file or a link's data= address, imported off the main thread (importOffThread.ts):
 * what the "Your data" panel and a link's data ask for. Loads on first use, not with the page.
 */
import type { Dataset } from '../data/schema'
import { t, tn } from '../i18n/locale'
import { type ImportJob, importOffThread } from './importOffThread'
import type { ImportProgress, ImportResult } from './importTypes'
import { tooLarge } from './tooLarge'

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
  let response: Response
  try {
    response = await fetch(address, { signal, credentials: 'omit' })
  } catch {
    throw new Error(t('userData.unreachable'))
  }
  if (!response.ok)
    throw new Error(
      t('userData.http', {
        status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      }),
    )
  const size = tooLarge(Number(response.headers.get('content-length') ?? 0))
  if (size) throw new Error(size)
  const name = address.pathname.split('/').pop() || 'data'
  const job = importOffThread(
    { name, text: await response.text() },
    bundledMarkets,
    today,
    () => undefined,
    address.host,
  )
  signal.addEventListener('abort', job.cancel)
  const result = await job.result
  if (!result) throw new Error(t('userData.cancelled'))
  if (!result.dataset)
    throw new Error(t('userData.notDataset', { problems: result.problems.join('; ') }))
  return { ...result, dataset: { ...result.dataset, version: 'url' } }
}
