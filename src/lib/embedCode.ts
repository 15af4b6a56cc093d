/** A responsive iframe of the embed view: full width, a 4:3 box that never gets too short. */
export function embedCode(src: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" style="width:100%;aspect-ratio:4/3;min-height:420px;border:0" allow="clipboard-write"></iframe>`
}
