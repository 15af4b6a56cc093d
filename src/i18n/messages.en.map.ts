/**
 * The English words only the map shows: loaded with it (withWords in locale.ts), so no other
 * view downloads them.
 */
export const enMap = {
  'map.title': '{metric} on the map, {year}',
  'map.subtitle':
    'A city’s circle has an area in proportion to its figure, at one scale in every panel; a country’s own total shades its shape. Each shows {rule}.',
  'map.figure': '{market}’s {figure}',
  'map.summary.largest': '{first} is the largest circle in {region}.',
  'map.summary.largestAndNext': '{first} is the largest circle in {region}; {next}.',
  'map.summary.in': '{figure} in {region}',
  'map.summary.country': 'The largest country total is {figure}.',
  'map.summary.none': 'No chosen market has a sourced figure to draw for {year}.',
  'map.unplaced': 'Not on the map (no place for it): {names}.',
  'map.chartAria':
    'Map: arrow keys read each market’s figure, largest first; Enter shows all its figures',
  'map.legend.size': 'Circle area ({unit})',
  'map.legend.shade': 'Country totals ({unit})',
  'map.legend.below': 'under {value}',
  'map.legend.range': '{from} to {to}',
  'map.legend.above': '{value} or more',
  'map.caption': 'The {year} figures drawn on the map, with their sources',
} as const
