//! Dense layers with 4-bit weights and 8-bit activations, as a candle custom op.
//!
//! The reference engine's scheme: activations are quantised per block of 32 to int8 (scale
//! = max|x|/127, round to nearest even), weights keep their Q4_0 nibbles, and each block's
//! integer dot product is scaled by both block scales. On AVX-512 VNNI one `vpdpbusd` does 64
//! of those multiply-adds, several times what f32 FMAs give, and agreeing with the reference's
//! arithmetic keeps our embeddings close to its output.
//!
//! Weights are repacked at load into tiles of 16 output rows: for each block of 32 inputs and
//! each group of 4 inputs, 16 rows × 4 unsigned nibble values (0..15) — one 64-byte register
//! that `vpdpbusd` multiplies with 4 activation bytes broadcast to every lane. The nibble
//! offset of 8 is folded in through −8 × (sum of the block's activation bytes).

use std::mem::MaybeUninit;

use candle_core::{CpuStorage, CustomOp1, Layout, Shape};
use rayon::prelude::*;

use crate::format::{Q4_BLOCK_BYTES, QK};

const TILE: usize = 16;
/// Tokens per parallel work item: their int8 activations stay in L2 while all weights stream.
const TOKEN_BLOCK: usize = 64;

pub(crate) struct QLinear {
    n_out: usize,
    n_in: usize,
    /// [n_out/16][n_in/32][8][16][4] nibble values.
    w: Vec<u8>,
    /// [n_out/16][n_in/32][16] weight block scales.
    d: Vec<f32>,
    bias: Vec<f32>,
    gelu: bool,
}

/// Whether the int8 kernel can run here (it needs AVX-512 with VNNI).
pub(crate) fn supported() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512bw")
            && std::arch::is_x86_feature_detected!("avx512vnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

impl QLinear {
    /// `q4`: Q4_0 blocks of a row-major [n_out, n_in] matrix. Several matrices with the same
    /// n_in can be stacked by concatenating their blocks (and biases).
    pub(crate) fn new(q4: &[u8], bias: Vec<f32>, n_out: usize, n_in: usize, gelu: bool) -> Self {
        assert!(n_out.is_multiple_of(TILE) && n_in.is_multiple_of(QK));
        assert_eq!(q4.len(), n_out * n_in / QK * Q4_BLOCK_BYTES);
        assert_eq!(bias.len(), n_out);
        let nb = n_in / QK;
        let mut w = vec![0u8; n_out * n_in];
        let mut d = vec![0f32; n_out / TILE * nb * TILE];
        for row in 0..n_out {
            let (tile, r) = (row / TILE, row % TILE);
            for b in 0..nb {
                let blk = &q4[(row * nb + b) * Q4_BLOCK_BYTES..][..Q4_BLOCK_BYTES];
                d[(tile * nb + b) * TILE + r] = half::f16::from_le_bytes([blk[0], blk[1]]).to_f32();
                let base = (tile * nb + b) * QK * TILE;
                for j in 0..QK {
                    let byte = blk[2 + j % 16];
                    let q = if j < 16 { byte & 0x0F } else { byte >> 4 };
                    w[base + (j / 4) * TILE * 4 + r * 4 + j % 4] = q;
                }
            }
        }
        QLinear {
            n_out,
            n_in,
            w,
            d,
            bias,
            gelu,
        }
    }

    /// y = x Wᵀ + b (then GELU if configured) for x: [t, n_in] row-major.
    fn forward_slice(&self, x: &[f32], t: usize) -> Vec<f32> {
        let (n_in, n_out) = (self.n_in, self.n_out);
        let nb = n_in / QK;
        assert_eq!(x.len(), t * n_in);
        // Every output is written exactly once by the kernels, so the buffer is not zeroed
        // first (zeroing cost ~4% of the forward pass).
        let mut y: Vec<f32> = Vec::with_capacity(t * n_out);
        y.spare_capacity_mut()[..t * n_out]
            .par_chunks_mut(TOKEN_BLOCK * n_out)
            .zip(x.par_chunks(TOKEN_BLOCK * n_in))
            .for_each(|(y, x)| {
                let tt = x.len() / n_in;
                let mut aq = vec![0i8; tt * n_in];
                let mut ad = vec![0f32; tt * nb];
                let mut ac = vec![0i32; tt * nb];
                quantize_rows(x, &mut aq, &mut ad, &mut ac);
                matmul_block(self, &aq, &ad, &ac, tt, y);
                if self.gelu {
                    // SAFETY: matmul_block initialised all tt × n_out elements of y.
                    gelu_in_place(unsafe {
                        std::slice::from_raw_parts_mut(y.as_mut_ptr() as *mut f32, y.len())
                    });
                }
            });
        // SAFETY: the chunks cover 0..t × n_out and matmul_block wrote every element.
        unsafe { y.set_len(t * n_out) };
        y
    }
}

impl CustomOp1 for QLinear {
    fn name(&self) -> &'static str {
        "q4q8-linear"
    }

    fn cpu_fwd(
        &self,
        storage: &CpuStorage,
        layout: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        let CpuStorage::F32(data) = storage else {
            candle_core::bail!("q4q8-linear needs f32 input");
        };
        let Some((start, end)) = layout.contiguous_offsets() else {
            candle_core::bail!("q4q8-linear needs a contiguous input");
        };
        let dims = layout.shape().dims();
        let (&k, lead) = dims.split_last().unwrap();
        if k != self.n_in {
            candle_core::bail!(
                "q4q8-linear: input has {k} columns, the layer takes {}",
                self.n_in
            );
        }
        let t: usize = lead.iter().product();
        let y = self.forward_slice(&data[start..end], t);
        let mut out_dims = lead.to_vec();
        out_dims.push(self.n_out);
        Ok((CpuStorage::F32(y), Shape::from(out_dims)))
    }
}

