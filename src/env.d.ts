/** Written by the build (vite.config.ts): the SHA-256 of each file in public/data, by name. */
declare module 'virtual:bundled-data-digests' {
  const digests: Readonly<Record<string, string>>
  export default digests
}

/** Written by the build (vite.config.ts): the map's country shapes, ids ISO alpha-2 codes. */
declare module 'virtual:map-geography' {
  const topology: import('topojson-specification').Topology
  export default topology
}

/** Written by the build (vite.config.ts) from src/app/themeColours.ts: the themes' colours. */
declare module 'virtual:theme.css'

/** Recharts' own modules, imported only to run them early (src/charts/chartLibraryInSteps.ts). */
declare module 'recharts/es6/*'
