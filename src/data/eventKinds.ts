/**
 * What kind of turn an event is: each has its own shape and word on the charts. Apart from the
 * schema so that the trend's event lane reads the kinds without loading zod.
 */
export const EVENT_KINDS = [
  'moratorium',
  'moratorium_lifted',
  'grid_limit',
  'policy',
  'incentive',
  'power_price',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]
