/**
 * A static file server for the production build, for the browser tests and `npm run serve`.
 * Serves DIR both at the host root and under a sub-path, so the tests prove that one build
 * works wherever it is published.  Usage: node scripts/serveStatic.mjs [dir] [port] [subPath]
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const [dir = 'dist', port = '4173', subPath = '/published/under/a/sub-path/'] =
  process.argv.slice(2)
const root = resolve(dir)
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

/**
 * Each file compressed once, as a host serves it precompressed: compressing per request ran on
 * the same two cores as the browser being measured.
 */
const compressed = new Map()
async function gzipped(file, stats) {
  const key = `${file} ${stats.mtimeMs} ${stats.size}`
  let body = compressed.get(key)
  if (!body) {
    body = gzipSync(await readFile(file))
    compressed.set(key, body)
  }
  return body
}

/**
 * The file a request's path names inside `root`, or why there is none: a broken escape is a bad
 * request (it once stopped the server), and a path that resolves outside `root` (`/..%2fx`,
 * `dist-secret` beside `dist`) is refused, compared by whole path segments.
 */
function fileOf(url) {
  let path
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
  } catch {
    return { status: 400 }
  }
  if (path.includes('\0')) return { status: 400 }
  if (path.startsWith(subPath)) path = `/${path.slice(subPath.length)}`
  if (path.endsWith('/')) path += 'index.html'
  const file = resolve(root, `.${path}`)
  return file.startsWith(root + sep) ? { file } : { status: 403 }
}

/**
 * Who may frame a page: the app itself only (a site that frames it could trick a reader into
 * loading its data); the embed (`embed=1`) anyone, so it says nothing (`frame-ancestors *` would
 * still refuse a host page without an http(s) address, such as one written into a blank frame).
 * A meta CSP cannot say this; a header can.
 */
const framing = (url) =>
  /[?&]embed=(1|true)(&|$)/.test(url ?? '')
    ? {}
    : { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' }

createServer(async (request, response) => {
  const { file, status } = fileOf(request.url)
  if (!file) {
    response.writeHead(status, { 'Content-Type': 'text/plain' }).end()
    return
  }
  try {
    const stats = await stat(file)
    if (!stats.isFile()) throw new Error('not a file')
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    // Compressed as any static host sends text: the lab's phone network then carries what a
    // reader's would, not three times as much.
    const gzip =
      /^(text|application\/json|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    const body = gzip ? await gzipped(file, stats) : null
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(type.startsWith('text/html') ? framing(request.url) : {}),
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    if (body) response.end(body)
    else createReadStream(file).pipe(response)
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${port}/ and http://127.0.0.1:${port}${subPath}`)
})
