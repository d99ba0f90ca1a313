//! An inverted-file (IVF) index for large platforms: spherical k-means splits the vectors into
//! `nlist` lists; each vector is stored as 8-bit codes with one scale (≈ 1/4 of f32); a query
//! scores the centroids, scans the `nprobe` best lists with an exact int8 × int16 inner product
//! and keeps the best `k`. 1,000,000 × 384-d vectors take ≈ 0.4 GB.

use crate::rng::Rng;
use crate::vector::{dot, normalize, Hit, TopK, VectorIndex};
use rayon::prelude::*;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct IvfOptions {
    /// Number of lists; about 2·√N is a good start.
    pub nlist: usize,
    /// Lists scanned per query: the recall/latency knob.
    pub nprobe: usize,
    /// k-means iterations on the training sample.
    pub iterations: usize,
    pub seed: u64,
}

impl IvfOptions {
    /// Lists ≈ 2·√N (at least 1) and a probe count that keeps recall@20 high.
    pub fn for_size(n: usize) -> Self {
        let nlist = ((2.0 * (n as f64).sqrt()) as usize).clamp(1, 65536);
        IvfOptions {
            nlist,
            nprobe: (nlist / 32).clamp(8, 64).min(nlist),
            iterations: 8,
            seed: 42,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct List {
    ids: Vec<u32>,
    scales: Vec<f32>,
    codes: Vec<i8>,
}

#[derive(Debug, Clone)]
pub struct IvfIndex {
    dim: usize,
    options: IvfOptions,
    centroids: Vec<f32>,
    lists: Vec<List>,
    /// id -> (list, position).
    place: HashMap<u32, (u32, u32)>,
}

/// 8-bit codes of `v` and their scale (value = code × scale).
pub fn quantize_i8(v: &[f32], out: &mut Vec<i8>) -> f32 {
    let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    out.extend(
        v.iter()
            .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8),
    );
    scale
}

#[inline(always)]
fn dot_i8_i16_generic(a: &[i8], b: &[i16]) -> i32 {
    let mut acc = [0i32; 32];
    let ca = a.chunks_exact(32);
    let cb = b.chunks_exact(32);
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for i in 0..32 {
            acc[i] += x[i] as i32 * y[i] as i32;
        }
    }
    let mut s: i32 = acc.iter().sum();
    for (x, y) in ra.iter().zip(rb) {
        s += *x as i32 * *y as i32;
    }
    s
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn scan_avx2(codes: &[i8], dim: usize, q: &[i16], out: &mut [i32]) {
    for (c, o) in codes.chunks_exact(dim).zip(out.iter_mut()) {
        *o = dot_i8_i16_generic(c, q);
    }
}

/// Inner products of the int16 query with every int8 row of `codes`.
fn scan(codes: &[i8], dim: usize, q: &[i16], out: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU supports the features the function is compiled for.
        unsafe { scan_avx2(codes, dim, q, out) };
        return;
    }
    for (c, o) in codes.chunks_exact(dim).zip(out.iter_mut()) {
        *o = dot_i8_i16_generic(c, q);
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn dots_avx2(rows: &[f32], dim: usize, q: &[f32], out: &mut Vec<f32>) {
    out.extend(rows.chunks_exact(dim).map(|r| dot(r, q)));
}

/// `q` against every row of `rows`.
fn dots(rows: &[f32], dim: usize, q: &[f32]) -> Vec<f32> {
    let mut out = Vec::with_capacity(rows.len() / dim.max(1));
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU supports the features the function is compiled for.
        unsafe { dots_avx2(rows, dim, q, &mut out) };
        return out;
    }
    out.extend(rows.chunks_exact(dim).map(|r| dot(r, q)));
    out
}

fn argmax(xs: &[f32]) -> usize {
    let mut best = 0;
    for (i, &x) in xs.iter().enumerate() {
        if x > xs[best] {
            best = i;
        }
    }
    best
}

impl IvfIndex {
    /// Trains the lists on `sample` (row-major, unit vectors; a few tens of thousands suffice).
    pub fn train(dim: usize, sample: &[f32], options: IvfOptions) -> Self {
        let n = sample.len() / dim;
        let nlist = options.nlist.clamp(1, n.max(1));
        let mut rng = Rng::new(options.seed);
        let mut centroids = Vec::with_capacity(nlist * dim);
        // Distinct random sample points as the initial centroids.
        let mut picked: Vec<usize> = (0..n).collect();
        for i in 0..nlist.min(n) {
            let j = i + rng.below(n - i);
            picked.swap(i, j);
            centroids.extend_from_slice(&sample[picked[i] * dim..(picked[i] + 1) * dim]);
        }
        if n == 0 {
            centroids = rng.unit_vector(dim);
        }
        let nlist = centroids.len() / dim;
        for _ in 0..options.iterations {
            let assign: Vec<usize> = sample
                .par_chunks_exact(dim)
                .map(|v| argmax(&dots(&centroids, dim, v)))
                .collect();
            let mut sums = vec![0f32; nlist * dim];
            let mut counts = vec![0usize; nlist];
            for (v, &a) in sample.chunks_exact(dim).zip(&assign) {
                counts[a] += 1;
                sums[a * dim..(a + 1) * dim]
                    .iter_mut()
                    .zip(v)
                    .for_each(|(s, x)| *s += x);
            }
            for c in 0..nlist {
                let dst = &mut sums[c * dim..(c + 1) * dim];
                if counts[c] == 0 {
                    // Empty list: restart it at a random sample point.
                    let j = rng.below(n);
                    dst.copy_from_slice(&sample[j * dim..(j + 1) * dim]);
                }
                normalize(dst);
            }
            centroids = sums;
        }
        IvfIndex {
            dim,
            options: IvfOptions { nlist, ..options },
            centroids,
            lists: vec![List::default(); nlist],
            place: HashMap::new(),
        }
    }

    pub fn options(&self) -> &IvfOptions {
        &self.options
    }

    pub fn set_nprobe(&mut self, nprobe: usize) {
        self.options.nprobe = nprobe.clamp(1, self.lists.len());
    }

    /// Adds many vectors (row-major), assigning them to lists in parallel.
    pub fn add_batch(&mut self, ids: &[u32], vectors: &[f32]) {
        let dim = self.dim;
        assert_eq!(
            ids.len() * dim,
            vectors.len(),
            "ids and vectors differ in number"
        );
        let assign: Vec<(usize, f32, Vec<i8>)> = vectors
            .par_chunks_exact(dim)
            .map(|v| {
                let list = argmax(&dots(&self.centroids, dim, v));
                let mut codes = Vec::with_capacity(dim);
                let scale = quantize_i8(v, &mut codes);
                (list, scale, codes)
            })
            .collect();
        for (&id, (list, scale, codes)) in ids.iter().zip(assign) {
            self.remove(id);
            self.push(id, list, scale, &codes);
        }
    }

    fn push(&mut self, id: u32, list: usize, scale: f32, codes: &[i8]) {
        let l = &mut self.lists[list];
        self.place.insert(id, (list as u32, l.ids.len() as u32));
        l.ids.push(id);
        l.scales.push(scale);
        l.codes.extend_from_slice(codes);
    }

    /// Searches with a given number of probed lists.
    pub fn search_nprobe(&self, query: &[f32], k: usize, nprobe: usize) -> Vec<Hit> {
        let dim = self.dim;
        let cs = dots(&self.centroids, dim, query);
        let mut order: Vec<u32> = (0..cs.len() as u32).collect();
        let nprobe = nprobe.clamp(1, cs.len());
        if nprobe < order.len() {
            order.select_nth_unstable_by(nprobe - 1, |a, b| {
                cs[*b as usize].partial_cmp(&cs[*a as usize]).unwrap()
            });
            order.truncate(nprobe);
        }
        let qmax = query.iter().fold(0f32, |m, x| m.max(x.abs()));
        let qscale = if qmax > 0.0 { qmax / 32767.0 } else { 1.0 };
        let q16: Vec<i16> = query.iter().map(|x| (x / qscale).round() as i16).collect();
        let mut top = TopK::new(k);
        let mut buf = Vec::new();
        for &l in &order {
            let list = &self.lists[l as usize];
            buf.clear();
            buf.resize(list.ids.len(), 0i32);
            scan(&list.codes, dim, &q16, &mut buf);
            for ((&id, &s), &raw) in list.ids.iter().zip(&list.scales).zip(&buf) {
                top.push(id, raw as f32 * s * qscale);
            }
        }
        top.into_sorted()
    }
}

impl VectorIndex for IvfIndex {
    fn dim(&self) -> usize {
        self.dim
    }
    fn len(&self) -> usize {
        self.place.len()
    }
    fn upsert(&mut self, id: u32, v: &[f32]) {
        self.add_batch(&[id], v);
    }
    fn remove(&mut self, id: u32) -> bool {
        let Some((list, pos)) = self.place.remove(&id) else {
            return false;
        };
        let (dim, pos) = (self.dim, pos as usize);
        let l = &mut self.lists[list as usize];
        let last = l.ids.len() - 1;
        if pos != last {
            let moved = l.ids[last];
            l.ids[pos] = moved;
            l.scales[pos] = l.scales[last];
            l.codes.copy_within(last * dim..(last + 1) * dim, pos * dim);
            self.place.insert(moved, (list, pos as u32));
        }
        l.ids.pop();
        l.scales.pop();
        l.codes.truncate(last * dim);
        true
    }
    fn search(&self, query: &[f32], k: usize) -> Vec<Hit> {
        self.search_nprobe(query, k, self.options.nprobe)
    }
    fn memory_bytes(&self) -> usize {
        let lists: usize = self
            .lists
            .iter()
            .map(|l| l.ids.capacity() * 4 + l.scales.capacity() * 4 + l.codes.capacity())
            .sum();
        // A hash map entry: key + value + control byte, at the map's capacity.
        lists + self.centroids.len() * 4 + self.place.capacity() * 13
    }
}
