/**
 * The English words only the sources view shows: loaded with it (withWords in locale.ts), so no other
 * view downloads them.
 */
export const enSources = {
  'sources.chartAria': 'Marks: arrow keys read each source’s figure, market by market',
  'sources.title': '{metric}: every source’s figure, {year}',
  'sources.subtitle_one':
    '{count} market, {disputed} with more than one figure. Large mark: the figure drawn elsewhere ({rule}); small marks: the other sources.',
  'sources.subtitle_other':
    '{count} markets, {disputed} with more than one figure. Large mark: the figure drawn elsewhere ({rule}); small marks: the other sources.',
  'sources.summary.market': '{market}: {figures} from {min} to {max}.',
  'sources.summary.none': 'No market has more than one figure for this metric and year.',
  'sources.legend.drawn': 'the figure drawn',
  'sources.legend.other': 'another source’s figure',
  'sources.note': 'Filled and larger: the drawn figure; outlined: another source’s figure.',
  'sources.scopeNote': 'The shape says what a figure counts.',
  'sources.caption': 'Every source’s {year} figure, one row each',
  'sources.tooltip.drawn': 'The figure drawn by the pick rule',
  'sources.tooltip.other': 'Another source’s figure',
} as const
