//! Issue 5's `match-scale` benchmark: synthetic profiles (unit vectors and taxonomy codes), an
//! index over them, top-20 latency and recall@20 against exact search.
//!
//! The synthetic data are *clustered*, like real profile embeddings: `topics` random unit
//! centres; a profile is `normalize(centre + spread · g)` with `g` a Gaussian vector of norm ≈ 1
//! (same-topic cosine ≈ 1 / (1 + spread²) = 0.5 by default) and carries its topic's NACE-like
//! code plus a random one. Queries are fresh draws from the same mixture. (`topics = 0` gives
//! uniform random vectors: a worst case where the 20 nearest neighbours are nearly orthogonal to
//! the query and no index beats a full scan — not what real texts look like.) Vectors are
//! generated from their number, so nothing but the index is held in memory: exact ground truth
//! regenerates them chunk by chunk.

use crate::ivf::{IvfIndex, IvfOptions};
use crate::lexical::code_relatedness;
use crate::rng::Rng;
use crate::vector::{dot, normalize, ExactIndex, Hit, TopK, VectorIndex};
use rayon::prelude::*;
use serde::Serialize;
use std::fmt;
use std::time::Instant;

#[derive(Debug, Clone, PartialEq)]
pub struct ScaleOptions {
    pub dim: usize,
    /// Number of topic centres; `None` = one per 200 profiles (at least 16); 0 = uniform.
    pub topics: Option<usize>,
    pub spread: f32,
    pub k: usize,
    pub seed: u64,
    /// Use exact search below this many profiles.
    pub exact_below: usize,
    pub nlist: Option<usize>,
    pub nprobe: Option<usize>,
}

impl Default for ScaleOptions {
    fn default() -> Self {
        ScaleOptions {
            dim: 384,
            topics: None,
            spread: 1.0,
            k: 20,
            seed: 7,
            exact_below: 20_000,
            nlist: None,
            nprobe: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchScaleReport {
    pub profiles: usize,
    pub queries: usize,
    pub dim: usize,
    pub k: usize,
    /// `exact` or `ivf-int4+int8` (4-bit scan, int8 re-rank).
    pub index: String,
    pub nlist: usize,
    pub nprobe: usize,
    /// How the synthetic vectors were drawn.
    pub data: String,
    pub build_seconds: f64,
    /// Bytes held by the index (vectors, lists, id map).
    pub index_bytes: usize,
    /// Resident memory of the whole process after the build (Linux; 0 elsewhere).
    pub rss_bytes: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub recall_at_k: f64,
    /// Share of the top-k (after adding the taxonomy signal) that share the query's code.
    pub taxonomy_share: f64,
    pub seconds: f64,
}

impl fmt::Display for MatchScaleReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} profiles × {}-d, {} queries, index {} (nlist {}, nprobe {}), data: {}",
            self.profiles, self.dim, self.queries, self.index, self.nlist, self.nprobe, self.data
        )?;
        writeln!(
            f,
            "build {:.1} s, index {:.0} MB, process RSS {:.0} MB",
            self.build_seconds,
            self.index_bytes as f64 / 1e6,
            self.rss_bytes as f64 / 1e6
        )?;
        writeln!(
            f,
            "top-{}: p50 {:.2} ms, p99 {:.2} ms (one thread per query), recall@{} {:.3}",
            self.k, self.p50_ms, self.p99_ms, self.k, self.recall_at_k
        )?;
        write!(f, "wall time {:.1} s", self.seconds)
    }
}

struct Generator {
    dim: usize,
    centres: Vec<f32>,
    codes: Vec<u16>,
    spread: f32,
    seed: u64,
}

impl Generator {
    fn new(o: &ScaleOptions, topics: usize) -> Self {
        let mut rng = Rng::new(o.seed);
        let centres = (0..topics).flat_map(|_| rng.unit_vector(o.dim)).collect();
        let codes = (0..topics).map(|_| rng.below(1000) as u16).collect();
        Generator {
            dim: o.dim,
            centres,
            codes,
            spread: o.spread,
            seed: o.seed,
        }
    }

