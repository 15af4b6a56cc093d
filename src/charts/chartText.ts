/** The words every chart carries: title, subtitle, source line, a text summary. Pure. */
import type { Dataset, Source } from '../data/schema'
import { USER_DATASET_PREFIX } from '../data/userDataLimits'
import { t } from '../i18n/locale'
import { listNames } from './format'

export type ChartText = {
  title: string
  subtitle: string
  sourceLine: string
  summary: string
  /** Chosen markets without a sourced figure, said under the chart ("no bar" is not "zero"). */
  missingLine?: string
}

/**
 * "Sources: A; B. Data: Megawatt Atlas Europe 2026.11 and Southeast Asia 2026.11." A reader's
 * file or a link's data is named apart, never as Megawatt Atlas data.
 */
export function sourceLine(sources: Source[], datasets: Dataset[]): string {
  const publishers = [...new Set(sources.map((s) => s.publisher))].sort((a, b) =>
    a.localeCompare(b),
  )
  const isOthers = (d: Dataset) => d.id.startsWith(USER_DATASET_PREFIX)
  const versions = datasets.filter((d) => !isOthers(d)).map((d) => `${d.title} ${d.version}`)
  const others = datasets.filter(isOthers).map((d) => d.title)
  const line = t('chart.sourceLine', {
    publishers: publishers.join('; ') || t('chart.noSources'),
    versions: listNames(versions.sort()),
  })
  return others.length > 0
    ? `${line} ${t('chart.notOurs', { datasets: listNames(others.sort()) })}`
    : line
}
