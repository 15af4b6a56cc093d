/**
 * The small facts about a user's own data that the page needs up front. The importer itself
 * (userData.ts, with the CSV reader) loads only when a file or a data= address arrives.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** Ids of a user's own datasets start with this, so they never clash with bundled ones. */
export const USER_DATASET_PREFIX = 'user-'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export function tooLarge(bytes: number): string | undefined {
  return bytes > MAX_FILE_BYTES
    ? `the file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)}`
    : undefined
}
