/**
 * The small facts about a user's own data that the page needs up front. The importer itself
 * (src/import/userData.ts, with the CSV reader) loads only when a file or a data= address arrives.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** Ids of a user's own datasets start with this, so they never clash with bundled ones. */
export const USER_DATASET_PREFIX = 'user-'
