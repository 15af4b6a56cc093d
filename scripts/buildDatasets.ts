/** npm run datasets: regenerates public/data from record/capacity-figures.csv. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readClaimsCsv } from './claimsCsv'
import { buildDatasets, RecordError } from './datasetBuild'
import { REGIONS, RELEASE } from './datasetRelease'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'public', 'data')
try {
  const read = (name: string) => readFileSync(join(root, 'record', name), 'utf8')
  const files = buildDatasets(
    read('capacity-figures.csv'),
    RELEASE,
    REGIONS,
    readClaimsCsv(read('claims.csv')),
  )
  mkdirSync(outDir, { recursive: true })
  for (const [name, content] of files) {
    writeFileSync(join(outDir, name), content)
    console.log(`wrote public/data/${name}`)
  }
} catch (error) {
  console.error(error instanceof RecordError ? `The record has problems:\n${error.message}` : error)
  process.exit(1)
}
