/**
 * Dense linear algebra for absorbing Markov chains, exact up to floating point and deterministic.
 * Matrices are row-major Float64Arrays of m×m. The chains here are I − Q with Q sub-stochastic and
 * every state able to reach absorption, so I − Q is non-singular and weakly diagonally dominant:
 * Gaussian elimination is stable; partial pivoting is kept anyway for safety.
 */

/** (I − Q)⁻¹, the fundamental matrix: N[i][j] = expected visits to j starting from i. */
export function invert(matrix: Float64Array, m: number): Float64Array | null {
  const a = Float64Array.from(matrix);
  const inv = new Float64Array(m * m);
  for (let i = 0; i < m; i++) inv[i * m + i] = 1;
  for (let col = 0; col < m; col++) {
    let pivot = col;
    let best = Math.abs(a[col * m + col]);
    for (let r = col + 1; r < m; r++) {
      const v = Math.abs(a[r * m + col]);
      if (v > best) {
        best = v;
        pivot = r;
      }
    }
    if (best === 0) return null;
    if (pivot !== col) {
      swapRows(a, m, pivot, col);
      swapRows(inv, m, pivot, col);
    }
    const scale = 1 / a[col * m + col];
    for (let k = 0; k < m; k++) {
      a[col * m + k] *= scale;
      inv[col * m + k] *= scale;
    }
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const f = a[r * m + col];
      if (f === 0) continue;
      const ro = r * m;
      const co = col * m;
      for (let k = 0; k < m; k++) {
        a[ro + k] -= f * a[co + k];
        inv[ro + k] -= f * inv[co + k];
      }
    }
  }
  return inv;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting; null when singular. */
export function solve(matrix: Float64Array, rhs: Float64Array, m: number): Float64Array | null {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(rhs);
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) {
      if (Math.abs(a[r * m + col]) > Math.abs(a[pivot * m + col])) pivot = r;
    }
    if (a[pivot * m + col] === 0) return null;
    if (pivot !== col) {
      swapRows(a, m, pivot, col);
      [b[pivot], b[col]] = [b[col], b[pivot]];
    }
    for (let r = col + 1; r < m; r++) {
      const f = a[r * m + col] / a[col * m + col];
      if (f === 0) continue;
      for (let k = col; k < m; k++) a[r * m + k] -= f * a[col * m + k];
      b[r] -= f * b[col];
    }
  }
  const x = new Float64Array(m);
  for (let r = m - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < m; k++) s -= a[r * m + k] * x[k];
    x[r] = s / a[r * m + r];
  }
  return x;
}

/** y = M·v for an m×m matrix. */
export function multiply(matrix: Float64Array, v: Float64Array, m: number): Float64Array {
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += matrix[i * m + j] * v[j];
    y[i] = s;
  }
  return y;
}

function swapRows(a: Float64Array, m: number, r1: number, r2: number): void {
  for (let k = 0; k < m; k++) {
    const t = a[r1 * m + k];
    a[r1 * m + k] = a[r2 * m + k];
    a[r2 * m + k] = t;
  }
}
