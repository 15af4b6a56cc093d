/**
 * The preview server (scripts/serveStatic.mjs) under the requests issue 30 made: a broken escape
 * once stopped it, and a folder beside the build that shares its name's start was served.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const PORT = 4391
let server: ChildProcess

/** A raw request: the path goes out as written, not normalised by a URL parser. */
function get(path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: PORT, path }, (res) => {
      res.resume()
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', fail)
    req.end()
  })
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'serve-'))
  mkdirSync(join(base, 'dist'))
  mkdirSync(join(base, 'dist-secret'))
  writeFileSync(join(base, 'dist', 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(base, 'dist-secret', 'secret.txt'), 'secret')
  server = spawn(process.execPath, ['scripts/serveStatic.mjs', join(base, 'dist'), String(PORT)])
  await new Promise<void>((ready) => server.stdout?.once('data', () => ready()))
})
afterAll(() => {
  server.kill()
})

describe('the preview server', () => {
  it('answers a broken escape with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400)
    expect((await get('/')).status).toBe(200)
  })

  it('never serves a file from outside its folder, however the path is written', async () => {
    for (const path of [
      '/..%2fdist-secret/secret.txt',
      '/../dist-secret/secret.txt',
      '/%2e%2e/dist-secret/secret.txt',
      '/published/under/a/sub-path/..%2f..%2fdist-secret/secret.txt',
    ])
      expect([403, 404], path).toContain((await get(path)).status)
  })

  it('lets only its own pages frame the app, and anyone frame the embed', async () => {
    const app = await get('/?view=ranking')
    expect(app.headers['content-security-policy']).toBe("frame-ancestors 'self'")
    expect(app.headers['x-frame-options']).toBe('SAMEORIGIN')
    const embed = await get('/?view=ranking&embed=1')
    expect(embed.headers['content-security-policy']).toBeUndefined()
    expect(embed.headers['x-frame-options']).toBeUndefined()
  })
})
