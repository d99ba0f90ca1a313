//! Self-attention over packed sequences, as a candle custom op.
//!
//! The batch's tokens are packed into one [T, 3H] Q|K|V matrix with no padding (the dense
//! layers then do no wasted work); each sequence attends only to its own tokens. A sequence's
//! rows are first copied into compact per-head buffers (Q scaled, Kᵀ, V), so the inner loops
//! run on data in L1/L2 instead of striding through the [T, 3H] matrix. Sequences and, within
//! them, heads are spread over the rayon pool.

use candle_core::{CpuStorage, CustomOp1, Layout, Shape};
use rayon::prelude::*;

pub(crate) struct Attention {
    /// (first token, length) of each sequence in the packed batch, in order, not overlapping.
    pub segments: Vec<(usize, usize)>,
    pub heads: usize,
}

impl CustomOp1 for Attention {
    fn name(&self) -> &'static str {
        "packed-attention"
    }

    fn cpu_fwd(
        &self,
        storage: &CpuStorage,
        layout: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        let CpuStorage::F32(data) = storage else {
            candle_core::bail!("packed-attention needs f32 input");
        };
        let Some((start, end)) = layout.contiguous_offsets() else {
            candle_core::bail!("packed-attention needs a contiguous input");
        };
        let (t, h3) = layout.shape().dims2()?;
        if h3 % (3 * self.heads) != 0 {
            candle_core::bail!("packed-attention: {h3} columns do not split into Q, K, V heads");
        }
        let hd = h3 / 3;
        let mut out = vec![0f32; t * hd];
        // Carve the output into one slice per sequence.
        let mut rest: &mut [f32] = &mut out;
        let mut at = 0;
        let mut jobs = Vec::with_capacity(self.segments.len());
        for &(a, n) in &self.segments {
            if a < at || a + n > t {
                candle_core::bail!(
                    "packed-attention: segments must be ordered, disjoint and inside {t} tokens"
                );
            }
            let (_, tail) = rest.split_at_mut((a - at) * hd);
            let (mine, tail) = tail.split_at_mut(n * hd);
            jobs.push((a, n, mine));
            rest = tail;
            at = a + n;
        }
        let qkv = &data[start..end];
        jobs.into_par_iter().for_each(|(a, n, out)| {
            sequence_attention(&qkv[a * h3..(a + n) * h3], n, hd, self.heads, out)
        });
        Ok((CpuStorage::F32(out), Shape::from((t, hd))))
    }
}

/// Compact copies of one head's Q (pre-scaled), Kᵀ (rows padded to `np`) and V.
struct HeadData {
    q: Vec<f32>,
    kt: Vec<f32>,
    v: Vec<f32>,
    np: usize,
}

impl HeadData {
    /// Head `h`'s slices of a sequence's [n, 3H] rows. Kᵀ is filled row by row (strided reads,
    /// contiguous writes): the rows' cache lines stay in L1 across the 16 columns they hold.
    fn gather(
        rows: &[f32],
        n: usize,
        hd: usize,
        d: usize,
        h: usize,
        scale: f32,
        np: usize,
    ) -> Self {
        let mut q = Vec::with_capacity(n * d);
        let mut v = Vec::with_capacity(n * d);
        for row in rows.chunks_exact(3 * hd) {
            q.extend(row[h * d..(h + 1) * d].iter().map(|x| x * scale));
            v.extend_from_slice(&row[2 * hd + h * d..2 * hd + (h + 1) * d]);
        }
        let mut kt = vec![0f32; d * np];
        for (e, kt_row) in kt.chunks_exact_mut(np).enumerate() {
            let col = hd + h * d + e;
            for (dst, row) in kt_row.iter_mut().zip(rows.chunks_exact(3 * hd)) {
                *dst = row[col];
            }
        }
        HeadData { q, kt, v, np }
    }
}

/// Attention for one sequence: `rows` is its [n, 3H] slice, `out` its [n, H] output.
fn sequence_attention(rows: &[f32], n: usize, hd: usize, heads: usize, out: &mut [f32]) {
    let d = hd / heads;
    let scale = 1.0 / (d as f32).sqrt();
    // Padding to 64 keys lets the vector kernel run 4 independent accumulators.
    let np = n.div_ceil(64) * 64;
    let results: Vec<Vec<f32>> = (0..heads)
        .into_par_iter()
        .map(|h| head_attention(&HeadData::gather(rows, n, hd, d, h, scale, np), n, d))
        .collect();
    for (h, r) in results.iter().enumerate() {
        for (o, src) in out.chunks_exact_mut(hd).zip(r.chunks_exact(d)) {
            o[h * d..(h + 1) * d].copy_from_slice(src);
        }
    }
}

