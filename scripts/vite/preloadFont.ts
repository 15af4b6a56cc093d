import type { Plugin } from 'vite'

/**
 * The app's font starts downloading with the stylesheet, not once the stylesheet has been read,
 * and before the data and the chunks the takeover needs: the page's text face is used only if it
 * is in by the first paint (`font-display: optional`), and the prerendered landing paints at once.
 */
export function preloadFont(): Plugin {
  return {
    name: 'megawatt-atlas:preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const font = Object.keys(bundle ?? {}).find((name) =>
          /inter-latin-wght-normal-[\w-]+\.woff2$/.test(name),
        )
        if (!font) return html
        const link = `<link rel="preload" href="./${font}" as="font" type="font/woff2" crossorigin="">`
        const stylesheet = /<link rel="stylesheet"[^>]*>/
        return stylesheet.test(html)
          ? html.replace(stylesheet, (tag) => `${tag}\n    ${link}`)
          : html.replace('</head>', `    ${link}\n  </head>`)
      },
    },
  }
}
