//! LayerNorm(x + residual) in one pass, as a candle custom op: one allocation instead of two
//! and vector code for the row statistics (candle's add runs on one thread).

use candle_core::{CpuStorage, CustomOp2, Layout, Shape};
use rayon::prelude::*;

pub(crate) struct AddLayerNorm {
    pub w: Vec<f32>,
    pub b: Vec<f32>,
    pub eps: f32,
}

impl CustomOp2 for AddLayerNorm {
    fn name(&self) -> &'static str {
        "add-layer-norm"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        let (CpuStorage::F32(x), CpuStorage::F32(r)) = (s1, s2) else {
            candle_core::bail!("add-layer-norm needs f32 inputs");
        };
        let (Some((xa, xb)), Some((ra, rb))) = (l1.contiguous_offsets(), l2.contiguous_offsets())
        else {
            candle_core::bail!("add-layer-norm needs contiguous inputs");
        };
        let h = self.w.len();
        if l1.shape() != l2.shape() || l1.shape().dims().last() != Some(&h) {
            candle_core::bail!(
                "add-layer-norm: shapes {:?} and {:?} do not fit H={h}",
                l1.shape(),
                l2.shape()
            );
        }
        let (x, r) = (&x[xa..xb], &r[ra..rb]);
        let mut out = vec![0f32; x.len()];
        const ROWS: usize = 16;
        out.par_chunks_mut(ROWS * h)
            .zip(x.par_chunks(ROWS * h).zip(r.par_chunks(ROWS * h)))
            .for_each(|(o, (x, r))| self.rows(x, r, o));
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }
}

impl AddLayerNorm {
    fn rows(&self, x: &[f32], r: &[f32], out: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx512f") {
            // SAFETY: AVX-512F is present.
            unsafe { self.rows_avx512(x, r, out) };
            return;
        }
        self.rows_generic(x, r, out)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f")]
    unsafe fn rows_avx512(&self, x: &[f32], r: &[f32], out: &mut [f32]) {
        self.rows_generic(x, r, out)
    }

    #[inline(always)]
    fn rows_generic(&self, x: &[f32], r: &[f32], out: &mut [f32]) {
        let h = self.w.len();
        for ((x, r), o) in x
            .chunks_exact(h)
            .zip(r.chunks_exact(h))
            .zip(out.chunks_exact_mut(h))
        {
            for ((o, &x), &r) in o.iter_mut().zip(x).zip(r) {
                *o = x + r;
            }
            let mean = lane_sum(o) / h as f32;
            let mut sq = [0f32; 16];
            let mut chunks = o.chunks_exact(16);
            for c in &mut chunks {
                for (s, &v) in sq.iter_mut().zip(c) {
                    *s += (v - mean) * (v - mean);
                }
            }
            let var = (sq.iter().sum::<f32>()
                + chunks
                    .remainder()
                    .iter()
                    .map(|v| (v - mean) * (v - mean))
                    .sum::<f32>())
                / h as f32;
            let inv = 1.0 / (var + self.eps).sqrt();
            for ((o, &w), &b) in o.iter_mut().zip(&self.w).zip(&self.b) {
                *o = (*o - mean) * inv * w + b;
            }
        }
    }
}

/// Sum in 16 independent lanes (so it compiles to vector adds), then across them.
#[inline(always)]
fn lane_sum(v: &[f32]) -> f32 {
    let mut lanes = [0f32; 16];
    let mut chunks = v.chunks_exact(16);
    for c in &mut chunks {
        for (l, &x) in lanes.iter_mut().zip(c) {
            *l += x;
        }
    }
    lanes.iter().sum::<f32>() + chunks.remainder().iter().sum::<f32>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Tensor};

    #[test]
    fn matches_candle_add_then_layer_norm() {
        let h = 40; // not a multiple of 16: the remainder path runs too
        let t = 37;
        let x: Vec<f32> = (0..t * h)
            .map(|i| (i as f32 * 0.37).sin() * 3.0 + 1.0)
            .collect();
        let r: Vec<f32> = (0..t * h).map(|i| (i as f32 * 0.11).cos()).collect();
        let w: Vec<f32> = (0..h).map(|i| 1.0 + i as f32 * 0.01).collect();
        let b: Vec<f32> = (0..h).map(|i| i as f32 * -0.02).collect();
        let dev = Device::Cpu;
        let xt = Tensor::from_vec(x, (t, h), &dev).unwrap();
        let rt = Tensor::from_vec(r, (t, h), &dev).unwrap();
        let op = AddLayerNorm {
            w: w.clone(),
            b: b.clone(),
            eps: 1e-12,
        };
        let got = xt.apply_op2_no_bwd(&rt, &op).unwrap();
        let want = candle_nn::ops::layer_norm(
            &(&xt + &rt).unwrap(),
            &Tensor::from_vec(w, h, &dev).unwrap(),
            &Tensor::from_vec(b, h, &dev).unwrap(),
            1e-12,
        )
        .unwrap();
        let diff = (got - want)
            .unwrap()
            .abs()
            .unwrap()
            .max_all()
            .unwrap()
            .to_scalar::<f32>()
            .unwrap();
        assert!(diff < 1e-4, "max difference {diff}");
    }
}
