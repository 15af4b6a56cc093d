/** npm run datasets: regenerates public/data from record/capacity-figures.csv. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDatasets, RecordError } from './datasetBuild'
import { REGIONS, RELEASE } from './datasetRelease'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'public', 'data')
try {
  const files = buildDatasets(
    readFileSync(join(root, 'record', 'capacity-figures.csv'), 'utf8'),
    RELEASE,
    REGIONS,
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