fn head_attention(hdata: &HeadData, n: usize, d: usize) -> Vec<f32> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f") {
        // SAFETY: AVX-512F is present; the kernels index within the buffers' sizes.
        unsafe {
            match d {
                16 => return head_attention_avx512::<1>(hdata, n),
                32 => return head_attention_avx512::<2>(hdata, n),
                64 => return head_attention_avx512::<4>(hdata, n),
                _ => {}
            }
        }
    }
    head_attention_generic(hdata, n, d)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn head_attention_avx512<const NV: usize>(hd: &HeadData, n: usize) -> Vec<f32> {
    assert!(
        hd.q.len() == n * NV * 16 && hd.v.len() == n * NV * 16 && hd.kt.len() == NV * 16 * hd.np
    );
    assert!(hd.np >= n && hd.np.is_multiple_of(64));
    let mut s = vec![0f32; 2 * hd.np];
    let mut out = vec![0f32; n * NV * 16];
    let mut t = 0;
    // Two queries at a time: every K and V load feeds two FMAs.
    while t + 2 <= n {
        queries_avx512::<NV, 2>(hd, n, t, &mut s, &mut out);
        t += 2;
    }
    if t < n {
        queries_avx512::<NV, 1>(hd, n, t, &mut s, &mut out);
    }
    out
}

/// Attention of queries t0..t0+QB of one head. `s` holds QB rows of `np` scores.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
#[inline]
#[allow(clippy::needless_range_loop)]
unsafe fn queries_avx512<const NV: usize, const QB: usize>(
    hd: &HeadData,
    n: usize,
    t0: usize,
    s: &mut [f32],
    out: &mut [f32],
) {
    use std::arch::x86_64::*;
    let d = NV * 16;
    let np = hd.np;
    let valid = |blk: usize| -> __mmask16 {
        if blk + 16 <= n {
            0xFFFF
        } else if blk >= n {
            0
        } else {
            ((1u32 << (n - blk)) - 1) as u16
        }
    };
    let (kt, v, sp) = (hd.kt.as_ptr(), hd.v.as_ptr(), s.as_mut_ptr());
    let q = hd.q.as_ptr().add(t0 * d);
    let mut mx = [_mm512_set1_ps(f32::NEG_INFINITY); QB];
    for blk in (0..np).step_by(64) {
        // 4 key vectors × QB queries: independent FMA chains hide the FMA latency.
        let mut acc = [[_mm512_setzero_ps(); 4]; QB];
        for e in 0..d {
            let mut k = [_mm512_setzero_ps(); 4];
            for (j, kj) in k.iter_mut().enumerate() {
                *kj = _mm512_loadu_ps(kt.add(e * np + blk + 16 * j));
            }
            for (i, ai) in acc.iter_mut().enumerate() {
                let qe = _mm512_set1_ps(*q.add(i * d + e));
                for (aij, kj) in ai.iter_mut().zip(&k) {
                    *aij = _mm512_fmadd_ps(qe, *kj, *aij);
                }
            }
        }
        for (i, ai) in acc.iter().enumerate() {
            for (j, aij) in ai.iter().enumerate() {
                // Padded keys take no part in the maximum.
                mx[i] = _mm512_mask_max_ps(mx[i], valid(blk + 16 * j), mx[i], *aij);
                _mm512_storeu_ps(sp.add(i * np + blk + 16 * j), *aij);
            }
        }
    }
    let mut inv = [_mm512_setzero_ps(); QB];
    for i in 0..QB {
        let m = _mm512_set1_ps(_mm512_reduce_max_ps(mx[i]));
        let mut sum = _mm512_setzero_ps();
        for blk in (0..n.div_ceil(16) * 16).step_by(16) {
            let p = sp.add(i * np + blk);
            let e = _mm512_maskz_mov_ps(valid(blk), exp512(_mm512_sub_ps(_mm512_loadu_ps(p), m)));
            sum = _mm512_add_ps(sum, e);
            _mm512_storeu_ps(p, e);
        }
        inv[i] = _mm512_set1_ps(1.0 / _mm512_reduce_add_ps(sum));
    }
    // Σ p_u v_u, two keys at a time into separate accumulators (latency again).
    let mut o = [[[_mm512_setzero_ps(); NV]; QB]; 2];
    let mut u = 0;
    while u < n {
        let lanes = if u + 2 <= n { 2 } else { 1 };
        for (k, ok) in o.iter_mut().enumerate().take(lanes) {
            let mut vv = [_mm512_setzero_ps(); NV];
            for (j, vj) in vv.iter_mut().enumerate() {
                *vj = _mm512_loadu_ps(v.add((u + k) * d + 16 * j));
            }
            for (i, oki) in ok.iter_mut().enumerate() {
                let p = _mm512_set1_ps(*sp.add(i * np + u + k));
                for (okij, vj) in oki.iter_mut().zip(&vv) {
                    *okij = _mm512_fmadd_ps(p, *vj, *okij);
                }
            }
        }
        u += 2;
    }
    for i in 0..QB {
        for j in 0..NV {
            let total = _mm512_add_ps(o[0][i][j], o[1][i][j]);
            _mm512_storeu_ps(
                out.as_mut_ptr().add((t0 + i) * d + 16 * j),
                _mm512_mul_ps(total, inv[i]),
            );
        }
    }
}

