/**
 * The themes' colours, each written once: [light, dark]. The build writes the stylesheet's theme
 * blocks from this table (virtual:theme.css): the light one, the dark one for theme=dark, and
 * the same dark one again for a system that prefers dark when the link names no theme (a media
 * query cannot share a rule with a selector). CSS's light-dark() would pair them in one rule, but
 * the build lowers it for the browsers it targets into two fallback variables on every colour
 * (`var(--lightningcss-light, #fff) var(--lightningcss-dark, #15181c)`), resolved on every
 * restyle; plain values are simpler for the browser and for anyone reading the stylesheet.
 */
export const THEME_COLOURS = {
  bg: ['#ffffff', '#15181c'],
  surface: ['#f6f7f9', '#1f2329'],
  text: ['#1a1d21', '#e8eaed'],
  muted: ['#4d5560', '#aab2bd'],
  border: ['#d5d9df', '#3a414b'],
  grid: ['#e6e9ed', '#2b3038'],
  axis: ['#8a929c', '#7d8794'],
  hover: ['rgba(0, 0, 0, 0.05)', 'rgba(255, 255, 255, 0.07)'],
  // The edge of a table with more to scroll to.
  'edge-shadow': ['rgba(0, 0, 0, 0.28)', 'rgba(255, 255, 255, 0.3)'],
  accent: ['#0b5cad', '#6cb4ff'],
  'error-bg': ['#fdf0ee', '#3a1f1b'],
  'error-border': ['#c8412d', '#e06c5a'],
  'notice-bg': ['#fff8e1', '#33290f'],
  'notice-border': ['#c99a06', '#c99a06'],
  focus: ['#0b5cad', '#6cb4ff'],
  'on-accent': ['#ffffff', '#0b1320'],
  // The map: land without a figure, and the four shades of a country total (light to dark in the
  // light theme, dark to light in the dark one: each at least 3:1 on its background).
  land: ['#e4e7eb', '#2a2f36'],
  'map-1': ['#8f7fbd', '#715dac'],
  'map-2': ['#6b57a8', '#8f7fbd'],
  'map-3': ['#564587', '#aca1ce'],
  'map-4': ['#403465', '#cac2e0'],
} as const satisfies Record<string, readonly [string, string]>

export type Theme = 'light' | 'dark'

/** One theme's colours as custom properties. */
export const themeColours = (theme: Theme): Record<string, string> =>
  Object.fromEntries(
    Object.entries(THEME_COLOURS).map(([name, pair]) => [
      `--${name}`,
      pair[theme === 'light' ? 0 : 1],
    ]),
  )

function block(selector: string, theme: Theme): string {
  const lines = Object.entries(themeColours(theme)).map(([name, value]) => `  ${name}: ${value};`)
  return `${selector} {\n${lines.join('\n')}\n  color-scheme: ${theme};\n}`
}

/** The stylesheet's theme blocks, written from the table. */
export function themeStylesheet(): string {
  return [
    block(':root', 'light'),
    block(':root[data-theme="dark"]', 'dark'),
    `@media (prefers-color-scheme: dark) {\n${block(':root:not([data-theme="light"])', 'dark')}\n}`,
  ].join('\n')
}
