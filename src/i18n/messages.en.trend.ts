/**
 * The English words only the trend shows: loaded with it (withWords in locale.ts), so no other
 * view downloads them.
 */
export const enTrend = {
  'trend.chartAria': 'Lines: arrow keys read each year’s figures, line by line',
  'trend.valueInYear': '{value} in {year}',
  'trend.summary.noYear': '{name}: no year where every member has a figure.',
  'trend.summary.only': '{name}: {value} only.',
  'trend.summary.range': '{name}: {from} to {to} ({count} years with a figure).',
  'trend.growth': '{rate} a year, {from}–{to}, computed from the two figures shown',
  'trend.growth.about':
    'about {rate} a year, {from}–{to}, computed from the two figures shown, one or both of them estimates',
  'trend.growth.at_most':
    'at most {rate} a year, {from}–{to}, computed from the two figures shown: an upper bound, as one of them is a bound',
  'trend.growth.at_least':
    'at least {rate} a year, {from}–{to}, computed from the two figures shown: a lower bound, as one of them is a bound',
  'trend.growth.none':
    'no growth rate for {from}–{to}: both figures are bounds of the same kind, so the rate could be higher or lower',
  'trend.growth.break':
    'no growth rate for {from}–{to}: the line changes publisher or scope between them',
  'trend.summary.growth': 'Growth: {growth}.',
  'trend.summary.lastStretch': 'Since the last change of publisher or scope ({year}): {growth}.',
  'trend.tooltip.index': 'index {value}',
  'trend.title.index': '{metric}, change since the first figure, {from}–{to}',
  'trend.subtitle.index':
    'Each line as an index: its first figure in these years = 100, derived from the figures shown (no source publishes it).',
  'trend.axis.index': 'Index (first figure = 100)',
  'trend.subtitle.publisher':
    'Each market’s line follows one publisher (the one with most figures in these years), so a change is that publisher’s, in one scope.',
  'trend.subtitle.latest':
    'Each year draws the most recent figure; where the publisher or scope changes the join is dotted, and no growth rate is given across it.',
  'trend.legend.publisher': '{name} ({publisher})',
  'trend.mark.break': 'dotted: publisher or scope changes',
  'trend.title': '{metric} over time',
  'trend.title.years': '{metric} over time, {from}–{to}',
  'trend.subtitle.rule':
    'Each point is {rule} for its year; years without a figure are gaps, never zeros.',
  'trend.subtitle.default':
    'Shown: the markets with the longest series; choose markets to change them.',
  'trend.subtitle.groups':
    'Dashed lines: group totals, drawn only in years where every member has a figure.',
  'trend.summary.empty': 'No chosen market has a figure in these years.',
  'trend.missing': 'No sourced figure in these years: {names}.',
  'trend.tooltip.none': 'No figure for this year.',
  'trend.tooltip.sum': '{value} (sum of {count})',
  'trend.caption': 'The figures drawn, one row per market and year',
  'trend.empty': 'No chosen market has a figure for this metric in these years.',
  'trend.marks':
    'Marks: ● as published · ○ about · ▲ at least (“over”) · ▼ at most (“under”, “nearly”).',
  'trend.mark.exact': 'as published',
  'trend.mark.about': 'about',
  'trend.mark.atLeast': 'at least',
  'trend.mark.atMost': 'at most',
} as const
