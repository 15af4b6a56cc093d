/**
 * Runs an import in a worker (importWorker.ts) and lets the reader cancel it. Where there are no
 * workers (the component tests' jsdom) the same reader runs in the page.
 */
import { currentLang, withPanelWords } from '../i18n/locale'
import type {
  ImportProgress,
  ImportReply,
  ImportRequest,
  ImportResult,
  Source,
} from './importTypes'

export type ImportJob = {
  /** The import's result, or null once it is cancelled. */
  result: Promise<ImportResult | null>
  cancel: () => void
}

export function importOffThread(
  source: Source,
  bundledMarkets: ReadonlySet<string>,
  today: string,
  onProgress: (progress: ImportProgress) => void,
  origin?: string,
): ImportJob {
  const request: ImportRequest = {
    ...source,
    bundledMarkets: [...bundledMarkets],
    today,
    lang: currentLang(),
    ...(origin ? { origin } : {}),
  }
  if (typeof Worker === 'undefined') return inThePage(request, onProgress)
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
  let settle: (result: ImportResult | null) => void = () => undefined
  const result = new Promise<ImportResult | null>((resolve, reject) => {
    settle = resolve
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if (data.type === 'progress') return onProgress(data.progress)
      worker.terminate()
      resolve(data.result)
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message))
    }
  })
  worker.postMessage(request)
  return {
    result,
    cancel: () => {
      worker.terminate()
      settle(null)
    },
  }
}

function inThePage(request: ImportRequest, onProgress: (p: ImportProgress) => void): ImportJob {
  let cancelled = false
  const result = withPanelWords(import('./userData'))
    .then(({ importRequest }) => importRequest(request, onProgress))
    .then((imported) => (cancelled ? null : imported))
  return {
    result,
    cancel: () => {
      cancelled = true
    },
  }
}