/// [`exp_fast`] on 16 lanes.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn exp512(x: std::arch::x86_64::__m512) -> std::arch::x86_64::__m512 {
    use std::arch::x86_64::*;
    let x = _mm512_max_ps(x, _mm512_set1_ps(-87.0));
    let n = _mm512_roundscale_ps::<{ _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC }>(
        _mm512_mul_ps(x, _mm512_set1_ps(std::f32::consts::LOG2_E)),
    );
    let r = _mm512_fmadd_ps(n, _mm512_set1_ps(-0.693_359_4), x);
    let r = _mm512_fmadd_ps(n, _mm512_set1_ps(2.121_944_4e-4), r);
    let mut p = _mm512_set1_ps(1.987_569_1e-4);
    for c in [
        1.398_2e-3,
        8.333_452e-3,
        4.166_579_6e-2,
        1.666_666_5e-1,
        5e-1,
    ] {
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(c));
    }
    let e = _mm512_add_ps(
        _mm512_fmadd_ps(_mm512_mul_ps(p, r), r, r),
        _mm512_set1_ps(1.0),
    );
    let pow2 = _mm512_slli_epi32::<23>(_mm512_add_epi32(
        _mm512_cvtps_epi32(n),
        _mm512_set1_epi32(127),
    ));
    _mm512_mul_ps(e, _mm512_castsi512_ps(pow2))
}

/// Portable version (any CPU, any head size).
fn head_attention_generic(hd: &HeadData, n: usize, d: usize) -> Vec<f32> {
    let np = hd.np;
    let mut out = vec![0f32; n * d];
    let mut s = vec![0f32; n];
    for t in 0..n {
        s.iter_mut().for_each(|x| *x = 0.0);
        for (e, &qe) in hd.q[t * d..(t + 1) * d].iter().enumerate() {
            for (x, &k) in s.iter_mut().zip(&hd.kt[e * np..e * np + n]) {
                *x = qe.mul_add(k, *x);
            }
        }
        let mx = s.iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
        for x in s.iter_mut() {
            *x = exp_fast(*x - mx);
        }
        let inv = 1.0 / pairwise_sum(&s);
        let o = &mut out[t * d..(t + 1) * d];
        for (u, &p) in s.iter().enumerate() {
            let p = p * inv;
            for (x, &v) in o.iter_mut().zip(&hd.v[u * d..(u + 1) * d]) {
                *x = p.mul_add(v, *x);
            }
        }
    }
    out
}

/// Sum in 16 independent lanes (vectorisable), then across them.
#[inline(always)]
fn pairwise_sum(v: &[f32]) -> f32 {
    let mut lanes = [0f32; 16];
    let mut chunks = v.chunks_exact(16);
    for c in &mut chunks {
        for (l, &x) in lanes.iter_mut().zip(c) {
            *l += x;
        }
    }
    lanes.iter().sum::<f32>() + chunks.remainder().iter().sum::<f32>()
}

