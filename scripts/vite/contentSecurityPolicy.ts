import type { Plugin } from 'vite'

/**
 * The production page's Content-Security-Policy: scripts only from the app's own files (no
 * inline script), no plugins, no other origin, except what connect-src must allow for a
 * user's own `data=` address. The dev server runs inline scripts of its own, so dev has none.
 */
export function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' https: http:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
  return {
    name: 'megawatt-atlas:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}
