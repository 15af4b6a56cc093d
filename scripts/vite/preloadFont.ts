import type { Plugin } from 'vite'

/**
 * The app's font starts downloading with the stylesheet, not once the stylesheet has been read:
 * the prerendered landing paints its text at once, and text that changes font after the first
 * paint moves every line below it.
 */
export function preloadFont(): Plugin {
  return {
    name: 'megawatt-atlas:preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const font = Object.keys(bundle ?? {}).find((name) =>
          /inter-latin-wght-normal-[\w-]+\.woff2$/.test(name),
        )
        if (!font) return []
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${font}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          },
        ]
      },
    },
  }
}
