import type { enCoverage } from './messages.en.coverage'
import type { enExport } from './messages.en.export'
import type { enLanding } from './messages.en.landing'
import type { enMap } from './messages.en.map'
import type { enMore } from './messages.en.more'
import type { enPanels } from './messages.en.panels'
import type { enPipeline } from './messages.en.pipeline'
import type { enSources } from './messages.en.sources'
import type { enTrend } from './messages.en.trend'

/**
 * The words of the interface in English that the first view can need: the page's default
 * catalogue. The landing's own words are messages.en.landing.ts; the words only one other view
 * shows are messages.en.<view>.ts; the rest (panels, imports, what views share) is
 * messages.en.more.ts and the exports' messages.en.export.ts, each loaded with what shows it. `{name}` is filled in (numbers formatted in the page's language); keys ending
 * _one/_other are a plural pair. Each other language has one catalogue with exactly the keys of
 * the two (tests/unit/i18n/catalogues.test.ts).
 */
export const en = {
  'qualifier.about': 'about {value}',
  'qualifier.at_least': 'over {value}',
  'qualifier.at_most': 'up to {value}',
  'bound.about': 'about {value}',
  'bound.at_least': 'at least {value}',
  'bound.at_least_about': 'at least about {value}',
  'bound.at_most': 'at most {value}',
  'bound.at_most_about': 'at most about {value}',
  'bound.mixed': 'at least {value} (bounds both ways)',
  'bound.range': '{low} to {high}',
  'bound.range_about': 'about {low} to {high}',
  'bound.none': 'cannot be given',
  'qualifier.legend': '~ about · > at least (“over”) · < at most (“under”, “nearly”)',
  'basis.it_load': 'IT load',
  'basis.total_power': 'total power',
  'basis.not_stated': 'basis not stated',
  'scope.colocation': 'colocation',
  'scope.colocation_and_hyperscale': 'colocation and hyperscale',
  'scope.all_data_centres': 'all data centres',
  'scope.hyperscale_only': 'hyperscale only',
  'scope.not_stated': 'scope not stated',
  'region.southeast-asia': 'Southeast Asia',
  'region.europe': 'Europe',
  'region.asia-pacific-other': 'Asia Pacific (other)',
  'metric.operational': 'Operational capacity',
  'metric.operational.description': 'capacity live and in operation',
  'metric.under_construction': 'Under construction',
  'metric.under_construction.description': 'capacity being built',
  'metric.planned': 'Planned',
  'metric.planned.description': 'capacity planned, not yet being built',
  'metric.pipeline': 'Pipeline',
  'metric.pipeline.description':
    'under construction plus planned, where a publisher gives only the sum',
  'metric.total_supply': 'Total supply',
  'metric.total_supply.description': 'live plus pipeline, as some publishers count it',
  'metric.take_up': 'Take-up',
  'metric.take_up.description': 'capacity leased or absorbed',
  'metric.vacancy_pct': 'Vacancy',
  'metric.vacancy_pct.description': 'share of live capacity not let',
  'metric.vacancy_pct.title': 'Vacancy rate',
  'pick.publisher': "only {publisher}'s figures (its latest, if several)",
  'pick.latest':
    'the figure for the most recent period (from a named publisher where there is one)',
  'pick.max': 'the highest figure',
  'pick.min': 'the lowest figure',
  'pick.median': 'the median figure (of an even count, the lower middle one)',
  'list.andMore': '{list} and {count} more',
  'group.defaultName': 'Group {number}',
  'view.compare': 'Compare',
  'view.ranking': 'Ranking',
  'view.trend': 'Trend',
  'view.pipeline': 'Pipeline',
  'view.sources': 'Sources',
  'view.coverage': 'Coverage',
  'view.map': 'Map',
  'view.table': 'Table',
  'unit.inPercent': 'In per cent',
  'unit.inGw': 'In gigawatts (GW)',
  'unit.inMw': 'In megawatts (MW)',
  'metric.line': '{unit}: {description}.',
  'count.markets_one': '{count} market',
  'count.markets_other': '{count} markets',
  'ranking.title': '{metric} by market, {year}',
  'ranking.subtitle.disputed_one':
    '{count} market; where sources disagree ({disputed}), the bar shows {rule}.',
  'ranking.subtitle.disputed_other':
    '{count} markets; where sources disagree ({disputed}), the bar shows {rule}.',
  'ranking.subtitle.agreed_one': '{count} market; each bar shows {rule}.',
  'ranking.subtitle.agreed_other': '{count} markets; each bar shows {rule}.',
  'chart.missingInYear': 'No sourced figure for {year}: {names}.',
  'chart.missing': 'No sourced figure for {names}.',
  'chart.missingCount_one': '{count} of the chosen markets has no sourced figure.',
  'chart.missingCount_other': '{count} of the chosen markets have no sourced figure.',
  'figure.inSentence': '{market} ({figure}, {publisher}, {period})',
  'ranking.summary.none': 'No market has a sourced figure for {what} in {year}.',
  'ranking.summary.first': '{first} ranks first for {what} in {year}.',
  'ranking.summary.firstFollowed': '{first} ranks first for {what} in {year}, followed by {next}.',
  'ranking.summary.lowest': 'The lowest of {count} is {last}.',
  'ranking.summary.mix_one':
    'Not like for like: the bars compare figures from one publisher, counting {scopes}.',
  'ranking.summary.mix_other':
    'Not like for like: the bars compare figures from {count} publishers, counting {scopes}.',
  'chart.sourceLine': 'Sources: {publishers}. Data: Megawatt Atlas {versions}.',
  'chart.noSources': 'none',
  'year.latest': 'Latest well-covered',
  'chart.noMetric': 'No market in these datasets has a figure for this metric.',
  'ranking.caption': 'The {year} figures drawn above, with their sources',
  'emptyYear.year': '{year} ({markets})',
  'controls.legend': 'Chart settings',
  'controls.metric': 'Metric',
  'timeline.label': 'Timeline',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.previous': 'Previous year',
  'timeline.next': 'Next year',
  'timeline.year': 'Year shown',
  'timeline.keys': 'Arrow keys change the year; Space plays and pauses.',
  'table.heldDuringPlay':
    'While the timeline plays, the table keeps the figures of {year}; it follows the chart when the play stops.',
  'timeline.sparseKey':
    'Years underlined with dots: fewer than half the markets in view have a figure.',
  'timeline.sparseYear_one': '{year}: few figures, {count} market',
  'timeline.sparseYear_other': '{year}: few figures, {count} markets',
  'controls.year': 'Year',
  'year.noFigures': '{year} (no figures)',
  'controls.pick': 'Where sources disagree, draw',
  'controls.scope': 'Figures that count',
  'pick.withScope': '{rule}, among figures of one scope only ({scope})',
  'controls.scope.any': 'Any scope',
  'controls.level': 'Market level',
  'market.country': '(country)',
  'market.countryName': '{name} (country)',
  'ranking.countryNote': 'Open bars: a country’s total, not a city’s.',
  'controls.level.all': 'Cities and countries',
  'controls.level.metro': 'Cities only',
  'controls.level.country': 'Countries only',
  'controls.pick.rule': 'Rule',
  'controls.pick.latest': 'Most recent',
  'controls.pick.max': 'Highest',
  'controls.pick.min': 'Lowest',
  'controls.pick.median': 'Median',
  'controls.pick.publisher': 'Only one publisher',
  'controls.pick.unknown': '{publisher} (not in these data)',
  'controls.unit': 'Unit',
  'controls.scale': 'Scale',
  'controls.scale.linear': 'Linear',
  'controls.scale.log': 'Log',
  'controls.theme': 'Theme',
  'controls.theme.auto': 'Auto',
  'controls.theme.light': 'Light',
  'controls.theme.dark': 'Dark',
  'controls.lang': 'Language',
  'markets.label': 'Markets',
  'markets.countAll': 'all {count}',
  'markets.countSome': '{count} of {total}',
  'views.aria': 'Views',
  'lazy.failed': 'This panel could not be loaded ({message}). Close it and open it again to retry.',
  'lazy.loading': 'Loading…',
  'userData.summary': 'Your data',
  'report.summary': 'Report',
  'userData.summaryCount': 'Your data ({count})',
  'load.urlFailed': 'The dataset at {url} could not be loaded: {message}.',
  'load.urlRest': 'The rest of the view is drawn from the bundled data.',
  'load.urlDataset': 'the dataset at {url}',
  'load.datasets': 'datasets',
  'load.catalogFailed': 'The list of datasets could not be loaded.',
  'load.regionFailed': '{title} could not be loaded; its markets are missing from the chart.',
  'load.viewFailed': 'This view’s code could not be loaded.',
  'load.viewFailedHint': 'The connection may have dropped; reload the page to try again.',
  'load.view': 'the view',
  'app.tools': 'Data, theme, language, sharing',
  'app.tagline':
    'Data-center capacity across Southeast Asian and European markets, every figure with its source.',
  'load.loading': 'Loading {what}…',
  'load.retry': 'Try again',
  'embed.open': 'Open the full view in Megawatt Atlas',
  'legend.aria': 'Series (press to show or hide)',
  'tooltip.period': 'Period',
  'tooltip.publisher': 'Publisher',
  'tooltip.report': 'Report',
  'tooltip.basis': 'Basis',
  'tooltip.scope': 'Counts',
  'tooltip.caveat': 'Caveat',
  'table.market': 'Market',
  'table.region': 'Region',
  'table.figure': 'Figure',
  'table.others': 'Other sources',
  'table.note': 'Note',
  'ranking.chartAria': 'Bars: arrow keys read each market’s figure, Enter shows all its figures',
  'share.linkCopied': 'Link copied, pinned to these data versions.',
  'share.copyLinkManual': 'Copy this link:',
  'share.copyLink': 'Copy link',
  'share.embedCopied':
    'Embed code copied: paste it into a web page; the frame takes the chart’s height.',
  'share.copyEmbedManual': 'Copy this embed code:',
  'share.copyEmbedPlain': 'Copy a plain iframe instead (for pages that allow no scripts)',
  'share.embedPlainCopied': 'Plain iframe copied: a fixed 4:3 frame, no script.',
  'share.copyEmbed': 'Copy embed code',
  'fetch.timeout': '{name} did not answer within {seconds} seconds.',
  'fetch.network': 'Could not reach {name}: the network request failed.',
  'fetch.http': '{name} could not be loaded: the server answered {status}.',
  'fetch.notJson': '{name} is not valid JSON.',
  'fetch.failed': 'The data could not be loaded.',
  'fetch.invalid': '{name} is not a valid Megawatt Atlas file.',
  'export.download': 'Download',
  'load.langFailed': 'The words of {language} could not be loaded; the page stays as it is.',
} as const

export type MessageKey =
  | keyof typeof en
  | keyof typeof enLanding
  | keyof typeof enMore
  | keyof typeof enPanels
  | keyof typeof enTrend
  | keyof typeof enPipeline
  | keyof typeof enSources
  | keyof typeof enCoverage
  | keyof typeof enMap
  | keyof typeof enExport
export type Messages = Record<MessageKey, string>
