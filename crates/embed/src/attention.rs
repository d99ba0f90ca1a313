//! Self-attention over packed sequences, as a candle custom op.
//!
//! The batch's tokens are packed into one [T, 3H] Q|K|V matrix with no padding (the dense
//! layers then do no wasted work); each sequence attends only to its own tokens. Work items
//! are (sequence, head) pairs spread over the rayon pool. The loops are written so that they
//! compile to vector code (no float reductions; exp by a polynomial).

use candle_core::{CpuStorage, CustomOp1, Layout, Shape};
use rayon::prelude::*;

pub(crate) struct Attention {
    /// (first token, length) of each sequence in the packed batch.
    pub segments: Vec<(usize, usize)>,
    pub heads: usize,
}

impl CustomOp1 for Attention {
    fn name(&self) -> &'static str {
        "packed-attention"
    }

    fn cpu_fwd(&self, storage: &CpuStorage, layout: &Layout) -> candle_core::Result<(CpuStorage, Shape)> {
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
        let d = hd / self.heads;
        if self.segments.iter().map(|&(a, n)| a + n).max().unwrap_or(0) > t {
            candle_core::bail!("packed-attention: a segment lies outside the {t} tokens");
        }
        let qkv = &data[start..end];
        // One output block per (segment, head): [len, d]. Scattered into [T, H] afterwards.
        let jobs: Vec<(usize, usize)> =
            (0..self.segments.len()).flat_map(|s| (0..self.heads).map(move |h| (s, h))).collect();
        let blocks: Vec<Vec<f32>> = jobs
            .par_iter()
            .map(|&(s, h)| {
                let (a, n) = self.segments[s];
                head_attention(qkv, hd, d, a, n, h)
            })
            .collect();
        let mut out = vec![0f32; t * hd];
        for (&(s, h), block) in jobs.iter().zip(&blocks) {
            let (a, _) = self.segments[s];
            for (i, row) in block.chunks_exact(d).enumerate() {
                out[(a + i) * hd + h * d..][..d].copy_from_slice(row);
            }
        }
        Ok((CpuStorage::F32(out), Shape::from((t, hd))))
    }
}

fn head_attention(qkv: &[f32], hd: usize, d: usize, a: usize, n: usize, h: usize) -> Vec<f32> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f") {
        // SAFETY: AVX-512F is present.
        return unsafe { head_attention_avx512(qkv, hd, d, a, n, h) };
    }
    head_attention_generic(qkv, hd, d, a, n, h)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn head_attention_avx512(qkv: &[f32], hd: usize, d: usize, a: usize, n: usize, h: usize) -> Vec<f32> {
    head_attention_generic(qkv, hd, d, a, n, h)
}

#[inline(always)]
fn head_attention_generic(qkv: &[f32], hd: usize, d: usize, a: usize, n: usize, h: usize) -> Vec<f32> {
    let row = |t: usize, part: usize| &qkv[(a + t) * 3 * hd + part * hd + h * d..][..d];
    let scale = 1.0 / (d as f32).sqrt();
    // Kᵀ: [d, n], so scores for one query are axpys over contiguous rows.
    let mut kt = vec![0f32; d * n];
    for u in 0..n {
        for (e, &v) in row(u, 1).iter().enumerate() {
            kt[e * n + u] = v;
        }
    }
    let mut out = vec![0f32; n * d];
    let mut s = vec![0f32; n];
    for t in 0..n {
        s.iter_mut().for_each(|x| *x = 0.0);
        for (e, &qe) in row(t, 0).iter().enumerate() {
            let qe = qe * scale;
            for (x, &k) in s.iter_mut().zip(&kt[e * n..(e + 1) * n]) {
                *x = qe.mul_add(k, *x);
            }
        }
        let mx = s.iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
        for x in s.iter_mut() {
            *x = exp_fast(*x - mx);
        }
        let sum: f32 = pairwise_sum(&s);
        let inv = 1.0 / sum;
        let o = &mut out[t * d..(t + 1) * d];
        for (u, &p) in s.iter().enumerate() {
            let p = p * inv;
            for (x, &v) in o.iter_mut().zip(row(u, 2)) {
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
    let r = n.mul_add(-0.693_359_375, x);
    let r = n.mul_add(2.121_944_4e-4, r);
    let mut p = 1.987_569_1e-4f32;
    p = p.mul_add(r, 1.398_2e-3);
    p = p.mul_add(r, 8.333_452e-3);
    p = p.mul_add(r, 4.166_579_6e-2);
    p = p.mul_add(r, 1.666_666_5e-1);
    p = p.mul_add(r, 5.000_000_1e-1);
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
            assert!((got - want).abs() <= 4.0 * f32::EPSILON * want, "exp({x}): {got} vs {want}");
        }
    }

    #[test]
    fn attends_within_each_segment_only() {
        // Two sequences, 2 heads of size 2 (H = 4): changing the second sequence must not
        // change the first one's output.
        let (hd, heads) = (4, 2);
        let mk = |seed: f32, t: usize| -> Vec<f32> { (0..t * 3 * hd).map(|i| (i as f32 * 0.37 + seed).sin()).collect() };
        let run = |data: Vec<f32>, segs: Vec<(usize, usize)>| {
            let t = data.len() / (3 * hd);
            let x = candle_core::Tensor::from_vec(data, (t, 3 * hd), &candle_core::Device::Cpu).unwrap();
            x.apply_op1_no_bwd(&Attention { segments: segs, heads }).unwrap().to_vec2::<f32>().unwrap()
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
