/**
 * Says a year has no figures for the chosen markets and offers the nearest years that do. Its code
 * loads only when a year is empty, which no view opens on.
 */
import type { ComponentProps } from 'react'
import { withWords } from '../i18n/locale'
import { lazyComponent, useLazy } from '../lib/lazyComponent'
import type { EmptyYearNotice } from './EmptyYearNotice'

type Props = ComponentProps<typeof EmptyYearNotice>

const notice = lazyComponent<Props>(() =>
  withWords(import('./EmptyYearNotice')).then((m) => m.EmptyYearNotice),
)

export function EmptyYear(props: Props) {
  const { component: Notice } = useLazy(notice)
  return Notice ? <Notice {...props} /> : null
}
