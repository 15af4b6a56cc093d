/**
 * Which version of each dataset a view loads: the newest, unless the link pins another
 * (`ds=sea@2025.11`) that is still bundled. A pin to a version no longer bundled opens the
 * newest instead, and says so. Pure.
 */
import type { CatalogEntry } from './schema'

export type Pin = { id: string; version: string }
export type Substitution = { pin: Pin; shown: CatalogEntry | undefined }

/** The newest version of each dataset id in the catalog. */
export function currentEntries(entries: CatalogEntry[]): CatalogEntry[] {
  const newest = new Map<string, CatalogEntry>()
  for (const entry of entries) {
    const known = newest.get(entry.id)
    if (
      !known ||
      known.published < entry.published ||
      (known.published === entry.published && known.version < entry.version)
    )
      newest.set(entry.id, entry)
  }
  return [...newest.values()]
}

export function chooseVersions(
  entries: CatalogEntry[],
  pins: Pin[] | null,
): { chosen: CatalogEntry[]; substitutions: Substitution[] } {
  const current = currentEntries(entries)
  const substitutions: Substitution[] = []
  const chosen = current.map((entry) => {
    const pin = pins?.find((p) => p.id === entry.id)
    if (!pin || pin.version === entry.version) return entry
    const pinned = entries.find((e) => e.id === pin.id && e.version === pin.version)
    if (pinned) return pinned
    substitutions.push({ pin, shown: entry })
    return entry
  })
  for (const pin of pins ?? [])
    if (!current.some((e) => e.id === pin.id)) substitutions.push({ pin, shown: undefined })
  return { chosen, substitutions }
}

/** The datasets that hold the view's markets (all of them for null). */
export function entriesFor(entries: CatalogEntry[], markets: string[] | null): CatalogEntry[] {
  if (markets === null) return entries
  const wanted = entries.filter((entry) => entry.markets.some((m) => markets.includes(m.id)))
  // A link naming only unknown markets still shows something to choose from.
  return wanted.length > 0 ? wanted : entries
}