/// Per token and block of 32: scale = max|x|/127, q = round_ties_even(x/scale), and the
/// correction −8 × Σq for the weights' nibble offset. Same arithmetic as the reference.
fn quantize_rows(x: &[f32], q: &mut [i8], d: &mut [f32], c: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    if supported() {
        // SAFETY: the CPU has AVX-512 (checked above).
        unsafe { quantize_rows_avx512(x, q, d, c) };
        return;
    }
    quantize_rows_generic(x, q, d, c)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn quantize_rows_avx512(x: &[f32], q: &mut [i8], d: &mut [f32], c: &mut [i32]) {
    use std::arch::x86_64::*;
    assert!(q.len() == x.len() && d.len() * QK == x.len() && c.len() == d.len());
    let (lo, hi) = (_mm512_set1_epi32(-128), _mm512_set1_epi32(127));
    for b in 0..d.len() {
        let p = x.as_ptr().add(b * QK);
        let (v0, v1) = (_mm512_loadu_ps(p), _mm512_loadu_ps(p.add(16)));
        let amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(v0), _mm512_abs_ps(v1)));
        let dd = amax / 127.0;
        let id = _mm512_set1_ps(if dd > 0.0 { 1.0 / dd } else { 0.0 });
        // cvtps rounds to nearest even (the default MXCSR mode), like the reference's lrintf.
        let i0 = _mm512_min_epi32(
            _mm512_max_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(v0, id)), lo),
            hi,
        );
        let i1 = _mm512_min_epi32(
            _mm512_max_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(v1, id)), lo),
            hi,
        );
        let out = q.as_mut_ptr().add(b * QK) as *mut __m128i;
        _mm_storeu_si128(out, _mm512_cvtepi32_epi8(i0));
        _mm_storeu_si128(out.add(1), _mm512_cvtepi32_epi8(i1));
        d[b] = dd;
        c[b] = -8 * _mm512_reduce_add_epi32(_mm512_add_epi32(i0, i1));
    }
}

#[inline(always)]
fn quantize_rows_generic(x: &[f32], q: &mut [i8], d: &mut [f32], c: &mut [i32]) {
    for (((xb, qb), db), cb) in x
        .chunks_exact(QK)
        .zip(q.chunks_exact_mut(QK))
        .zip(d.iter_mut())
        .zip(c.iter_mut())
    {
        let amax = xb.iter().fold(0f32, |m, v| m.max(v.abs()));
        let dd = amax / 127.0;
        let id = if dd > 0.0 { 1.0 / dd } else { 0.0 };
        let mut sum = 0i32;
        for (o, &v) in qb.iter_mut().zip(xb) {
            let r = (v * id).round_ties_even().clamp(-128.0, 127.0) as i32;
            *o = r as i8;
            sum += r;
        }
        *db = dd;
        *cb = -8 * sum;
    }
}

