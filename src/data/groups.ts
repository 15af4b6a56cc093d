/**
 * Named groups of markets ("SEA-4" = Singapore + Malaysia + Thailand + Indonesia), written
 * `Name:id+id;Name:id+id` in the URL's `groups` key and in the record's claims.
 */
import { t } from '../i18n/locale'
export type Group = { name: string; markets: string[] }

export const MAX_GROUPS = 8
export const MAX_GROUP_MEMBERS = 40
export const MAX_GROUP_NAME = 60

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type GroupsReading = { groups: Group[]; problems: string[] }
type Piece = { name: string; ids: string[] } | { unreadable: string }

/**
 * Reads plain text (the record's form): a group's name is everything before its first `:`,
 * members are separated by `+` or spaces.
 */
export function readGroups(text: string): GroupsReading {
  return checkGroups(
    text
      .split(';')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const colon = part.indexOf(':')
        if (colon < 0) return { unreadable: part }
        return { name: part.slice(0, colon), ids: part.slice(colon + 1).split(/[+\s]+/) }
      }),
  )
}

/**
 * Reads the raw (still percent-encoded) value of the URL's `groups` key. The structure is in
 * raw `;` `:` `+`, the names are percent-encoded, so a name may hold any character. A value
 * encoded as a whole (a mail client re-encoding the link) is decoded first and read as text.
 */
export function readGroupsParam(raw: string): GroupsReading {
  if (!raw.includes(':')) return readGroups(decode(raw))
  return checkGroups(
    raw
      .split(';')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const colon = part.indexOf(':')
        if (colon < 0) return { unreadable: decode(part) }
        return {
          name: decode(part.slice(0, colon)),
          ids: part
            .slice(colon + 1)
            .split('+')
            .map(decode),
        }
      }),
  )
}

/** The URL form: names percent-encoded, members joined by a raw `+`. */
export function writeGroups(groups: Group[]): string {
  return groups.map((g) => `${encodeURIComponent(g.name)}:${g.markets.join('+')}`).join(';')
}

function checkGroups(pieces: Piece[]): GroupsReading {
  const groups: Group[] = []
  const problems: string[] = []
  for (const piece of pieces) {
    if ('unreadable' in piece) {
      problems.push(t('url.groups.noColon', { piece: clip(piece.unreadable) }))
      continue
    }
    if (groups.length >= MAX_GROUPS) {
      problems.push(t('url.groups.tooMany', { max: MAX_GROUPS }))
      break
    }
    let name = piece.name.trim() || t('group.defaultName', { number: groups.length + 1 })
    if (name.length > MAX_GROUP_NAME) {
      problems.push(t('url.groups.nameCut', { max: MAX_GROUP_NAME }))
      name = name.slice(0, MAX_GROUP_NAME)
    }
    const ids = [...new Set(piece.ids.map((id) => id.trim()).filter(Boolean))]
    const bad = ids.filter((id) => !ID.test(id))
    if (bad.length > 0)
      problems.push(t('url.groups.notIds', { group: clip(name), ids: bad.map(clip).join(', ') }))
    const good = ids.filter((id) => ID.test(id))
    if (good.length > MAX_GROUP_MEMBERS)
      problems.push(t('url.groups.tooManyMembers', { group: clip(name), max: MAX_GROUP_MEMBERS }))
    groups.push({ name, markets: good.slice(0, MAX_GROUP_MEMBERS) })
  }
  return { groups, problems }
}

/** Percent-decoding that never throws: a raw `+` is a space, a broken `%` sequence stays as it is. */
export function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    return spaced
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
