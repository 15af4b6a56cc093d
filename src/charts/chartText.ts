/** The words every chart carries: title, subtitle, source line, a text summary. Pure. */
import type { Dataset, Source } from '../data/schema'
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

/** "Sources: A; B. Data: Megawatt Atlas Europe 2026.11 and Southeast Asia 2026.11." */
export function sourceLine(sources: Source[], datasets: Dataset[]): string {
  const publishers = [...new Set(sources.map((s) => s.publisher))].sort((a, b) =>
    a.localeCompare(b),
  )
  const versions = datasets.map((d) => `${d.title} ${d.version}`).sort()
  return t('chart.sourceLine', {
    publishers: publishers.join('; ') || t('chart.noSources'),
    versions: listNames(versions),
  })
}
