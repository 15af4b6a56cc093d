/** Written by the build (vite.config.ts): the SHA-256 of each file in public/data, by name. */
declare module 'virtual:bundled-data-digests' {
  const digests: Readonly<Record<string, string>>
  export default digests
}
