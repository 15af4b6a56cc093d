/**
 * The small facts about a user's own data that the page needs up front. The importer itself
 * (src/import/userData.ts, with the CSV reader) loads only when a file or a data= address arrives.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/**
 * Markets in one file: every view draws each market it is given (the ranking a bar apiece), and a
 * file of 20,000 once held the page's main thread for 26 seconds on each reload.
 */
export const MAX_FILE_MARKETS = 500
/** Ids of a user's own datasets start with this, so they never clash with bundled ones. */
export const USER_DATASET_PREFIX = 'user-'