    /// Vector and codes of item `i` (profiles from 0, queries from 2^40).
    fn item(&self, i: u64, out: &mut Vec<f32>) -> [u16; 2] {
        let mut rng = Rng::new(self.seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ i);
        let start = out.len();
        let topics = self.codes.len();
        if topics == 0 {
            out.extend((0..self.dim).map(|_| rng.normal()));
            normalize(&mut out[start..]);
            return [rng.below(1000) as u16, rng.below(1000) as u16];
        }
        let t = rng.below(topics);
        let s = self.spread / (self.dim as f32).sqrt();
        let c = &self.centres[t * self.dim..(t + 1) * self.dim];
        out.extend(c.iter().map(|x| x + s * rng.normal()));
        normalize(&mut out[start..]);
        [self.codes[t], rng.below(1000) as u16]
    }

    fn batch(&self, from: u64, n: usize) -> (Vec<f32>, Vec<[u16; 2]>) {
        let parts: Vec<(Vec<f32>, [u16; 2])> = (0..n as u64)
            .into_par_iter()
            .map(|j| {
                let mut v = Vec::with_capacity(self.dim);
                let c = self.item(from + j, &mut v);
                (v, c)
            })
            .collect();
        let mut vs = Vec::with_capacity(n * self.dim);
        let mut cs = Vec::with_capacity(n);
        for (v, c) in parts {
            vs.extend(v);
            cs.push(c);
        }
        (vs, cs)
    }
}

fn rss_bytes() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

const QUERY_BASE: u64 = 1 << 40;
const CHUNK: usize = 65_536;

/// The benchmark with default options (clustered 384-d data, IVF from 20,000 profiles).
pub fn bench_match_scale(
    n_profiles: usize,
    n_queries: usize,
    progress: &mut dyn FnMut(&str),
) -> MatchScaleReport {
    bench_match_scale_with(n_profiles, n_queries, &ScaleOptions::default(), progress)
}

