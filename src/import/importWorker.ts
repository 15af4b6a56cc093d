/**
 * The import's worker: reads and checks a user's file or a link's data off the main thread, so
 * a 5 MB file does not freeze the page, and says how far it is. The same reader as everywhere
 * (userData.ts), its messages in the page's language.
 */
import { loadLang, setLang, withPanelWords } from '../i18n/locale'
import type { ImportReply, ImportRequest } from './importTypes'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage: (reply: ImportReply) => void
}

scope.onmessage = async ({ data }) => {
  await loadLang(data.lang)
  setLang(data.lang)
  const { importRequest } = await withPanelWords(import('./userData'))
  const result = await importRequest(data, (progress) =>
    scope.postMessage({ type: 'progress', progress }),
  )
  scope.postMessage({ type: 'done', result })
}
