/**
 * Numbers of the ground and of the buildings that every preset holds in the same way, written once so
 * that one belief reads (and counts) the same wherever it is used. Plain data; every number carries its
 * source.
 */
export const siteAndGroundSources = {
  /**
   * Scatter of the site intensity about its median. The national hazard maps give the log10 PGV scatter
   * of the attenuation law; the model turns PGV into intensity with the slope 1.72 (`attenuation.ts`), so
   * the intensity scatter is 1.72 times it. The near-source crustal value is taken because damaging
   * shaking comes from near sources; the model holds one value for all distances and quake types.
   */
  intensitySigma: {
    value: 0.4,
    source:
      '[nied-hazard-maps-2009] the log10 PGV scatter about the Si & Midorikawa median is 0.23 within 20 km of a crustal rupture (0.15–0.20 farther and for plate quakes): × 1.72, the slope of the model\'s conversion I = 2.68 + 1.72·log10 PGV, = 0.40',
  },

  /**
   * PGV amplification of a site on firm ground, the engineering bedrock (Vs 400 m/s) of the national
   * hazard maps: NIED's factor from the law's Vs 600 m/s base. Used for sites whose ground nobody has
   * surveyed for the presets (data centres, a vault); the class of their ground is the assumption.
   */
  firmGroundAmplification: {
    value: 1.4,
    source:
      '[nied-hazard-maps-2009] PGV on the Vs 400 m/s engineering bedrock of the hazard maps is 1.41 times that on the law\'s Vs 600 m/s base: 1.4 for a site on such firm ground (the site\'s ground class not surveyed)',
  },

  /**
   * Height above the ground of a server room one storey up in a town or city hall: one office storey.
   * That the room is on the first floor above the ground floor is the preset's picture of the hall.
   */
  hallFirstFloorM: {
    value: 4,
    source: '[nikkei-xtech-floor-height-2009] an office storey is about 4 m from floor to floor: a server room one storey up stands about 4 m above the ground',
  },

  /** Height above the ground of a data centre's machine room one storey up: one data-centre storey. */
  dataCentreFirstFloorM: {
    value: 5,
    source: '[nikkei-xtech-floor-height-2009] a data-centre storey is 4.4–6 m from floor to floor: a machine room one storey up stands about (4.4 + 6) / 2 ≈ 5 m above the ground',
  },
};
