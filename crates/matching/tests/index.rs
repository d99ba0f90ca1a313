//! Exact and approximate vector search.

use klaster_matching::rng::Rng;
use klaster_matching::vector::normalize;
use klaster_matching::{ExactIndex, IvfIndex, IvfOptions, VectorIndex};

fn clustered(n: usize, dim: usize, topics: usize, seed: u64) -> Vec<f32> {
    let mut rng = Rng::new(seed);
    let centres: Vec<Vec<f32>> = (0..topics).map(|_| rng.unit_vector(dim)).collect();
    let mut out = Vec::with_capacity(n * dim);
    for _ in 0..n {
        let c = &centres[rng.below(topics)];
        let mut v: Vec<f32> = c
            .iter()
            .map(|x| x + rng.normal() / (dim as f32).sqrt())
            .collect();
        normalize(&mut v);
        out.extend(v);
    }
    out
}

#[test]
fn ivf_recall_against_exact_search() {
    let (n, dim, k) = (4000, 48, 10);
    let data = clustered(n, dim, 40, 1);
    let mut exact = ExactIndex::new(dim);
    for (i, v) in data.chunks_exact(dim).enumerate() {
        exact.upsert(i as u32, v);
    }
    let opts = IvfOptions {
        nlist: 32,
        nprobe: 10,
        iterations: 5,
        seed: 3,
    };
    let mut ivf = IvfIndex::train(dim, &data[..2000 * dim], opts);
    let ids: Vec<u32> = (0..n as u32).collect();
    ivf.add_batch(&ids, &data);
    assert_eq!(ivf.len(), n);
    let queries = clustered(100, dim, 40, 1_000_001);
    let (mut hit, mut total) = (0, 0);
    for q in queries.chunks_exact(dim) {
        let truth = exact.search(q, k);
        let got = ivf.search(q, k);
        assert_eq!(got.len(), k);
        assert!(
            got.windows(2).all(|w| w[0].score >= w[1].score),
            "best first"
        );
        total += truth.len();
        hit += truth
            .iter()
            .filter(|t| got.iter().any(|g| g.id == t.id))
            .count();
        // Scores of int8 codes stay close to the exact cosine.
        let e = exact.get(got[0].id).unwrap();
        let d: f32 = e.iter().zip(q).map(|(a, b)| a * b).sum();
        assert!((d - got[0].score).abs() < 0.01, "{d} vs {}", got[0].score);
    }
    let recall = hit as f64 / total as f64;
    assert!(recall >= 0.9, "recall@{k} {recall}");
    // All lists probed: the only loss is quantisation.
    let q = &queries[..dim];
    let all = ivf.search_nprobe(q, k, 32);
    let truth = exact.search(q, k);
    let same = truth
        .iter()
        .filter(|t| all.iter().any(|g| g.id == t.id))
        .count();
    assert!(same >= k - 1, "{same}");
}

#[test]
fn indexes_follow_upserts_and_removals() {
    let dim = 16;
    let data = clustered(200, dim, 4, 9);
    let mut exact = ExactIndex::new(dim);
    let mut ivf = IvfIndex::train(
        dim,
        &data,
        IvfOptions {
            nlist: 4,
            nprobe: 4,
            iterations: 3,
            seed: 1,
        },
    );
    for (i, v) in data.chunks_exact(dim).enumerate() {
        exact.upsert(i as u32, v);
        ivf.upsert(i as u32, v);
    }
    let q = &data[5 * dim..6 * dim];
    for idx in [&mut exact as &mut dyn VectorIndex, &mut ivf] {
        assert_eq!(idx.len(), 200);
        assert_eq!(idx.search(q, 1)[0].id, 5);
        assert!(idx.remove(5));
        assert!(!idx.remove(5));
        assert_eq!(idx.len(), 199);
        assert_ne!(idx.search(q, 1)[0].id, 5);
        idx.upsert(777, q);
        assert_eq!(idx.search(q, 1)[0].id, 777);
        idx.upsert(777, &data[6 * dim..7 * dim]);
        assert_eq!(idx.len(), 200);
        assert!(idx.memory_bytes() > 0);
    }
}
