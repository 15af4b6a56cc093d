/**
 * Named groups of markets ("SEA-4" = Singapore + Malaysia + Thailand + Indonesia), written
 * `Name:id+id;Name:id+id` in the URL's `groups` key and in the record's claims.
 */
import type { Said } from '../i18n/locale'
import { clipText, cutText, encodeText } from '../lib/wholeText'

export type Group = { name: string; markets: string[] }

export const MAX_GROUPS = 8
export const MAX_GROUP_MEMBERS = 40
export const MAX_GROUP_NAME = 60

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type GroupsReading = { groups: Group[]; problems: Said[] }
/** The name of the group at `number` (from 1) when the text gives none: words of the caller. */
export type DefaultGroupName = (number: number) => string
type Piece = { name: string; ids: string[] } | { unreadable: string }

/**
 * Reads plain text (the record's form): a group's name is everything before its first `:`,
 * members are separated by `+` or spaces.
 */
export function readGroups(text: string, defaultName: DefaultGroupName): GroupsReading {
  return checkGroups(
    text
      .split(';')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const colon = part.indexOf(':')
        if (colon < 0) return { unreadable: part }
        return { name: part.slice(0, colon), ids: part.slice(colon + 1).split(/[+\s]+/) }
      }),
    defaultName,
  )
}

/**
 * Reads the raw (still percent-encoded) value of the URL's `groups` key. The structure is in
 * raw `;` `:` `+`, the names are percent-encoded, so a name may hold any character. A value
 * encoded as a whole (a mail client re-encoding the link) is decoded first and read as text.
 */
export function readGroupsParam(raw: string, defaultName: DefaultGroupName): GroupsReading {
  if (!raw.includes(':')) return readGroups(decode(raw), defaultName)
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
    defaultName,
  )
}

/** The URL form: names percent-encoded, members joined by a raw `+`. */
export function writeGroups(groups: Group[]): string {
  return groups.map((g) => `${encodeText(g.name)}:${g.markets.join('+')}`).join(';')
}

function checkGroups(pieces: Piece[], defaultName: DefaultGroupName): GroupsReading {
  const groups: Group[] = []
  const problems: Said[] = []
  for (const piece of pieces) {
    if ('unreadable' in piece) {
      problems.push({ key: 'url.groups.noColon', values: { piece: clip(piece.unreadable) } })
      continue
    }
    if (groups.length >= MAX_GROUPS) {
      problems.push({ key: 'url.groups.tooMany', values: { max: MAX_GROUPS } })
      break
    }
    let name = piece.name.trim() || defaultName(groups.length + 1)
    const cut = cutText(name, MAX_GROUP_NAME)
    if (cut !== name) {
      problems.push({ key: 'url.groups.nameCut', values: { max: MAX_GROUP_NAME } })
      name = cut
    }
    const ids = [...new Set(piece.ids.map((id) => id.trim()).filter(Boolean))]
    const bad = ids.filter((id) => !ID.test(id))
    if (bad.length > 0)
      problems.push({
        key: 'url.groups.notIds',
        values: { group: clip(name), ids: bad.map(clip).join(', ') },
      })
    const good = ids.filter((id) => ID.test(id))
    if (good.length > MAX_GROUP_MEMBERS)
      problems.push({
        key: 'url.groups.tooManyMembers',
        values: { group: clip(name), max: MAX_GROUP_MEMBERS },
      })
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

const clip = (text: string) => clipText(text, 40)
