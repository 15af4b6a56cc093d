/**
 * "Your data": drop or pick a CSV (the record's columns) or JSON (the dataset format). It joins
 * the bundled data in this browser only; nothing is uploaded.
 */
import { useEffect, useId, useState } from 'react'
import type { Dataset } from '../data/schema'
import { MAX_FILE_BYTES } from '../data/userDataLimits'
import type { ImportReport } from '../data/useUserDatasets'

export function UserDataPanel({
  files,
  report,
  onFile,
  onRemove,
}: {
  files: Dataset[]
  report: ImportReport
  onFile: (file: File) => void
  onRemove: (id: string) => void
}) {
  const inputId = useId()
  const [open, setOpen] = useState(false)
  const [dragging, setDragging] = useState(false)

  // A file dropped anywhere on the page is taken, not opened by the browser.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return
      e.preventDefault()
      setDragging(true)
      setOpen(true)
    }
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0]
      if (!file) return
      e.preventDefault()
      setDragging(false)
      onFile(file)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [onFile])

  return (
    <details className="user-data" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Your data{files.length > 0 ? ` (${files.length})` : ''}</summary>
      <div className={`user-data__panel${dragging ? ' is-dragging' : ''}`}>
        <label htmlFor={inputId} className="user-data__drop">
          <strong>Drop a CSV or JSON file here, or choose one.</strong>
          <span>
            CSV with the record’s columns (one figure per row), or JSON in the dataset format; at
            most {MAX_FILE_BYTES / 1024 / 1024} MB. It stays in this browser. Examples:{' '}
            <a href="examples/my-figures.csv" download>
              CSV
            </a>
            ,{' '}
            <a href="examples/my-dataset.json" download>
              JSON
            </a>
            .
          </span>
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) onFile(file)
            e.target.value = ''
          }}
        />
        {report && report.problems.length > 0 ? (
          <div className="user-data__problems" role="alert">
            <p>
              {report.name} was not added:{' '}
              {report.problems.length === 1 ? report.problems[0] : 'it has these problems:'}
            </p>
            {report.problems.length > 1 ? (
              <ul>
                {report.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {report && report.notes.length > 0 ? (
          <ul className="user-data__notes" role="status">
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        {files.length > 0 ? (
          <ul className="user-data__list" aria-label="Your datasets">
            {files.map((d) => (
              <li key={d.id}>
                <span>
                  <strong>{d.title}</strong> · {d.markets.length} markets · {d.observations.length}{' '}
                  figures
                </span>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => onRemove(d.id)}
                  aria-label={`Remove ${d.title}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  )
}
