/**
 * npm run datasets: regenerates public/data from the record. Earlier releases stay: their
 * files are kept, the catalog keeps listing them, and record/releases.json guards their content.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { catalogSchema, type Market } from '../src/data/schema'
import { buildRelease, RecordError } from './datasetBuild'
import { REGIONS, RELEASE } from './datasetRelease'
import { checkReleases, type Releases } from './releases'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'public', 'data')
const releasesFile = join(root, 'record', 'releases.json')
try {
  const read = (name: string) => readFileSync(join(root, 'record', name), 'utf8')
  const catalogFile = join(outDir, 'catalog.json')
  const previous = existsSync(catalogFile)
    ? catalogSchema.parse(JSON.parse(readFileSync(catalogFile, 'utf8')))
    : undefined
  const files = buildRelease(
    read('capacity-figures.csv'),
    read('claims.csv'),
    RELEASE,
    REGIONS,
    previous,
    undefined,
    read('events.csv'),
  )
  const releases: Releases = existsSync(releasesFile)
    ? JSON.parse(readFileSync(releasesFile, 'utf8'))
    : {}
  const nextReleases = checkReleases(releases, files)
  mkdirSync(outDir, { recursive: true })
  for (const [name, content] of files) {
    writeFileSync(join(outDir, name), content)
    console.log(`wrote public/data/${name}`)
  }
  writeFileSync(releasesFile, `${JSON.stringify(nextReleases, null, 2)}\n`)
  // A city market the gazetteer cannot place has no circle on the map (the map lists it).
  for (const [name, content] of files) {
    if (!name.endsWith(`@${RELEASE.version}.json`)) continue
    const { markets } = JSON.parse(content) as { markets: Market[] }
    for (const m of markets)
      if (m.level === 'metro' && m.lat === undefined)
        console.warn(`not placed by the gazetteer: ${m.name} (${m.country}) in ${name}`)
  }
} catch (error) {
  console.error(error instanceof RecordError ? `The record has problems:\n${error.message}` : error)
  process.exit(1)
}