pub fn bench_match_scale_with(
    n_profiles: usize,
    n_queries: usize,
    o: &ScaleOptions,
    progress: &mut dyn FnMut(&str),
) -> MatchScaleReport {
    let start = Instant::now();
    let dim = o.dim;
    let topics = o.topics.unwrap_or((n_profiles / 200).max(16));
    let gen = Generator::new(o, topics);
    let data = if topics == 0 {
        "uniform random unit vectors".to_string()
    } else {
        format!(
            "{topics} topics, same-topic cosine ≈ {:.2}",
            1.0 / (1.0 + o.spread * o.spread)
        )
    };
    // Codes of every profile (2 × u16 each), kept beside the index for the taxonomy signal.
    let mut codes: Vec<[u16; 2]> = Vec::with_capacity(n_profiles);
    let t0 = Instant::now();
    let exact = n_profiles < o.exact_below;
    let mut ivf_opts = IvfOptions::for_size(n_profiles);
    if let Some(n) = o.nlist {
        ivf_opts.nlist = n;
    }
    if let Some(n) = o.nprobe {
        ivf_opts.nprobe = n;
    }
    let mut index: Box<dyn VectorIndex> = if exact {
        let mut idx = ExactIndex::new(dim);
        for from in (0..n_profiles).step_by(CHUNK) {
            let n = CHUNK.min(n_profiles - from);
            let (vs, cs) = gen.batch(from as u64, n);
            for (j, v) in vs.chunks_exact(dim).enumerate() {
                idx.upsert((from + j) as u32, v);
            }
            codes.extend(cs);
        }
        Box::new(idx)
    } else {
        let sample_n = n_profiles.min((ivf_opts.nlist * 32).clamp(10_000, 65_536));
        let (sample, _) = gen.batch(0, sample_n);
        progress(&format!(
            "training {} lists on {sample_n} profiles",
            ivf_opts.nlist
        ));
        let mut idx = IvfIndex::train(dim, &sample, ivf_opts.clone());
        drop(sample);
        progress(&format!("trained in {:.1} s", t0.elapsed().as_secs_f64()));
        for from in (0..n_profiles).step_by(CHUNK) {
            let n = CHUNK.min(n_profiles - from);
            let (vs, cs) = gen.batch(from as u64, n);
            let ids: Vec<u32> = (from as u32..(from + n) as u32).collect();
            idx.add_batch(&ids, &vs);
            codes.extend(cs);
            progress(&format!("indexed {} / {n_profiles}", from + n));
        }
        // What the engine does after loading a platform's profiles in bulk.
        idx.shrink_to_fit();
        Box::new(idx)
    };
    let build_seconds = t0.elapsed().as_secs_f64();
    let rss = rss_bytes();
    let index_bytes = index.memory_bytes() + codes.capacity() * 4;
    progress(&format!(
        "built in {build_seconds:.1} s, index {:.0} MB",
        index_bytes as f64 / 1e6
    ));
    // Queries, timed one at a time on one thread.
    let (qv, qc) = gen.batch(QUERY_BASE, n_queries);
    let k = o.k;
    let mut lat = Vec::with_capacity(n_queries);
    let mut found: Vec<Vec<Hit>> = Vec::with_capacity(n_queries);
    let mut tax_hits = 0usize;
    for (q, qcodes) in qv.chunks_exact(dim).zip(&qc) {
        let t = Instant::now();
        let hits = index.search(q, k);
        // The taxonomy signal on the candidates: the score the suggestions page would show.
        let mut combined: Vec<(f32, u32)> = hits
            .iter()
            .map(|h| {
                let pc = codes[h.id as usize];
                let rel = pc
                    .iter()
                    .map(|c| code_relatedness(&format!("{:04}", qcodes[0]), &format!("{c:04}")))
                    .fold(0f32, f32::max);
                (h.score + 0.1 * rel, h.id)
            })
            .collect();
        combined.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
        lat.push(t.elapsed().as_secs_f64() * 1e3);
        tax_hits += combined
            .iter()
            .filter(|(_, id)| codes[*id as usize].contains(&qcodes[0]))
            .count();
        found.push(hits);
    }
    progress("exact ground truth");
    // Exact ground truth over regenerated vectors.
    let mut truth: Vec<TopK> = (0..n_queries).map(|_| TopK::new(k)).collect();
    for from in (0..n_profiles).step_by(CHUNK) {
        let n = CHUNK.min(n_profiles - from);
        let (vs, _) = gen.batch(from as u64, n);
        truth
            .par_iter_mut()
            .zip(qv.par_chunks_exact(dim))
            .for_each(|(top, q)| {
                for (j, v) in vs.chunks_exact(dim).enumerate() {
                    let s = dot(v, q);
                    if s > top.floor() {
                        top.push((from + j) as u32, s);
                    }
                }
            });
    }
    let mut hit = 0usize;
    let mut total = 0usize;
    for (t, f) in truth.into_iter().zip(&found) {
        let t = t.into_sorted();
        total += t.len();
        hit += t.iter().filter(|h| f.iter().any(|x| x.id == h.id)).count();
    }
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| {
        if lat.is_empty() {
            0.0
        } else {
            lat[((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1]
        }
    };
    let (nlist, nprobe) = if exact {
        (0, 0)
    } else {
        (ivf_opts.nlist, ivf_opts.nprobe)
    };
    let _ = &mut index;
    MatchScaleReport {
        profiles: n_profiles,
        queries: n_queries,
        dim,
        k,
        index: if exact { "exact" } else { "ivf-int4+int8" }.into(),
        nlist,
        nprobe,
        data,
        build_seconds,
        index_bytes,
        rss_bytes: rss,
        p50_ms: pct(0.5),
        p99_ms: pct(0.99),
        recall_at_k: if total == 0 {
            1.0
        } else {
            hit as f64 / total as f64
        },
        taxonomy_share: tax_hits as f64 / (n_queries * k).max(1) as f64,
        seconds: start.elapsed().as_secs_f64(),
    }
}
