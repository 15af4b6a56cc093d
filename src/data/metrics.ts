/** The metrics of the dataset format. Figures of different metrics are never added together. */
export const METRICS = [
  'operational',
  'under_construction',
  'planned',
  'pipeline',
  'total_supply',
  'take_up',
  'vacancy_pct',
] as const
export type Metric = (typeof METRICS)[number]

export type Unit = 'MW' | '%'

/** What each metric is counted in; its name and definition are words (metricLabel). */
export const METRIC_UNIT: Record<Metric, Unit> = {
  operational: 'MW',
  under_construction: 'MW',
  planned: 'MW',
  pipeline: 'MW',
  total_supply: 'MW',
  take_up: 'MW',
  vacancy_pct: '%',
}

export function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value)
}
