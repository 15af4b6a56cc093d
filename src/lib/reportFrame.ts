/**
 * A report draws each entry again from its link in a hidden frame of the app (redrawEntries): a
 * page opened under this frame name offers its chart's entry, read as "Add to report" reads it.
 */
export const REPORT_FRAME = 'megawatt-atlas-report-frame'

declare global {
  interface Window {
    /** Set in a report frame once a chart is drawn: the entry its "Add to report" would add. */
    reportEntry?: () => Promise<unknown>
  }
}

export const inReportFrame = () => window.name === REPORT_FRAME
