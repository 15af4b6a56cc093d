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

export const METRIC_INFO: Record<Metric, { label: string; unit: Unit; description: string }> = {
  operational: {
    label: 'Operational capacity',
    unit: 'MW',
    description: 'capacity live and in operation',
  },
  under_construction: {
    label: 'Under construction',
    unit: 'MW',
    description: 'capacity being built',
  },
  planned: { label: 'Planned', unit: 'MW', description: 'capacity planned, not yet being built' },
  pipeline: {
    label: 'Pipeline',
    unit: 'MW',
    description: 'under construction plus planned, where a publisher gives only the sum',
  },
  total_supply: {
    label: 'Total supply',
    unit: 'MW',
    description: 'live plus pipeline, as some publishers count it',
  },
  take_up: { label: 'Take-up', unit: 'MW', description: 'capacity leased or absorbed' },
  vacancy_pct: { label: 'Vacancy', unit: '%', description: 'share of live capacity not let' },
}

export function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value)
}
