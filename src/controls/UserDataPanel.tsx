/**
 * "Your data": drop or pick a CSV (the record's columns) or JSON (the dataset format). It joins
 * the bundled data in this browser only; nothing is uploaded.
 */
import { useEffect, useState } from 'react'
import type { Dataset } from '../data/schema'
import { t, withPanelWords } from '../i18n/locale'
import type { BrokenFile, ImportReport } from '../import/useUserDatasets'
import { lazyComponent } from '../lib/lazyComponent'
import { LazyDetails } from './LazyDetails'

// The form loads when the panel opens (or a file is dragged over the page).
const userDataForm = lazyComponent(() =>
  withPanelWords(import('./UserDataForm')).then((m) => m.UserDataForm),
)

export function UserDataPanel({
  files,
  broken,
  report,
  onFile,
  onRemove,
}: {
  files: Dataset[]
  broken: BrokenFile[]
  report: ImportReport
  onFile: (file: File) => void
  onRemove: (id: string) => void
}) {
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
    <LazyDetails
      className="user-data"
      summary={
        files.length + broken.length > 0
          ? t('userData.summaryCount', { count: files.length + broken.length })
          : t('userData.summary')
      }
      panel={userDataForm}
      panelProps={{ files, broken, report, dragging, onFile, onRemove }}
      open={open}
      onOpenChange={setOpen}
    />
  )
}
