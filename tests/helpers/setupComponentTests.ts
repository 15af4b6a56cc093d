/**
 * Setup for component tests in jsdom: the MSW server (unhandled requests fail the test), and
 * the one place that fakes layout. jsdom lays nothing out, so Recharts' responsive chart would
 * measure 0x0 and draw nothing; here every element measures 800 px wide and its CSS height.
 * Real geometry is checked in Playwright, not here.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from '../../mocks/node'

export const FAKE_WIDTH = 800

// A test waits for what it needs to appear, not for a fixed time: a view's code loads on first
// use, and on a loaded machine (two suites at once) or a clean clone (Vite transforming Recharts
// for the first time) that took seconds. The bounds are only there to end a test that hangs.
configure({ asyncUtilTimeout: 15_000 })

class FakeResizeObserver {
  constructor(private callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const height = Number.parseFloat((target as HTMLElement).style?.height) || 400
    const rect = {
      width: FAKE_WIDTH,
      height,
      top: 0,
      left: 0,
      right: FAKE_WIDTH,
      bottom: height,
      x: 0,
      y: 0,
    }
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    )
  }
  unobserve() {}
  disconnect() {}
}

globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver
HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
  const height = Number.parseFloat(this.style?.height) || 400
  return {
    width: FAKE_WIDTH,
    height,
    top: 0,
    left: 0,
    right: FAKE_WIDTH,
    bottom: height,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  }
}
Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { configurable: true, get: () => FAKE_WIDTH },
  offsetHeight: {
    configurable: true,
    get() {
      return Number.parseFloat((this as HTMLElement).style?.height) || 400
    },
  },
  clientWidth: { configurable: true, get: () => FAKE_WIDTH },
})

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())
