/**
 * Download → Animation (WebM): the timeline played from its first year to its last, each frame
 * the same framed snapshot as the PNG export (title, legend, year, source line, link), recorded
 * in the browser with MediaRecorder. Nothing leaves the machine.
 *
 * First every year is drawn and snapshotted (quickly, the page stepping through the years by
 * replacing its address, then put back); then the frames are played onto a canvas, one a second,
 * and recorded. fix-webm-duration writes the length into the file, which Chrome's recorder
 * leaves out (players then show no duration and slide tools refuse to seek).
 */
import fixWebmDuration from 'fix-webm-duration'
import { t } from '../i18n/locale'
import { type Snapshot, snapshotImage } from './snapshotSvg'

/** As the timeline plays: a year a second; the last year stays a little longer. */
const HOLD_MS = 1000
const LAST_HOLD_MS = 1500
/** A held frame is sent again this often, so the video lasts as long as the play. */
const REFRESH_MS = 200
const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']

export type AnimationSource = {
  years: readonly number[]
  /** Draws the chart for a year (the address replaced, not pushed). */
  show: (year: number) => void
  /** Puts back the year shown before. */
  restore: () => void
  /** The framed snapshot of the chart as drawn now. */
  snapshot: () => Promise<Snapshot>
  /** The chart's element, watched until a year is fully drawn. */
  chart: () => Element | null
  onProgress: (message: string) => void
}

export const canRecord = () =>
  typeof MediaRecorder !== 'undefined' && TYPES.some((type) => MediaRecorder.isTypeSupported(type))

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))

/** Resolves once the chart has not changed for a moment (a chart may draw in several passes). */
async function drawn(chart: Element | null): Promise<void> {
  await frame()
  await frame()
  if (!chart) return
  let last = performance.now()
  const observer = new MutationObserver(() => {
    last = performance.now()
  })
  observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true })
  const give = performance.now() + 2000
  while (performance.now() - last < 150 && performance.now() < give) await sleep(50)
  observer.disconnect()
}

async function snapshots(source: AnimationSource): Promise<Snapshot[]> {
  const shots: Snapshot[] = []
  try {
    for (const [i, year] of source.years.entries()) {
      source.onProgress(
        t('export.animation.drawing', {
          year: String(year),
          index: i + 1,
          count: source.years.length,
        }),
      )
      source.show(year)
      await drawn(source.chart())
      shots.push(await source.snapshot())
    }
  } finally {
    source.restore()
  }
  return shots
}

/** Records the frames, each held as the timeline holds a year; resolves to the WebM file. */
async function record(shots: Snapshot[], background: string): Promise<Blob> {
  const type = TYPES.find((candidate) => MediaRecorder.isTypeSupported(candidate)) as string
  const images = await Promise.all(shots.map(snapshotImage))
  const canvas = document.createElement('canvas')
  // Even sides: the video codecs want them.
  canvas.width = Math.ceil(Math.max(...shots.map((s) => s.width)) / 2) * 2
  canvas.height = Math.ceil(Math.max(...shots.map((s) => s.height)) / 2) * 2
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
  const stream = canvas.captureStream(0)
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 })
  const chunks: Blob[] = []
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data)
  }
  const stopped = new Promise((resolve) => {
    recorder.onstop = resolve
  })
  const started = performance.now()
  recorder.start()
  for (const [i, image] of images.entries()) {
    const until = performance.now() + (i === images.length - 1 ? LAST_HOLD_MS : HOLD_MS)
    while (performance.now() < until) {
      // Drawn again each time: a canvas left untouched sends no frame, and the video would end
      // the moment the last year appeared.
      ctx.fillStyle = background
      ctx.fillRect(0, 0, canvas.width, canvas.height)
      ctx.drawImage(image, 0, 0)
      track.requestFrame()
      await sleep(Math.min(REFRESH_MS, Math.max(0, until - performance.now())))
    }
  }
  recorder.stop()
  await stopped
  for (const t of stream.getTracks()) t.stop()
  const duration = performance.now() - started
  return fixWebmDuration(new Blob(chunks, { type: 'video/webm' }), duration, { logger: false })
}

export async function recordAnimation(
  source: AnimationSource,
): Promise<{ video: Blob; width: number; height: number; seconds: number }> {
  if (!canRecord()) throw new Error(t('export.animation.unsupported'))
  const shots = await snapshots(source)
  source.onProgress(t('export.animation.recording', { count: shots.length }))
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg') || '#fff'
  const video = await record(shots, background)
  return {
    video,
    width: Math.max(...shots.map((s) => s.width)),
    height: Math.max(...shots.map((s) => s.height)),
    seconds: (HOLD_MS * (shots.length - 1) + LAST_HOLD_MS) / 1000,
  }
}
