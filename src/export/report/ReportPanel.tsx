/**
 * The Report panel: the views the reader put aside (Download → Add to report), in their order.
 * Each can be retitled, moved and removed; the whole downloads as one deck or as a ZIP of each
 * view's PNG, SVG and CSV. Kept in this browser, like the reader's own datasets.
 */
import { useEffect, useState } from 'react'
import { currentLang, t } from '../../i18n/locale'
import { save } from '../exportChart'
import {
  moveEntry,
  onReportChange,
  type ReportEntry,
  removeEntry,
  reportEntries,
  retitleEntry,
} from './reportStore'

function useReport(): ReportEntry[] | undefined {
  const [entries, setEntries] = useState<ReportEntry[]>()
  useEffect(() => {
    let live = true
    const load = () =>
      void reportEntries().then((next) => {
        if (live) setEntries(next)
      })
    load()
    const stop = onReportChange(load)
    return () => {
      live = false
      stop()
    }
  }, [])
  return entries
}

export function ReportPanel() {
  const entries = useReport()
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  if (!entries) return null
  const download = async (kind: 'pptx' | 'zip') => {
    setBusy(true)
    setStatus('')
    try {
      const files = await import('./reportFiles')
      // Each slide drawn again from its entry's link, in the language on screen.
      const { entries: drawn, keptAsAdded } = await files.redrawEntries(
        entries,
        currentLang(),
        (n) => setStatus(t('report.drawing', { n, count: entries.length })),
      )
      const name = `megawatt-atlas-report.${kind}`
      save(kind === 'pptx' ? await files.reportDeck(drawn) : await files.reportZip(drawn), name)
      const kept = keptAsAdded.map((e) => `“${e.title}”`).join(', ')
      setStatus(
        [t('report.saved', { file: name }), kept ? t('report.keptAsAdded', { titles: kept }) : '']
          .filter(Boolean)
          .join(' '),
      )
    } catch (error) {
      setStatus(
        t('report.failed', { message: error instanceof Error ? error.message : String(error) }),
      )
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="report-panel__body">
      {entries.length === 0 ? (
        <p className="report-panel__empty">{t('report.empty')}</p>
      ) : (
        <ol className="report-entries">
          {entries.map((entry, i) => (
            <li key={entry.id} className="report-entry">
              <img
                className="report-entry__thumb"
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(entry.svg)}`}
                alt=""
                width={96}
                height={Math.round((96 * entry.height) / entry.width)}
              />
              <div className="report-entry__main">
                {/* A box that wraps: a view's title runs to a line and a half, and a reader
                    retitles what they can read whole. One line of text all the same: Enter saves. */}
                <textarea
                  rows={1}
                  aria-label={t('report.title', { n: i + 1 })}
                  defaultValue={entry.title}
                  onBlur={(e) => {
                    const title = e.currentTarget.value.replace(/\s+/g, ' ').trim()
                    if (title && title !== entry.title) void retitleEntry(entry.id, title)
                  }}
                  onKeyDown={(e) => {
                    // Enter that ends a composition (an accent, an IME) is the composition's.
                    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return
                    e.preventDefault()
                    e.currentTarget.blur()
                  }}
                />
                <a href={entry.slide.link}>{t('report.open')}</a>
              </div>
              <div className="report-entry__actions">
                <button
                  type="button"
                  aria-label={t('report.up', { title: entry.title })}
                  disabled={i === 0}
                  onClick={() => void moveEntry(entry.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('report.down', { title: entry.title })}
                  disabled={i === entries.length - 1}
                  onClick={() => void moveEntry(entry.id, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('report.remove', { title: entry.title })}
                  onClick={() => void removeEntry(entry.id)}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="report-panel__downloads">
        <button
          type="button"
          disabled={busy || entries.length === 0}
          onClick={() => download('pptx')}
        >
          {t('report.pptx')}
        </button>
        <button
          type="button"
          disabled={busy || entries.length === 0}
          onClick={() => download('zip')}
        >
          {t('report.zip')}
        </button>
      </div>
      <p className="report-panel__kept">{t('report.kept')}</p>
      <p className="report-panel__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
