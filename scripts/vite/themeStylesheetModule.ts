import type { Plugin } from 'vite'

/** `virtual:theme.css`: the theme blocks of the stylesheet, from src/app/themeColours.ts. */
export function themeStylesheetModule(): Plugin {
  const id = 'virtual:theme.css'
  return {
    name: 'megawatt-atlas:theme-stylesheet',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return
      const { themeStylesheet } = await import('../../src/app/themeColours.ts')
      return themeStylesheet()
    },
  }
}
