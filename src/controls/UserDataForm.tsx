/** The "Your data" panel: the drop zone and file input, what an import said, the stored files. */
import { useId } from 'react'
import type { Dataset } from '../data/schema'
import { MAX_FILE_BYTES } from '../data/userDataLimits'
import { formatNumber, t, tn } from '../i18n/locale'
import type { ImportProgress } from '../import/importTypes'
import type { BrokenFile, ImportReport } from '../import/useUserDatasets'

export type UserDataFormProps = {
  files: Dataset[]
  broken: BrokenFile[]
  report: ImportReport
  dragging: boolean
  onFile: (file: File) => void
  onRemove: (id: string) => void
}

export function UserDataForm({
  files,
  broken,
  report,
  dragging,
  onFile,
  onRemove,
}: UserDataFormProps) {
  const inputId = useId()
  return (
    <div className={`user-data__panel${dragging ? ' is-dragging' : ''}`}>
      <label htmlFor={inputId} className="user-data__drop">
        <strong>{t('userData.drop')}</strong>
        <span>
          {t('userData.help', { mb: MAX_FILE_BYTES / 1024 / 1024 })}{' '}
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
      {report?.running ? <ImportRunning name={report.name} {...report.running} /> : null}
      {report && report.problems.length > 0 ? (
        <div className="user-data__problems" role="alert">
          <p>
            {t('userData.notAdded', {
              name: report.name,
              problem:
                report.problems.length === 1 ? (report.problems[0] ?? '') : t('userData.problems'),
            })}
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
      {files.length + broken.length > 0 ? (
        <ul className="user-data__list" aria-label={t('userData.list')}>
          {broken.map((d) => (
            <li key={d.id} className="user-data__broken">
              <span>
                <strong>{d.title}</strong> · {t('userData.broken', { why: d.why })}
              </span>
              <RemoveFile title={d.title} onRemove={() => onRemove(d.id)} />
            </li>
          ))}
          {files.map((d) => (
            <li key={d.id}>
              <span>
                <strong>{d.title}</strong> ·{' '}
                {t('userData.fileSummary', {
                  markets: tn('count.markets', d.markets.length),
                  figures: tn('count.figures', d.observations.length),
                })}
              </span>
              <RemoveFile title={d.title} onRemove={() => onRemove(d.id)} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** An import under way: how far it is (rows read, then the format check), and Cancel. */
function ImportRunning({
  name,
  progress,
  cancel,
}: {
  name: string
  progress: ImportProgress | null
  cancel: () => void
}) {
  const rows = progress?.stage === 'rows' ? progress : null
  const text = rows
    ? t('userData.readingRows', {
        name,
        done: formatNumber(rows.done),
        total: formatNumber(rows.total),
      })
    : progress?.stage === 'format'
      ? t('userData.checking', { name })
      : t('userData.reading')
  return (
    <div className="user-data__running" role="status">
      <span>{text}</span>
      {/* Without a value the bar says "working" without a measure: the format check has none. */}
      <progress aria-label={text} {...(rows ? { value: rows.done, max: rows.total } : {})} />
      <button type="button" className="button-secondary" onClick={cancel}>
        {t('userData.cancel')}
      </button>
    </div>
  )
}

function RemoveFile({ title, onRemove }: { title: string; onRemove: () => void }) {
  return (
    <button
      type="button"
      className="button-quiet"
      onClick={onRemove}
      aria-label={t('userData.remove', { title })}
    >
      {t('userData.removeShort')}
    </button>
  )
}
