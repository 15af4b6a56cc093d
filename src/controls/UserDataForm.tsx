/** The "Your data" panel: the drop zone and file input, what an import said, the stored files. */
import { useId } from 'react'
import type { Dataset } from '../data/schema'
import { MAX_FILE_BYTES } from '../data/userDataLimits'
import type { ImportReport } from '../data/useUserDatasets'

export type UserDataFormProps = {
  files: Dataset[]
  report: ImportReport
  dragging: boolean
  onFile: (file: File) => void
  onRemove: (id: string) => void
}

export function UserDataForm({ files, report, dragging, onFile, onRemove }: UserDataFormProps) {
  const inputId = useId()
  return (
    <div className={`user-data__panel${dragging ? ' is-dragging' : ''}`}>
      <label htmlFor={inputId} className="user-data__drop">
        <strong>Drop a CSV or JSON file here, or choose one.</strong>
        <span>
          CSV with the record’s columns (one figure per row), or JSON in the dataset format; at most{' '}
          {MAX_FILE_BYTES / 1024 / 1024} MB. It stays in this browser. Examples:{' '}
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
  )
}
