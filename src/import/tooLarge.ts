/** The size check an import makes before it reads a byte: on the page, and again in the worker. */
import { MAX_FILE_BYTES } from '../data/userDataLimits'
import { currentLang, t } from '../i18n/locale'

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString(currentLang(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`

/** The import's size limit, as the reader reads it ("5.0 MB"). */
export const sizeLimit = () => megabytes(MAX_FILE_BYTES)

/** Why a file of `bytes` is refused, or undefined when it is small enough. */
export function tooLarge(bytes: number): string | undefined {
  return bytes > MAX_FILE_BYTES
    ? t('import.tooLarge', { size: megabytes(bytes), limit: megabytes(MAX_FILE_BYTES) })
    : undefined
}
