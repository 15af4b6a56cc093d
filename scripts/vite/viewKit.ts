/** What several views are built from (the shared layers, src/views' own parts): one chunk. */
/**
 * What stays out of it: the all-figures panel (loads on a click), the table of every figure,
 * what only the map and coverage use, and what loads when a reader reaches for it (the
 * timeline's motion, the hover card's content), and what draws with Recharts (it would pull the
 * chart library into the chunk every view loads, the map and the table too).
 */
export const NOT_IN_VIEW_KIT =
  /(SourceDetails|ObservationsTable|SwatchLegend|FigureTooltip|FigureCaveat|ValueGrid)\.tsx$|(figureExportRow|motion)\.ts$/

export const VIEW_KIT = [
  /[\\/]src[\\/]charts[\\/](\w+\.tsx?|table[\\/].+)$/,
  /[\\/]src[\\/]controls[\\/](FigureFilters|MarketPicker|ViewControls)\.tsx$/,
  /[\\/]src[\\/]views[\\/](ViewLayout|EmptyYear)\.tsx$/,
  /[\\/]src[\\/]data[\\/](atlasData|select[\\/](marketsInView|figureRow))\.ts$/,
  /[\\/]src[\\/]lib[\\/]slug\.ts$/,
]
