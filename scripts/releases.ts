/**
 * record/releases.json: the SHA-256 of every dataset file ever published. A published file
 * must not change (links pin `ds=id@version`), so the generator refuses to rewrite one with
 * other content: the record's change needs a new RELEASE.version.
 */
import { createHash } from 'node:crypto'

export type Releases = Record<string, string>

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Files named for their release (`sea@2026.12.json`, `capacity-figures@2026.12.csv`). */
export const isReleased = (name: string) => /@[\d.]+\.(?:json|csv)$/.test(name)

/** Adds the new files' hashes; throws when a file already released would change. */
export function checkReleases(releases: Releases, files: Map<string, string>): Releases {
  const next = { ...releases }
  for (const [name, content] of files) {
    if (!isReleased(name)) continue
    const hash = sha256(content)
    const known = releases[name]
    if (known && known !== hash)
      throw new Error(
        `${name} was published with other content. Bump RELEASE.version in scripts/datasetRelease.ts.`,
      )
    next[name] = hash
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)))
}
