/**
 * Where a link's `data=` address points, seen from the page: beside the app (same origin), on
 * another site, or nowhere a dataset can come from. A request to another site tells it who
 * opened the link and when, so the page asks the reader before making one. Pure: codes, no words.
 */
export type DataAddress =
  | { kind: 'same-origin'; url: URL }
  | { kind: 'other-origin'; url: URL; host: string }
  | { kind: 'refused' }

export function dataAddress(value: string, page: string): DataAddress {
  let url: URL
  try {
    url = new URL(value, page)
  } catch {
    return { kind: 'refused' }
  }
  // javascript:, data:, blob:, file: … never name a dataset.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'refused' }
  return url.origin === new URL(page).origin
    ? { kind: 'same-origin', url }
    : { kind: 'other-origin', url, host: url.host }
}
