/**
 * The English words of the exports (Download, the slides, the report): loaded with the Download
 * and Report panels (withExportWords), so no view downloads them before a reader asks for a file.
 */
export const enExport = {
  'export.preparing': 'Preparing…',
  'export.failed': 'The export failed: {message}',
  'export.image': 'Image',
  'export.copyPng': 'Copy PNG',
  'export.animation': 'Animation (WebM)',
  'export.animation.drawing': 'Drawing {year} ({index} of {count})…',
  'export.animation.recording': 'Recording {count} years, a second each…',
  'export.animation.unsupported':
    'This browser cannot record video (MediaRecorder with WebM); Chrome, Edge and Firefox can.',
  'export.savedVideo': 'Saved {file} ({seconds} s, {width}×{height} px).',
  'export.data': 'Data',
  'export.csvExcelHelp':
    'Semicolons between fields and decimal commas: how Excel set to a decimal comma (as in Brazil) opens a CSV in columns',
  'export.csvExcel': 'CSV for Excel (;)',
  'export.csv': 'CSV of this chart',
  'export.xlsx': 'Excel (.xlsx)',
  'export.pptx': 'PowerPoint (.pptx)',
  'export.pptxHelp':
    'One 16:9 slide: bars and lines as PowerPoint’s own chart (its data sheet editable), other views as a picture; every figure’s source in the speaker notes.',
  'export.savedPptx': 'Saved {file}: one slide, every figure’s source in its notes.',
  'report.notKept': 'not added to the report: {reason}',
  'export.addToReport': 'Add to report',
  'export.addToReportHelp':
    'Puts this view, as it is now and with its data versions pinned, into your report (kept in this browser; see Report).',
  'export.addedToReport_one': 'Added “{title}” to your report ({count} view).',
  'export.addedToReport_other': 'Added “{title}” to your report ({count} views).',
  'report.empty':
    'Your report is empty. Download → Add to report puts the view on screen here; it stays in this browser.',
  'report.kept': 'Kept in this browser only; nothing is uploaded.',
  'report.title': 'Title of slide {n}',
  'report.up': 'Move “{title}” up',
  'report.down': 'Move “{title}” down',
  'report.remove': 'Remove “{title}”',
  'report.open': 'Open this view',
  'report.pptx': 'Download the report (.pptx)',
  'report.zip': 'Download PNG, SVG and CSV (.zip)',
  'report.saved': 'Saved {file}.',
  'report.drawing': 'Drawing slide {n} of {count} again from its link…',
  'report.keptAsAdded': 'Kept as added, its link could not be drawn again: {titles}.',
  'report.failed': 'The report could not be made: {message}',
  'report.coverTitle': 'Data-center capacity: {count} views from Megawatt Atlas',
  'report.coverDate':
    'Made on {date}. Every figure is sourced in the speaker notes; the last slide lists every source.',
  'report.sourcesTitle': 'Sources',
  'report.sourcesIntro': 'Every source cited on the slides of this report, once each.',
  'deck.notesHeading': 'Every figure on this slide, with its source:',
  'deck.figureLine':
    '{market}: {figure}, {period}. {publisher}, “{report}”, {url}. Counts: {counts}.',
  'deck.caveat': 'Caveat: {note}',
  'deck.viewLink': 'This view, its data versions pinned: {link}',
  'export.xlsxHelp':
    'A workbook: numbers as numbers, periods as text, days as dates, links as links; a second sheet lists every source.',
  'export.json': '{title} (JSON)',
  'export.release': 'The whole release, in open formats',
  'export.releaseCsv': 'Record {version} (CSV)',
  'export.jsonSchema': 'Dataset format (JSON Schema)',
  'export.noChart': 'There is no chart on screen to export.',
  'export.savedCsv_one': 'Saved {file} ({count} row).',
  'export.savedCsv_other': 'Saved {file} ({count} rows).',
  'export.saved': 'Saved {file}.',
  'export.copied': 'Copied the chart as a PNG image.',
  'export.savedPng': 'Saved {file} ({width}×{height} px).',
  'export.footer': 'Exported {date} from this view:',
  'export.drawFailed': 'The image could not be drawn.',
} as const
