/**
 * The map's panels: one per region, each with the part of the world it shows and a projection
 * that suits it. Shared by the app and the build step that cuts the country shapes to them.
 */
export type PanelId = 'southeast-asia' | 'europe' | 'asia-pacific-other'

export type Panel = {
  id: PanelId
  /** [west, south, east, north] in degrees: what the panel shows (and the shapes kept for it). */
  extent: readonly [number, number, number, number]
  /**
   * Mercator near the equator (Southeast Asia: little distortion there), Lambert's conformal
   * conic for Europe (the European mapping standard at this scale), an equal-area azimuthal view
   * centred on the wide Asia Pacific panel.
   */
  projection: 'mercator' | 'conic-conformal' | 'azimuthal-equal-area'
}

export const PANELS: readonly Panel[] = [
  { id: 'southeast-asia', extent: [92, -11.5, 127, 23.5], projection: 'mercator' },
  { id: 'europe', extent: [-11, 35, 31, 65], projection: 'conic-conformal' },
  { id: 'asia-pacific-other', extent: [66, -44, 154, 46], projection: 'azimuthal-equal-area' },
]
