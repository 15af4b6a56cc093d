/**
 * The English words only the coverage view shows: loaded with it (withWords in locale.ts), so no other
 * view downloads them.
 */
export const enCoverage = {
  'coverage.title': '{metric}: what is known, market by year',
  'coverage.subtitle':
    'Each cell shows {rule}; its shade counts the publishers that give a figure. An empty cell has no sourced figure.',
  'coverage.summary.none': 'No chosen market has a sourced figure for {what}.',
  'coverage.summary.filled':
    '{filled} of {cells} market-years from {first} to {last} hold a sourced figure.',
  'coverage.summary.longest': 'Longest record: {names} ({years}).',
  'coverage.summary.most': 'Most publishers for one figure: {market} in {year} ({publishers}).',
  'coverage.missing': 'No sourced figure in any year: {names}.',
  'coverage.legend.many': '{count} or more publishers',
  'coverage.legend.none': 'no figure',
  'coverage.chartAria':
    'Grid of markets by year: arrow keys move between cells, Enter shows every figure of a cell',
  'coverage.cell.none': '{market}, {year}: no sourced figure.',
  'coverage.cell.publishers': '{publishers} gave a figure for this market and year.',
  'coverage.caption': 'The figure drawn in each cell, with its source',
  'coverage.details.rule': 'The cell shows {rule}.',
  'coverage.empty': 'No chosen market has a sourced figure for this metric in any year.',
} as const