/// Writes all tt × n_out elements of `y`.
fn matmul_block(
    l: &QLinear,
    aq: &[i8],
    ad: &[f32],
    ac: &[i32],
    tt: usize,
    y: &mut [MaybeUninit<f32>],
) {
    assert!(
        y.len() == tt * l.n_out
            && aq.len() == tt * l.n_in
            && ad.len() * QK == aq.len()
            && ac.len() == ad.len()
    );
    #[cfg(target_arch = "x86_64")]
    if supported() {
        // SAFETY: AVX-512 F/BW/VNNI are present (checked above); slices have the sizes the
        // kernel indexes (tt tokens × n_in activations, tt × n_out outputs).
        unsafe { avx512::matmul(l, aq, ad, ac, tt, y) };
        return;
    }
    matmul_generic(l, aq, ad, ac, tt, y)
}

/// Portable version of the kernel (same arithmetic, any CPU).
fn matmul_generic(
    l: &QLinear,
    aq: &[i8],
    ad: &[f32],
    ac: &[i32],
    tt: usize,
    y: &mut [MaybeUninit<f32>],
) {
    let (n_in, n_out) = (l.n_in, l.n_out);
    let nb = n_in / QK;
    for t in 0..tt {
        for tile in 0..n_out / TILE {
            let mut acc = [0f32; TILE];
            for b in 0..nb {
                let mut isum = [ac[t * nb + b]; TILE];
                let wb = &l.w[(tile * nb + b) * QK * TILE..][..QK * TILE];
                let a = &aq[t * n_in + b * QK..][..QK];
                for g in 0..QK / 4 {
                    for (r, s) in isum.iter_mut().enumerate() {
                        for j in 0..4 {
                            *s += wb[g * TILE * 4 + r * 4 + j] as i32 * a[g * 4 + j] as i32;
                        }
                    }
                }
                let da = ad[t * nb + b];
                let dw = &l.d[(tile * nb + b) * TILE..][..TILE];
                for r in 0..TILE {
                    acc[r] += isum[r] as f32 * (dw[r] * da);
                }
            }
            for r in 0..TILE {
                y[t * n_out + tile * TILE + r].write(acc[r] + l.bias[tile * TILE + r]);
            }
        }
    }
}

// Index loops over the small register arrays read more plainly than iterator chains here.
#[allow(clippy::needless_range_loop)]
#[cfg(target_arch = "x86_64")]
mod avx512 {
    use std::arch::x86_64::*;

    use super::{MaybeUninit, QLinear, QK, TILE};

    /// Tokens handled together: each weight register is reused this many times.
    const TT: usize = 4;

    #[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
    pub(super) unsafe fn matmul(
        l: &QLinear,
        aq: &[i8],
        ad: &[f32],
        ac: &[i32],
        tt: usize,
        y: &mut [MaybeUninit<f32>],
    ) {
        let n_tiles = l.n_out / TILE;
        let mut tile = 0;
        while tile + 2 <= n_tiles {
            tokens::<2>(l, tile, aq, ad, ac, tt, y);
            tile += 2;
        }
        if tile < n_tiles {
            tokens::<1>(l, tile, aq, ad, ac, tt, y);
        }
    }

    #[inline(always)]
    unsafe fn tokens<const NT: usize>(
        l: &QLinear,
        tile: usize,
        aq: &[i8],
        ad: &[f32],
        ac: &[i32],
        tt: usize,
        y: &mut [MaybeUninit<f32>],
    ) {
        let mut t = 0;
        while t + TT <= tt {
            kernel::<NT, TT>(l, tile, t, aq, ad, ac, y);
            t += TT;
        }
        match tt - t {
            3 => kernel::<NT, 3>(l, tile, t, aq, ad, ac, y),
            2 => kernel::<NT, 2>(l, tile, t, aq, ad, ac, y),
            1 => kernel::<NT, 1>(l, tile, t, aq, ad, ac, y),
            _ => {}
        }
    }

