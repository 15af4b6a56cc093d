import type { Plugin } from 'vite'

/**
 * The bundler wraps each CommonJS package (React's DOM, its scheduler) in an arrow function it
 * calls on first import. V8 compiles such a function only when it is called, on the main thread:
 * React DOM's 200 kB were parsed in the task that first ran it, 150-230 ms on a phone's CPU just
 * as the app took over the painted landing. A function expression in parentheses is V8's hint
 * that it is called at once ("PIFE"): it is then compiled with its script, as the file arrives,
 * off the main thread. The wrappers become such functions; what they run is unchanged (a CommonJS
 * body does not use the arrow's `this`).
 */
export function compileCommonJsEagerly(): Plugin {
  // `__commonJSMin(((exports, module) => {` as Rolldown writes it, before minifying.
  const WRAPPER = /(__commonJS\w*\(\()\(([\w$, ]*)\) => \{/g
  return {
    name: 'megawatt-atlas:compile-commonjs-eagerly',
    apply: 'build',
    renderChunk(code) {
      if (!code.includes('__commonJS')) return null
      const eager = code.replace(WRAPPER, '$1function ($2) {')
      return eager === code ? null : { code: eager, map: null }
    },
  }
}
