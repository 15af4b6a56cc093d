/** The trend's values as published, or each line as change since its first figure (`change`). */
import { Segmented } from '../../controls/ViewControls'
import { t } from '../../i18n/locale'
import type { Change } from '../../view/viewState'

export function ChangeSwitch({
  value,
  onChange,
}: {
  value: Change | null
  onChange: (change: Change | null) => void
}) {
  return (
    <Segmented
      legend={t('controls.change')}
      value={value ?? 'absolute'}
      onChange={(v) => onChange(v === 'absolute' ? null : v)}
      options={[
        { value: 'absolute', label: t('controls.change.absolute') },
        { value: 'index', label: t('controls.change.index') },
      ]}
    />
  )
}