    /// NT tiles of 16 rows × NTOK tokens starting at token `t0`.
    #[inline(always)]
    unsafe fn kernel<const NT: usize, const NTOK: usize>(
        l: &QLinear,
        tile0: usize,
        t0: usize,
        aq: &[i8],
        ad: &[f32],
        ac: &[i32],
        y: &mut [MaybeUninit<f32>],
    ) {
        let (n_in, n_out) = (l.n_in, l.n_out);
        let nb = n_in / QK;
        let mut facc = [[_mm512_setzero_ps(); NTOK]; NT];
        let wp = l.w.as_ptr();
        let dp = l.d.as_ptr();
        let ap = aq.as_ptr();
        for b in 0..nb {
            let mut iacc = [[_mm512_setzero_si512(); NTOK]; NT];
            for k in 0..NTOK {
                let c = _mm512_set1_epi32(*ac.get_unchecked((t0 + k) * nb + b));
                for j in 0..NT {
                    iacc[j][k] = c;
                }
            }
            for g in 0..QK / 4 {
                let mut w = [_mm512_setzero_si512(); NT];
                for j in 0..NT {
                    w[j] = _mm512_loadu_si512(
                        wp.add((((tile0 + j) * nb + b) * QK + g * 4) * TILE) as *const _
                    );
                }
                for k in 0..NTOK {
                    let a = _mm512_set1_epi32(
                        (ap.add((t0 + k) * n_in + b * QK + g * 4) as *const i32).read_unaligned(),
                    );
                    for j in 0..NT {
                        iacc[j][k] = _mm512_dpbusd_epi32(iacc[j][k], w[j], a);
                    }
                }
            }
            for j in 0..NT {
                let dw = _mm512_loadu_ps(dp.add(((tile0 + j) * nb + b) * TILE));
                for k in 0..NTOK {
                    let s = _mm512_mul_ps(dw, _mm512_set1_ps(*ad.get_unchecked((t0 + k) * nb + b)));
                    facc[j][k] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(iacc[j][k]), s, facc[j][k]);
                }
            }
        }
        for j in 0..NT {
            let bias = _mm512_loadu_ps(l.bias.as_ptr().add((tile0 + j) * TILE));
            for k in 0..NTOK {
                let out = y.as_mut_ptr().add((t0 + k) * n_out + (tile0 + j) * TILE) as *mut f32;
                _mm512_storeu_ps(out, _mm512_add_ps(facc[j][k], bias));
            }
        }
    }
}

/// y + bias, then GELU if asked: the f32 path's epilogue. candle's broadcast add runs on one
/// thread and its GELU calls a scalar erf per element, which cost more than the matmul.
pub(crate) struct BiasGelu {
    pub bias: Vec<f32>,
    pub gelu: bool,
}

impl CustomOp1 for BiasGelu {
    fn name(&self) -> &'static str {
        "bias-gelu"
    }

    fn cpu_fwd(
        &self,
        storage: &CpuStorage,
        layout: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        let CpuStorage::F32(data) = storage else {
            candle_core::bail!("bias-gelu needs f32 input");
        };
        let Some((start, end)) = layout.contiguous_offsets() else {
            candle_core::bail!("bias-gelu needs a contiguous input");
        };
        let n = self.bias.len();
        if layout.shape().dims().last() != Some(&n) {
            candle_core::bail!("bias-gelu: input {:?} does not end in {n}", layout.shape());
        }
        let mut y = data[start..end].to_vec();
        y.par_chunks_mut(TOKEN_BLOCK * n).for_each(|rows| {
            for row in rows.chunks_exact_mut(n) {
                row.iter_mut().zip(&self.bias).for_each(|(v, b)| *v += b);
            }
            if self.gelu {
                gelu_in_place(rows);
            }
        });
        Ok((CpuStorage::F32(y), layout.shape().clone()))
    }
}

