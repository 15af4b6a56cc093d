/**
 * The small facts about a user's own data that the page needs up front. The importer itself
 * (userData.ts, with the CSV reader) loads only when a file or a data= address arrives.
 */
import { currentLang, t } from '../i18n/locale'
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** Ids of a user's own datasets start with this, so they never clash with bundled ones. */
export const USER_DATASET_PREFIX = 'user-'

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString(currentLang(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`

export function tooLarge(bytes: number): string | undefined {
  return bytes > MAX_FILE_BYTES
    ? t('import.tooLarge', { size: megabytes(bytes), limit: megabytes(MAX_FILE_BYTES) })
    : undefined
}
