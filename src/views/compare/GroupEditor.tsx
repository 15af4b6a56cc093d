/** Add, rename and remove groups; add and remove their markets. Each settled edit is one change. */
import { useId, useMemo, useState } from 'react'
import { regionLabel } from '../../charts/format'
import type { MarketChoice } from '../../controls/MarketPicker'
import { type Group, MAX_GROUP_MEMBERS, MAX_GROUP_NAME, MAX_GROUPS } from '../../data/groups'
import { t } from '../../i18n/locale'
import { collate } from '../../lib/collate'
import { cutText } from '../../lib/wholeText'

export function GroupEditor({
  groups,
  choices,
  onChange,
}: {
  groups: Group[]
  choices: MarketChoice[]
  onChange: (groups: Group[]) => void
}) {
  const byId = useMemo(() => new Map(choices.map((c) => [c.id, c])), [choices])
  const replace = (index: number, group: Group) =>
    onChange(groups.map((g, i) => (i === index ? group : g)))
  return (
    <section className="group-editor" aria-label={t('compare.groups')}>
      <ol className="group-editor__list">
        {groups.map((group, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a group is its position (names may repeat); the name in the key resets the name field after a rename
          <li key={`${index}-${group.name}`} className="group-card">
            <GroupNameField
              name={group.name}
              index={index}
              onRename={(name) => replace(index, { ...group, name })}
            />
            <ul
              className="group-card__members"
              aria-label={t('groups.members', { group: group.name })}
            >
              {group.markets.map((id) => (
                <li key={id} className="chip">
                  {byId.get(id)?.name ?? id}
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t('groups.removeMember', {
                      market: byId.get(id)?.name ?? id,
                      group: group.name,
                    })}
                    onClick={() =>
                      replace(index, { ...group, markets: group.markets.filter((m) => m !== id) })
                    }
                  >
                    ×
                  </button>
                </li>
              ))}
              {group.markets.length === 0 ? (
                <li className="group-card__empty">{t('groups.empty')}</li>
              ) : null}
            </ul>
            <div className="group-card__actions">
              <AddMarket
                group={group}
                choices={choices}
                onAdd={(id) => replace(index, { ...group, markets: [...group.markets, id] })}
              />
              <button
                type="button"
                className="button-quiet"
                onClick={() => onChange(groups.filter((_, i) => i !== index))}
              >
                {t('groups.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button-secondary"
        disabled={groups.length >= MAX_GROUPS}
        onClick={() => onChange([...groups, { name: nextName(groups), markets: [] }])}
      >
        {t('groups.add')}
      </button>
    </section>
  )
}

function nextName(groups: Group[]): string {
  let n = groups.length + 1
  while (groups.some((g) => g.name === t('group.defaultName', { number: n }))) n++
  return t('group.defaultName', { number: n })
}

/** The name is written when the user leaves the field or presses Enter, not on every keystroke. */
function GroupNameField({
  name,
  index,
  onRename,
}: {
  name: string
  index: number
  onRename: (name: string) => void
}) {
  const [draft, setDraft] = useState(name)
  const id = useId()
  const commit = () => {
    const next = cutText(draft.trim(), MAX_GROUP_NAME)
    if (next && next !== name) onRename(next)
    else setDraft(name)
  }
  return (
    <div className="field group-card__name">
      <label htmlFor={id}>{t('groups.name', { number: index + 1 })}</label>
      <input
        id={id}
        type="text"
        value={draft}
        maxLength={MAX_GROUP_NAME}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
          if (e.key === 'Escape') setDraft(name)
        }}
      />
    </div>
  )
}

function AddMarket({
  group,
  choices,
  onAdd,
}: {
  group: Group
  choices: MarketChoice[]
  onAdd: (id: string) => void
}) {
  const id = useId()
  const regions = useMemo(() => {
    const map = new Map<string, MarketChoice[]>()
    for (const c of [...choices].sort((a, b) => collate(a.name, b.name))) {
      if (group.markets.includes(c.id)) continue
      map.set(c.region, [...(map.get(c.region) ?? []), c])
    }
    return [...map.entries()]
  }, [choices, group.markets])
  const full = group.markets.length >= MAX_GROUP_MEMBERS
  return (
    <div className="field">
      <label htmlFor={id}>{t('groups.addMarket', { group: group.name })}</label>
      <select
        id={id}
        value=""
        disabled={full}
        onChange={(e) => {
          if (e.target.value) onAdd(e.target.value)
        }}
      >
        <option value="">{full ? t('groups.full') : t('groups.choose')}</option>
        {regions.map(([region, list]) => (
          <optgroup key={region} label={regionLabel(region)}>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.level === 'country' ? ` ${t('market.country')}` : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