/// e^x for x ≤ 0 (softmax arguments), within ~2 float ulps: 2^n × a degree-6 polynomial of the
/// remainder (Cephes' expf coefficients).
#[inline(always)]
pub(crate) fn exp_fast(x: f32) -> f32 {
    let x = x.max(-87.0);
    let n = (x * std::f32::consts::LOG2_E).round_ties_even();
    let r = n.mul_add(-0.693_359_4, x);
    let r = n.mul_add(2.121_944_4e-4, r);
    let mut p = 1.987_569_1e-4f32;
    p = p.mul_add(r, 1.398_2e-3);
    p = p.mul_add(r, 8.333_452e-3);
    p = p.mul_add(r, 4.166_579_6e-2);
    p = p.mul_add(r, 1.666_666_5e-1);
    p = p.mul_add(r, 5e-1);
    let e = (p * r).mul_add(r, r) + 1.0;
    e * f32::from_bits(((n as i32 + 127) as u32) << 23)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_fast_matches_exp() {
        for i in 0..=87_000 {
            let x = -(i as f32) / 1000.0;
            let (got, want) = (exp_fast(x), x.exp());
            assert!(
                (got - want).abs() <= 4.0 * f32::EPSILON * want,
                "exp({x}): {got} vs {want}"
            );
        }
    }

    #[test]
    fn vector_attention_equals_the_scalar_one() {
        for (heads, d) in [(2, 16), (12, 32), (1, 64), (3, 8)] {
            let hd = heads * d;
            for n in [1usize, 2, 4, 15, 16, 17, 40, 65] {
                let rows: Vec<f32> = (0..n * 3 * hd)
                    .map(|i| ((i as f32) * 0.731).sin() * 2.0)
                    .collect();
                let np = n.div_ceil(64) * 64;
                for h in 0..heads {
                    let mut hdata = HeadData {
                        q: vec![0.0; n * d],
                        kt: vec![0.0; d * np],
                        v: vec![0.0; n * d],
                        np,
                    };
                    for u in 0..n {
                        for e in 0..d {
                            hdata.q[u * d + e] = rows[u * 3 * hd + h * d + e];
                            hdata.kt[e * np + u] = rows[u * 3 * hd + hd + h * d + e];
                            hdata.v[u * d + e] = rows[u * 3 * hd + 2 * hd + h * d + e];
                        }
                    }
                    let want = head_attention_generic(&hdata, n, d);
                    let got = head_attention(&hdata, n, d);
                    for (g, w) in got.iter().zip(&want) {
                        assert!(
                            (g - w).abs() < 1e-5,
                            "heads {heads} d {d} n {n}: {g} vs {w}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn attends_within_each_segment_only() {
        // Two sequences, 2 heads of size 2 (H = 4): changing the second sequence must not
        // change the first one's output.
        let (hd, heads) = (4, 2);
        let mk = |seed: f32, t: usize| -> Vec<f32> {
            (0..t * 3 * hd)
                .map(|i| (i as f32 * 0.37 + seed).sin())
                .collect()
        };
        let run = |data: Vec<f32>, segs: Vec<(usize, usize)>| {
            let t = data.len() / (3 * hd);
            let x = candle_core::Tensor::from_vec(data, (t, 3 * hd), &candle_core::Device::Cpu)
                .unwrap();
            x.apply_op1_no_bwd(&Attention {
                segments: segs,
                heads,
            })
            .unwrap()
            .to_vec2::<f32>()
            .unwrap()
        };
        let mut a = mk(0.0, 5);
        let first = run(a.clone(), vec![(0, 3), (3, 2)]);
        for v in a[3 * 3 * hd..].iter_mut() {
            *v += 1.0;
        }
        let changed = run(a.clone(), vec![(0, 3), (3, 2)]);
        assert_eq!(first[..3], changed[..3]);
        assert_ne!(first[3..], changed[3..]);
        // A single-token sequence attends only to itself: the output is its V.
        let one = run(a[..3 * hd].to_vec(), vec![(0, 1)]);
        for (x, v) in one[0].iter().zip(&a[2 * hd..3 * hd]) {
            assert!((x - v).abs() < 1e-6);
        }
    }
}
