/**
 * The English words only the pipeline shows: loaded with it (withWords in locale.ts), so no other
 * view downloads them.
 */
export const enPipeline = {
  'pipeline.title': 'Operational, under construction and planned capacity by market, {year}',
  'pipeline.subtitle_one':
    'In megawatts, IT load where the publisher says so. {count} market; each stage is {rule}, picked on its own, so one bar may combine publishers (flagged in the table).',
  'pipeline.subtitle_other':
    'In megawatts, IT load where the publisher says so. {count} markets; each stage is {rule}, picked on its own, so one bar may combine publishers (flagged in the table).',
  'pipeline.subtitle.gw_one':
    'In megawatts (shown as GW), IT load where the publisher says so. {count} market; each stage is {rule}, picked on its own, so one bar may combine publishers (flagged in the table).',
  'pipeline.subtitle.gw_other':
    'In megawatts (shown as GW), IT load where the publisher says so. {count} markets; each stage is {rule}, picked on its own, so one bar may combine publishers (flagged in the table).',
  'pipeline.chartAria': 'Stacked bars: arrow keys read each stage’s figure, market by market',
  'pipeline.empty': 'No chosen market has a stage figure for {year}.',
  'pipeline.combinedOnly':
    'Pipeline given only as one figure (under construction plus planned, not drawn): {markets}.',
  'pipeline.mixed': 'stages from different publishers',
  'pipeline.mixedScopes': 'stages that count different scopes',
  'pipeline.caption': 'Each stage’s {year} figure, with its source',
} as const
