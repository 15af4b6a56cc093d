/**
 * The release the generator writes. Bump `version` whenever the record changes: links pin
 * `ds=id@version`, so a published version's file must never change under them.
 */
export const RELEASE = { version: '2027.01.1', published: '2026-12-05' }

/** One bundled dataset per region of the record. */
export const REGIONS: Record<string, { id: string; title: string }> = {
  'southeast-asia': { id: 'sea', title: 'Southeast Asia' },
  europe: { id: 'europe', title: 'Europe' },
  'asia-pacific-other': { id: 'apac', title: 'Asia Pacific (other)' },
}
