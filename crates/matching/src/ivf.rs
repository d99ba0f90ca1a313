//! An inverted-file (IVF) index for large platforms: spherical k-means splits the vectors into
//! `nlist` lists; each vector is stored twice, quantised with one scale per vector: 4-bit codes
//! (`dim / 2` bytes) and 8-bit codes (`dim` bytes), each list's rows contiguous. A query scores
//! the centroids, scans the 4-bit codes of the `nprobe` best lists (the scan is bound by memory
//! bandwidth, so half the bytes is nearly half the time), keeps a few hundred candidates and
//! re-ranks them with the int8 × int16 inner product. 1,000,000 × 384-d vectors take ≈ 0.6 GB.

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

/// One list, each field row after row (contiguous, scanned in order).
#[derive(Debug, Clone, Default)]
struct List {
    ids: Vec<u32>,
    scales: Vec<f32>,
    codes: Vec<i8>,
    /// 4-bit codes: `half(dim)` bytes a row, see [`quantize_i4`].
    scales4: Vec<f32>,
    nibbles: Vec<u8>,
}

/// A vector ready to go into its list.
struct Coded {
    list: usize,
    scale: f32,
    codes: Vec<i8>,
    scale4: f32,
    nibbles: Vec<u8>,
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

/// Bytes of a 4-bit row: element `i` and element `i + half` share byte `i`.
pub fn half(dim: usize) -> usize {
    dim.div_ceil(2)
}

/// 4-bit codes of `v` in -7..=7 and their scale (value = code × scale): element `i` in the low
/// nibble of byte `i`, element `i + half(dim)` in the high nibble, so that unpacking gives two
/// contiguous halves (a loop the compiler vectorises).
pub fn quantize_i4(v: &[f32], out: &mut Vec<u8>) -> f32 {
    let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 7.0 } else { 1.0 };
    let h = half(v.len());
    let code = |x: f32| (x / scale).round().clamp(-7.0, 7.0) as i8;
    out.extend((0..h).map(|i| {
        let lo = code(v[i]) as u8 & 0x0f;
        let hi = v.get(i + h).map_or(0, |&x| code(x) as u8);
        lo | (hi << 4)
    }));
    scale
}

/// The 4-bit codes back as integers (for tests and checks).
pub fn unpack_i4(packed: &[u8], dim: usize) -> Vec<i8> {
    let h = half(dim);
    (0..dim)
        .map(|i| {
            let b = packed[i % h];
            if i < h {
                ((b << 4) as i8) >> 4
            } else {
                (b as i8) >> 4
            }
        })
        .collect()
}

/// Unpacks a 4-bit row into `out` (`2 · half` codes; byte shifts, which vectorise).
#[inline(always)]
fn unpack_row(p: &[u8], out: &mut [i8]) {
    let (lo, hi) = out.split_at_mut(p.len());
    for ((x, l), h) in p.iter().zip(lo).zip(hi) {
        *l = ((*x << 4) as i8) >> 4;
        *h = (*x as i8) >> 4;
    }
}