/// GELU with erf, in place. erf is a rational approximation (Eigen's, accurate to a few
/// float ulps) that compiles to vector code, unlike libm's erff.
pub(crate) fn gelu_in_place(v: &mut [f32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f") {
        // SAFETY: AVX-512F is present.
        unsafe { gelu_avx512(v) };
        return;
    }
    gelu_generic(v)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn gelu_avx512(v: &mut [f32]) {
    gelu_generic(v)
}

#[inline(always)]
fn gelu_generic(v: &mut [f32]) {
    for x in v.iter_mut() {
        *x = 0.5 * *x * (1.0 + erf_fast(*x * std::f32::consts::FRAC_1_SQRT_2));
    }
}

#[inline(always)]
pub(crate) fn erf_fast(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let mut p = x2.mul_add(-2.726_142_3e-10, 2.770_681_4e-8);
    p = x2.mul_add(p, -2.101_024e-6);
    p = x2.mul_add(p, -5.692_506_4e-5);
    p = x2.mul_add(p, -7.349_906_3e-4);
    p = x2.mul_add(p, -2.954_6e-3);
    p = x2.mul_add(p, -1.609_603_3e-2);
    p *= x;
    let mut q = x2.mul_add(-1.456_607_2e-5, -2.133_740_6e-4);
    q = x2.mul_add(q, -1.682_827e-3);
    q = x2.mul_add(q, -7.373_329_2e-3);
    q = x2.mul_add(q, -1.426_474e-2);
    p / q
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{dequantize_q4_0, quantize_q4_0};

    #[test]
    fn erf_fast_matches_erf() {
        for i in -6000..=6000 {
            let x = i as f32 / 1000.0;
            let want = candle_core::cpu::erf::erf_f64(x as f64);
            let got = erf_fast(x) as f64;
            assert!((got - want).abs() < 4e-7, "erf({x}): {got} vs {want}");
        }
    }

    fn check_against_f32(n_out: usize, n_in: usize, t: usize, gelu: bool) {
        let mut s = 12345u32;
        let mut rnd = || {
            s = s.wrapping_mul(1_103_515_245).wrapping_add(12345);
            ((s >> 8) as f32 / (1u32 << 24) as f32) * 2.0 - 1.0
        };
        let w: Vec<f32> = (0..n_out * n_in).map(|_| rnd()).collect();
        let x: Vec<f32> = (0..t * n_in).map(|_| rnd() * 3.0).collect();
        let bias: Vec<f32> = (0..n_out).map(|_| rnd()).collect();
        let q4 = quantize_q4_0(&w);
        let mut wd = vec![0f32; w.len()];
        dequantize_q4_0(&q4, &mut wd);
        let lin = QLinear::new(&q4, bias.clone(), n_out, n_in, gelu);
        let y = lin.forward_slice(&x, t);
        let nb = n_in / QK;
        let mut aq = vec![0i8; t * n_in];
        let (mut ad, mut ac) = (vec![0f32; t * nb], vec![0i32; t * nb]);
        quantize_rows_generic(&x, &mut aq, &mut ad, &mut ac);
        let mut y_generic = vec![MaybeUninit::new(f32::NAN); t * n_out];
        matmul_generic(&lin, &aq, &ad, &ac, t, &mut y_generic);
        let mut y_generic: Vec<f32> = y_generic
            .into_iter()
            .map(|v| unsafe { v.assume_init() })
            .collect();
        if gelu {
            gelu_generic(&mut y_generic);
        }
        for i in 0..t {
            for o in 0..n_out {
                let exact: f32 = (0..n_in)
                    .map(|k| x[i * n_in + k] * wd[o * n_in + k])
                    .sum::<f32>()
                    + bias[o];
                let exact = if gelu {
                    0.5 * exact
                        * (1.0 + candle_core::cpu::erf::erf_f64(exact as f64 / 2f64.sqrt()) as f32)
                } else {
                    exact
                };
                let got = y[i * n_out + o];
                // int8 activations: the error grows with sqrt(n_in) × the scales.
                let tol = 0.02 * (n_in as f32).sqrt() + 1e-3 * exact.abs();
                assert!((got - exact).abs() < tol, "t={i} o={o}: {got} vs {exact}");
                let g = y_generic[i * n_out + o];
                assert!(
                    (got - g).abs() <= 1e-3 * (1.0 + g.abs()),
                    "kernel vs generic: {got} vs {g}"
                );
            }
        }
    }

    #[test]
    fn vector_quantisation_equals_the_scalar_one() {
        let x: Vec<f32> = (0..32 * 50)
            .map(|i| ((i * 7919 % 1000) as f32 - 500.0) * 0.013 * (1 + i % 5) as f32)
            .collect();
        let mut x = x;
        x[64..96].iter_mut().for_each(|v| *v = 0.0); // an all-zero block
                                                     // A block with scale exactly 1 and halves: ties go to the even integer, as lrintf does.
        x[96..128].iter_mut().for_each(|v| *v = 0.25);
        x[96..100].copy_from_slice(&[127.0, 2.5, -3.5, 0.5]);
        type Quantiser = fn(&[f32], &mut [i8], &mut [f32], &mut [i32]);
        let run = |f: Quantiser| {
            let (mut q, mut d, mut c) = (vec![0i8; x.len()], vec![0f32; 50], vec![0i32; 50]);
            f(&x, &mut q, &mut d, &mut c);
            (q, d, c)
        };
        let (q, d, c) = run(quantize_rows);
        assert_eq!(
            (q.clone(), d.clone(), c.clone()),
            run(quantize_rows_generic)
        );
        assert_eq!(&q[96..100], &[127, 2, -4, 0]);
        assert_eq!((d[3], d[2], c[2]), (1.0, 0.0, 0));
        assert_eq!(c[3], -8 * 125, "127 + 2 - 4, the 0.25s round to 0");
    }

    #[test]
    fn int8_kernel_matches_f32_matmul() {
        // Odd token counts exercise the 1–3 token tails; 48 rows exercise the single-tile tail.
        check_against_f32(48, 64, 7, false);
        check_against_f32(32, 96, 130, true);
        check_against_f32(16, 32, 1, false);
    }
}
