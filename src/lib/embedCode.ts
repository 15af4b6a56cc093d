/** The embed view in another page: an iframe, and the few lines that let it take its height. */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** What the embed page posts to its host: its height in CSS pixels, nothing else. */
export const HEIGHT_MESSAGE = 'megawatt-atlas:height'

/** A plain iframe for hosts that allow no script: full width, a 4:3 box never too short. */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" style="width:100%;aspect-ratio:4/3;min-height:420px;border:0" allow="clipboard-write"></iframe>`
}

/**
 * An iframe that takes the chart's height: the embed page posts its height (usePostHeight), and
 * a few lines in the host page set it on the frame the message came from, only for messages
 * from the app's origin. The host's script never reads the frame, and the frame never reads the
 * host.
 */
export function responsiveEmbedCode(src: string, title: string): string {
  // JSON.stringify escapes nothing HTML cares about, and an origin holds no '<' (the listener
  // has none either, so the script cannot be closed early).
  const origin = new URL(src).origin
  const listener = `(function(){addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0))return;var f=document.querySelectorAll("iframe[data-megawatt-atlas]");for(var i=0;i!==f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.min(Math.ceil(d.height),20000)+"px"})})()`
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" data-megawatt-atlas style="width:100%;height:480px;border:0" allow="clipboard-write"></iframe>\n<script>${listener}</script>`
}
