/**
 * Text cut and encoded by whole characters. A UTF-16 slice can end between the two halves of an
 * emoji: the half left over is not text, and encodeURIComponent throws on it (URIError), which
 * once stopped every control of a page whose link named such a group.
 */

let graphemes: Intl.Segmenter | undefined

/** `text` cut to at most `max` characters as a reader counts them (grapheme clusters). */
export function cutText(text: string, max: number): string {
  // Within the limit in UTF-16 units, it is within it in characters too.
  if (text.length <= max) return text
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let cut = ''
  let count = 0
  for (const { segment } of graphemes.segment(text)) {
    if (count === max) break
    cut += segment
    count++
  }
  return cut
}

/** `text` shortened to `max` characters with an ellipsis, for quoting in a sentence. */
export function clipText(text: string, max: number): string {
  const cut = cutText(text, max)
  return cut === text ? text : `${cut}…`
}

/** Half a character: a surrogate without its other half. */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Percent-encoding that never throws: half a character becomes U+FFFD (the replacement mark). */
export function encodeText(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))
}
