/**
 * What a figure counts, settled from its own words, its publisher's stated definition or the
 * report's (record notes, "Scope"). Figures of different scopes are not like for like. Apart from
 * the schema so that the first view reads scopes without loading zod.
 */
export const SCOPES = [
  'colocation',
  'colocation_and_hyperscale',
  'all_data_centres',
  'hyperscale_only',
  'not_stated',
] as const
export type Scope = (typeof SCOPES)[number]

/** A figure's scope; files made before scopes were recorded (and users' files) state none. */
export const scopeOf = (o: { scope?: Scope | undefined }): Scope => o.scope ?? 'not_stated'
