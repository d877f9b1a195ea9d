/** The sums behind `sobolIndices`, for the whole design or one bootstrap reweighting of it. */
export interface SobolMoments {
  /** Mean output over the A and B rows (all replications). */
  readonly mean: number;
  /** One replication's variance about its set's mean, pooled over the A and B rows (0 with one replication). */
  readonly replicationVariance: number;
  /**
   * V, V_i and V_Ti (numerators of S_i and S_Ti) with base rows weighted by `rowWeights` and replications by
   * `columnWeights` (all 1 when null); noise-corrected when there are 2 or more replications.
   */
  estimate(rowWeights: Float64Array | null, columnWeights: Float64Array | null): SobolPartials;
  /** The same estimators on the per-set means, ignoring their noise. */
  uncorrected(): SobolPartials;
}

export interface SobolPartials {
  readonly variance: number;
  readonly first: Float64Array;
  readonly total: Float64Array;
}

/**
 * Prepares the estimators of `sobolIndices` on row-major outputs (`baseCount·(k + 2)` rows in SALib's order ×
 * `replications`). With r ≥ 2 every product is a U-statistic over pairs of different replications: for
 * weights w, Σ_{k≠l} w_k w_l x_k y_l / Σ_{k≠l} w_k w_l = ((Σ w x)(Σ w y) − Σ w² x y) / ((Σ w)² − Σ w²).
 * Hot path of the bootstrap: O(baseCount · k · r) per call, no allocation in the loops.
 */
export function sobolMoments(values: Float64Array, baseCount: number, dimensions: number, replications: number): SobolMoments {
  const k = dimensions;
  const r = replications;
  const stride = k + 2;
  let sum = 0;
  let squares = 0;
  for (let j = 0; j < baseCount; j++) {
    for (const row of [j * stride, j * stride + k + 1]) {
      let rowSum = 0;
      for (let c = 0; c < r; c++) rowSum += values[row * r + c];
      const rowMean = rowSum / r;
      sum += rowSum;
      if (r > 1) for (let c = 0; c < r; c++) squares += (values[row * r + c] - rowMean) ** 2;
    }
  }
  const mean = sum / (2 * baseCount * r);
  const replicationVariance = r > 1 ? squares / (2 * baseCount * (r - 1)) : 0;
  // Centring changes no index but makes V_i's products small numbers: far less bootstrap noise.
  const y = values.map((v) => v - mean);
  const ones = new Float64Array(r).fill(1);
  return {
    mean,
    replicationVariance,
    estimate: (rowWeights, columnWeights) =>
      r === 1 ? plainPartials(y, baseCount, k, rowWeights) : replicatedPartials(y, baseCount, k, r, rowWeights, columnWeights ?? ones),
    uncorrected() {
      const means = new Float64Array(baseCount * stride);
      for (let row = 0; row < means.length; row++) {
        let rowSum = 0;
        for (let c = 0; c < r; c++) rowSum += y[row * r + c];
        means[row] = rowSum / r;
      }
      return plainPartials(means, baseCount, k, null);
    },
  };
}

function plainPartials(y: Float64Array, baseCount: number, k: number, rowWeights: Float64Array | null): SobolPartials {
  const stride = k + 2;
  const first = new Float64Array(k);
  const total = new Float64Array(k);
  let weightSum = 0;
  let m1 = 0;
  let m2 = 0;
  for (let j = 0; j < baseCount; j++) {
    const u = rowWeights === null ? 1 : rowWeights[j];
    if (u === 0) continue;
    weightSum += u;
    const base = j * stride;
    const a = y[base];
    const b = y[base + k + 1];
    m1 += (u * (a + b)) / 2;
    m2 += (u * (a * a + b * b)) / 2;
    for (let i = 0; i < k; i++) {
      const d = y[base + 1 + i] - a;
      first[i] += u * b * d;
      total[i] += (u * d * d) / 2;
    }
  }
  for (let i = 0; i < k; i++) {
    first[i] /= weightSum;
    total[i] /= weightSum;
  }
  const centre = m1 / weightSum;
  return { variance: m2 / weightSum - centre * centre, first, total };
}

function replicatedPartials(
  y: Float64Array,
  baseCount: number,
  k: number,
  r: number,
  rowWeights: Float64Array | null,
  w: Float64Array,
): SobolPartials {
  const stride = k + 2;
  const first = new Float64Array(k);
  const total = new Float64Array(k);
  const w2 = new Float64Array(r);
  let wSum = 0;
  let w2Sum = 0;
  for (let c = 0; c < r; c++) {
    w2[c] = w[c] * w[c];
    wSum += w[c];
    w2Sum += w2[c];
  }
  const pairs = wSum * wSum - w2Sum;
  const columnMeans = new Float64Array(r);
  let weightSum = 0;
  let secondMoment = 0;
  for (let j = 0; j < baseCount; j++) {
    const u = rowWeights === null ? 1 : rowWeights[j];
    if (u === 0) continue;
    weightSum += u;
    const aAt = j * stride * r;
    const bAt = (j * stride + k + 1) * r;
    let sa = 0;
    let sb = 0;
    let saa = 0;
    let sbb = 0;
    for (let c = 0; c < r; c++) {
      const a = y[aAt + c];
      const b = y[bAt + c];
      sa += w[c] * a;
      sb += w[c] * b;
      saa += w2[c] * a * a;
      sbb += w2[c] * b * b;
      columnMeans[c] += (u * (a + b)) / 2;
    }
    secondMoment += (u * (sa * sa - saa + (sb * sb - sbb))) / (2 * pairs);
    for (let i = 0; i < k; i++) {
      const cAt = (j * stride + 1 + i) * r;
      let sd = 0;
      let sbd = 0;
      let sdd = 0;
      for (let c = 0; c < r; c++) {
        const d = y[cAt + c] - y[aAt + c];
        sd += w[c] * d;
        sbd += w2[c] * y[bAt + c] * d;
        sdd += w2[c] * d * d;
      }
      first[i] += (u * (sb * sd - sbd)) / pairs;
      total[i] += (u * (sd * sd - sdd)) / (2 * pairs);
    }
  }
  let sm = 0;
  let smm = 0;
  for (let c = 0; c < r; c++) {
    const m = columnMeans[c] / weightSum;
    sm += w[c] * m;
    smm += w2[c] * m * m;
  }
  for (let i = 0; i < k; i++) {
    first[i] /= weightSum;
    total[i] /= weightSum;
  }
  return { variance: secondMoment / weightSum - (sm * sm - smm) / pairs, first, total };
}
