import type { CDPSession, Page } from '@playwright/test'

export type Takeover = {
  longTasks: { start: number; duration: number }[]
  lcp: { time: number; size: number; tag: string | null; painted: boolean }[]
  goneAt: number | null
  painted: string[] | null
  app: string[] | null
  repliedAt: number
  viewDrawnAt: number
  firstPaint: number
  tappedAt: number
  longest: number
  /** What the longest task was made of: scripts (the longest named), style and layout, the rest. */
  cause: string
  lastLcp: { time: number; size: number; tag: string | null; painted: boolean } | null
}

export function watchTakeover(
  page: Page,
  url: string,
  options?: { rate?: number; tab?: string },
): Promise<Takeover>

export function read(cdp: CDPSession, expression: string): Promise<unknown>
export function until(cdp: CDPSession, expression: string, timeout?: number): Promise<unknown>

export function watchPlainLoad(
  page: Page,
  url: string,
  options?: { rate?: number; drawn?: string },
): Promise<{ longest: number; cause: string }>

export type LongFrame = {
  start: number
  end: number
  layout: number
  scripts: { where: string; duration: number; forcedLayout: number }[]
}

export function longestWithCause(
  tasks: { start: number; duration: number }[],
  frames: LongFrame[],
): { longest: number; cause: string }
