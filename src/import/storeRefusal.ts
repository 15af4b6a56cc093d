/** Why the browser would not keep what the reader asked it to (their file, a report's entry). */
import { t } from '../i18n/locale'
import { StoreRefused } from '../lib/idbStore'

export function storeRefusal(error: unknown): string {
  if (!(error instanceof StoreRefused))
    return error instanceof Error ? error.message : String(error)
  if (error.reason === 'unavailable') return t('store.unavailable')
  if (error.reason === 'full') return t('store.full')
  return t('store.failed', { message: error.message })
}
