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
   * Spread of a building's damage capacity. Hazus gives its lifeline-facility building curves in peak
   * ground acceleration, all with β 0.4; the JMA formula turns acceleration into intensity (slope 2 per
   * decade) and the model's PGV conversion (slope 1.72) turns intensity into the PGV the model's β is of.
   */
  buildingFragilityBeta: {
    value: 0.47,
    source:
      '[hazus-lifeline-buildings] every lifeline-facility building curve has β 0.4 in ln PGA; [jma-instrumental-intensity] I = 2·log10 a + 0.94, so 0.4 in ln a is 0.4 × 2/ln 10 = 0.35 of an intensity unit, which the model\'s I = 2.68 + 1.72·log10 PGV makes 0.35 × ln 10/1.72 = 0.4 × 2/1.72 = 0.47 in ln PGV',
  },

  /**
   * Median intensities of the buildings the presets put servers and tapes in: the Hazus equivalent-PGA
   * median of Extensive damage (the building closed for repair), turned into intensity by the JMA
   * formula with the peak acceleration taken for a. The JMA a is the level the filtered motion holds for
   * 0.3 s, below the peak, so these intensities are if anything high. Which Hazus class and code level
   * stands for which building is the preset's picture of it (none surveyed).
   */
  olderLowRiseHallMedian: {
    value: 6.3,
    source:
      '[hazus-lifeline-buildings] a low-rise concrete shear-wall building of moderate code (an older 庁舎, taken as such) is extensively damaged at a median 0.49 g = 481 gal; [jma-instrumental-intensity] 2·log10 481 + 0.94 = 6.3 (the peak taken for a)',
  },
  retrofittedMidRiseMedian: {
    value: 6.4,
    source:
      '[hazus-lifeline-buildings] a mid-rise concrete shear-wall building of moderate code (an older building retrofitted to the standard, taken as such) is extensively damaged at a median 0.55 g = 539 gal; [jma-instrumental-intensity] 2·log10 539 + 0.94 = 6.4 (the peak taken for a)',
  },
  retrofittedHighRiseHallMedian: {
    value: 6.4,
    source:
      '[hazus-lifeline-buildings] a high-rise concrete shear-wall building of moderate code (a retrofitted older high-rise, taken as such) is extensively damaged at a median 0.57 g = 559 gal; [jma-instrumental-intensity] 2·log10 559 + 0.94 = 6.4 (the peak taken for a)',
  },
  highCodeMidRiseMedian: {
    value: 6.8,
    source:
      '[hazus-lifeline-buildings] a mid-rise concrete shear-wall building of high code (built to a modern seismic code, taken as such) is extensively damaged at a median 0.87 g = 853 gal; [jma-instrumental-intensity] 2·log10 853 + 0.94 = 6.8 (the peak taken for a)',
  },
  highCodeLowRiseMedian: {
    value: 6.8,
    source:
      '[hazus-lifeline-buildings] a low-rise concrete shear-wall building of high code (a newer building to a modern seismic code, taken as such) is extensively damaged at a median 0.90 g = 883 gal; [jma-instrumental-intensity] 2·log10 883 + 0.94 = 6.8 (the peak taken for a)',
  },
  highCodeSteelWarehouseMedian: {
    value: 6.7,
    source:
      '[hazus-lifeline-buildings] a low-rise steel braced-frame building of high code (a 耐震 warehouse, taken as such) is extensively damaged at a median 0.76 g = 745 gal; [jma-instrumental-intensity] 2·log10 745 + 0.94 = 6.7 (the peak taken for a)',
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
