/** The words every chart carries: title, subtitle, source line, a text summary. Pure. */
import { METRIC_UNIT, type Metric } from '../data/metrics'
import type { Dataset, Scope, Source } from '../data/schema'
import type { PickRule } from '../data/select/pickObservation'
import { USER_DATASET_PREFIX } from '../data/userDataLimits'
import { t } from '../i18n/locale'
import { collate } from '../lib/collate'
import type { DisplayUnit } from '../view/viewState'
import { listNames, regionalName, scopeLabel } from './format'

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
  const publishers = [...new Set(sources.map((s) => s.publisher))].sort((a, b) => collate(a, b))
  const isOthers = (d: Dataset) => d.id.startsWith(USER_DATASET_PREFIX)
  const versions = datasets
    .filter((d) => !isOthers(d))
    .map((d) => `${regionalName(d.title)} ${d.version}`)
  const others = datasets.filter(isOthers).map((d) => d.title)
  const line = t('chart.sourceLine', {
    publishers: publishers.join('; ') || t('chart.noSources'),
    versions: listNames(versions.sort()),
  })
  return others.length > 0
    ? `${line} ${t('chart.notOurs', { datasets: listNames(others.sort()) })}`
    : line
}

/** "In megawatts (MW): capacity live and in operation." */
export function metricLine(metric: Metric, unit: DisplayUnit): string {
  const unitText =
    METRIC_UNIT[metric] === '%'
      ? t('unit.inPercent')
      : unit === 'gw'
        ? t('unit.inGw')
        : t('unit.inMw')
  return t('metric.line', { unit: unitText, description: t(`metric.${metric}.description`) })
}

export function metricTitle(metric: Metric): string {
  return metric === 'vacancy_pct' ? t('metric.vacancy_pct.title') : t(`metric.${metric}`)
}

export function describePickRule(rule: PickRule, publisherName?: string): string {
  if (typeof rule === 'object')
    return t('pick.publisher', { publisher: publisherName ?? rule.publisher })
  return t(`pick.${rule}`)
}

/** The rule in words for the data at hand: a publisher pick names the publisher, not its id. */
export function pickRuleText(
  pick: PickRule,
  publishers: ReadonlyMap<string, string>,
  scope: Scope | null = null,
): { rule: string; publisherName: string | undefined } {
  const publisherName = typeof pick === 'object' ? publishers.get(pick.publisher) : undefined
  return { rule: withScope(describePickRule(pick, publisherName), scope), publisherName }
}

/** The scope filter is part of the rule: every caption that names the rule names it too. */
export function withScope(rule: string, scope: Scope | null): string {
  return scope ? t('pick.withScope', { rule, scope: scopeLabel(scope) }) : rule
}