#[inline(always)]
fn scan4_generic(packed: &[u8], h: usize, q: &[i16], out: &mut [i32]) {
    // Unpacked into a small buffer, then the int8 × int16 loop (`vpmaddwd`): a fused
    // nibble × int16 loop compiles to 32-bit multiplies, twice as slow.
    let mut row = [0i8; 512];
    let mut heap = Vec::new();
    let row: &mut [i8] = if 2 * h <= row.len() {
        &mut row[..2 * h]
    } else {
        heap.resize(2 * h, 0);
        &mut heap
    };
    for (c, o) in packed.chunks_exact(h).zip(out.iter_mut()) {
        unpack_row(c, row);
        *o = dot_i8_i16_generic(row, q);
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn scan4_avx2(packed: &[u8], h: usize, q: &[i16], out: &mut [i32]) {
    scan4_generic(packed, h, q, out)
}

/// Inner products of the int16 query (zero-padded to `2 · h`) with every packed 4-bit row
/// (`h` bytes each).
fn scan4(packed: &[u8], h: usize, q: &[i16], out: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU supports the features the function is compiled for.
        unsafe { scan4_avx2(packed, h, q, out) };
        return;
    }
    scan4_generic(packed, h, q, out)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn dot_i8_avx2(a: &[i8], b: &[i16]) -> i32 {
    dot_i8_i16_generic(a, b)
}

fn dot_i8(a: &[i8], b: &[i16]) -> i32 {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU supports the features the function is compiled for.
        return unsafe { dot_i8_avx2(a, b) };
    }
    dot_i8_i16_generic(a, b)
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

/// Nearest centroid of every row of `vs`, the first one on ties.
/// Rows go in blocks of [`ASSIGN_BLOCK`] so that each centroid is read once per block, from
/// cache, instead of once per vector: the centroid matrix (2000 × 384 f32 = 3 MB at 1M
/// profiles) no longer streams from memory for every vector.
fn assign(centroids: &[f32], dim: usize, vs: &[f32]) -> Vec<usize> {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU supports the features the function is compiled for.
        return unsafe { assign_avx2(centroids, dim, vs) };
    }
    assign_generic(centroids, dim, vs)
}

const ASSIGN_BLOCK: usize = 16;

#[inline(always)]
fn assign_generic(centroids: &[f32], dim: usize, vs: &[f32]) -> Vec<usize> {
    let mut out = Vec::with_capacity(vs.len() / dim.max(1));
    let mut best = [(f32::NEG_INFINITY, 0usize); ASSIGN_BLOCK];
    for block in vs.chunks(dim * ASSIGN_BLOCK) {
        let m = block.len() / dim;
        best[..m].fill((f32::NEG_INFINITY, 0));
        for (ci, c) in centroids.chunks_exact(dim).enumerate() {
            for (b, v) in best.iter_mut().zip(block.chunks_exact(dim)) {
                let s = dot(c, v);
                if s > b.0 || ci == 0 {
                    *b = (s, ci);
                }
            }
        }
        out.extend(best[..m].iter().map(|b| b.1));
    }
    out
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn assign_avx2(centroids: &[f32], dim: usize, vs: &[f32]) -> Vec<usize> {
    assign_generic(centroids, dim, vs)
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
                .par_chunks(dim * 256)
                .flat_map_iter(|vs| assign(&centroids, dim, vs))
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
        let assign: Vec<Coded> = vectors
            .par_chunks(dim * 256)
            .flat_map_iter(|vs| {
                let lists = assign(&self.centroids, dim, vs);
                lists
                    .into_iter()
                    .zip(vs.chunks_exact(dim))
                    .map(|(list, v)| {
                        let mut codes = Vec::with_capacity(dim);
                        let scale = quantize_i8(v, &mut codes);
                        let mut nibbles = Vec::with_capacity(half(dim));
                        let scale4 = quantize_i4(v, &mut nibbles);
                        Coded {
                            list,
                            scale,
                            codes,
                            scale4,
                            nibbles,
                        }
                    })
            })
            .collect();
        for (
            &id,
            Coded {
                list,
                scale,
                codes,
                scale4,
                nibbles,
            },
        ) in ids.iter().zip(assign)
        {
            self.remove(id);
            let l = &mut self.lists[list];
            self.place.insert(id, (list as u32, l.ids.len() as u32));
            l.ids.push(id);
            l.scales.push(scale);
            l.codes.extend_from_slice(&codes);
            l.scales4.push(scale4);
            l.nibbles.extend_from_slice(&nibbles);
        }
    }

    /// Gives back the lists' spare capacity (up to half of their bytes after growing by
    /// doubling): call after a bulk load; later upserts grow the lists again as needed.
    pub fn shrink_to_fit(&mut self) {
        for l in &mut self.lists {
            l.ids.shrink_to_fit();
            l.scales.shrink_to_fit();
            l.codes.shrink_to_fit();
            l.scales4.shrink_to_fit();
            l.nibbles.shrink_to_fit();
        }
        self.place.shrink_to_fit();
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
        let h = half(dim);
        let mut q4 = q16.clone();
        q4.resize(2 * h, 0);
        // Pass 1: 4-bit codes of the probed lists (half the bytes of int8, and the scan is
        // bound by memory), keeping the best `rerank` candidates as (probe, position).
        let rerank = (k * 10).max(200);
        let mut cands = TopK::new(rerank);
        let mut starts = Vec::with_capacity(order.len());
        let mut start = 0u32;
        let mut buf = Vec::new();
        for &l in &order {
            let list = &self.lists[l as usize];
            starts.push(start);
            buf.clear();
            buf.resize(list.ids.len(), 0i32);
            scan4(&list.nibbles, h, &q4, &mut buf);
            for (j, (&s, &raw)) in list.scales4.iter().zip(&buf).enumerate() {
                let score = raw as f32 * s;
                if score > cands.floor() {
                    cands.push(start + j as u32, score);
                }
            }
            start += list.ids.len() as u32;
        }
        // Pass 2: the candidates again with their int8 codes.
        let mut top = TopK::new(k);
        for c in cands.into_sorted() {
            let p = starts.partition_point(|&s| s <= c.id) - 1;
            let list = &self.lists[order[p] as usize];
            let pos = (c.id - starts[p]) as usize;
            let raw = dot_i8(&list.codes[pos * dim..(pos + 1) * dim], &q16);
            top.push(list.ids[pos], raw as f32 * list.scales[pos] * qscale);
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
            l.scales4[pos] = l.scales4[last];
            let h = half(dim);
            l.nibbles.copy_within(last * h..(last + 1) * h, pos * h);
            self.place.insert(moved, (list, pos as u32));
        }
        l.ids.pop();
        l.scales.pop();
        l.codes.truncate(last * dim);
        l.scales4.pop();
        l.nibbles.truncate(last * half(dim));
        true
    }
    fn search(&self, query: &[f32], k: usize) -> Vec<Hit> {
        self.search_nprobe(query, k, self.options.nprobe)
    }
    fn memory_bytes(&self) -> usize {
        let lists: usize = self
            .lists
            .iter()
            .map(|l| {
                l.ids.capacity() * 4
                    + (l.scales.capacity() + l.scales4.capacity()) * 4
                    + l.codes.capacity()
                    + l.nibbles.capacity()
            })
            .sum();
        // A hash map entry: key + value + control byte, at the map's capacity.
        lists + self.centroids.len() * 4 + self.place.capacity() * 13
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vector::{ExactIndex, VectorIndex};

    fn unit(rng: &mut Rng, dim: usize) -> Vec<f32> {
        let mut v: Vec<f32> = (0..dim).map(|_| rng.normal()).collect();
        normalize(&mut v);
        v
    }

    #[test]
    fn four_bit_codes_round_trip_and_odd_dimensions() {
        let mut rng = Rng::new(5);
        for dim in [1, 7, 48, 385] {
            let v = unit(&mut rng, dim);
            let mut packed = Vec::new();
            let scale = quantize_i4(&v, &mut packed);
            assert_eq!(packed.len(), half(dim));
            let codes = unpack_i4(&packed, dim);
            for (x, c) in v.iter().zip(&codes) {
                assert!((-7..=7).contains(c));
                assert!((x - *c as f32 * scale).abs() <= scale / 2.0 + 1e-6);
            }
            // The packed dot product equals the plain one on the unpacked codes.
            let q: Vec<i16> = (0..dim).map(|i| (i as i16 * 37) % 2001 - 1000).collect();
            let h = half(dim);
            let mut q = q.clone();
            q.resize(2 * h, 0);
            let mut out = [0i32];
            scan4(&packed, h, &q, &mut out);
            let want: i32 = codes
                .iter()
                .zip(&q)
                .map(|(c, x)| *c as i32 * *x as i32)
                .sum();
            assert_eq!(out[0], want, "dim {dim}");
        }
    }

    /// 4-bit scores alone rank nearly like exact search; with the int8 re-rank (all lists
    /// probed) the top-10 is the exact one but for quantisation ties.
    #[test]
    fn four_bit_scan_and_rerank_recall_against_exact() {
        let (n, dim, k) = (3000, 64, 10);
        let mut rng = Rng::new(11);
        let centres: Vec<Vec<f32>> = (0..30).map(|_| unit(&mut rng, dim)).collect();
        let mut data = Vec::with_capacity(n * dim);
        for _ in 0..n {
            let c = &centres[rng.below(30)];
            let mut v: Vec<f32> = c.iter().map(|x| x + rng.normal() / 8.0).collect();
            normalize(&mut v);
            data.extend(v);
        }
        let mut exact = ExactIndex::new(dim);
        let mut packed = Vec::new();
        let mut scales = Vec::new();
        for (i, v) in data.chunks_exact(dim).enumerate() {
            exact.upsert(i as u32, v);
            scales.push(quantize_i4(v, &mut packed));
        }
        let opts = IvfOptions {
            nlist: 16,
            nprobe: 16,
            iterations: 4,
            seed: 2,
        };
        let mut ivf = IvfIndex::train(dim, &data, opts);
        let ids: Vec<u32> = (0..n as u32).collect();
        ivf.add_batch(&ids, &data);
        let (mut hit4, mut hit, mut total) = (0, 0, 0);
        for _ in 0..50 {
            let c = &centres[rng.below(30)];
            let mut q: Vec<f32> = c.iter().map(|x| x + rng.normal() / 8.0).collect();
            normalize(&mut q);
            let truth = exact.search(&q, k);
            let q16: Vec<i16> = q.iter().map(|x| (x * 32767.0).round() as i16).collect();
            let h = half(dim);
            let mut out = vec![0i32; n];
            scan4(&packed, h, &q16, &mut out);
            let mut top4 = TopK::new(k);
            for (i, (&raw, &s)) in out.iter().zip(&scales).enumerate() {
                top4.push(i as u32, raw as f32 * s);
            }
            let top4 = top4.into_sorted();
            let got = ivf.search(&q, k);
            total += k;
            hit4 += truth
                .iter()
                .filter(|t| top4.iter().any(|g| g.id == t.id))
                .count();
            hit += truth
                .iter()
                .filter(|t| got.iter().any(|g| g.id == t.id))
                .count();
        }
        let (r4, r) = (hit4 as f64 / total as f64, hit as f64 / total as f64);
        assert!(r4 >= 0.8, "4-bit recall@{k} {r4}");
        assert!(r >= 0.97, "re-ranked recall@{k} {r}");
    }
}
