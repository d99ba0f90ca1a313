//! Vectors and nearest-neighbour search behind one small trait: [`ExactIndex`] (brute force over
//! one contiguous f32 array; right for small platforms and the reference for recall) and
//! [`crate::IvfIndex`] (approximate, for large ones).

use std::cmp::Ordering;

/// A search result: the caller's id of the vector and its similarity to the query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub id: u32,
    pub score: f32,
}

/// Nearest neighbours by inner product (= cosine for unit vectors), kept in sync with the
/// platform's profiles through `upsert` and `remove`.
pub trait VectorIndex: Send + Sync {
    fn dim(&self) -> usize;
    /// Number of live vectors.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Adds the vector under `id`, replacing any vector with that id.
    fn upsert(&mut self, id: u32, v: &[f32]);
    /// Removes `id`; false when it was absent.
    fn remove(&mut self, id: u32) -> bool;
    /// The `k` best hits, best first.
    fn search(&self, query: &[f32], k: usize) -> Vec<Hit>;
    /// Bytes held by the index's vectors and lists (not counting allocator slack).
    fn memory_bytes(&self) -> usize;
}

/// Dot product, unrolled into 16 independent accumulators so that it vectorises.
#[inline]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    debug_assert_eq!(a.len(), b.len());
    let mut acc = [0f32; 16];
    let ca = a.chunks_exact(16);
    let cb = b.chunks_exact(16);
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for i in 0..16 {
            acc[i] += x[i] * y[i];
        }
    }
    let mut s: f32 = acc.iter().sum();
    for (x, y) in ra.iter().zip(rb) {
        s += x * y;
    }
    s
}

/// Scales `v` to unit length (a zero vector stays zero).
pub fn normalize(v: &mut [f32]) {
    let n = dot(v, v).sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Keeps the `k` largest (score, id) pairs seen; small k, so a sorted vector beats a heap.
#[derive(Debug, Clone)]
pub struct TopK {
    k: usize,
    items: Vec<Hit>,
    /// Score of the worst kept item once full; -inf before.
    floor: f32,
}

impl TopK {
    pub fn new(k: usize) -> Self {
        TopK {
            k,
            items: Vec::with_capacity(k + 1),
            floor: f32::NEG_INFINITY,
        }
    }

    #[inline]
    pub fn floor(&self) -> f32 {
        self.floor
    }

    #[inline]
    pub fn push(&mut self, id: u32, score: f32) {
        if self.k == 0 || (self.items.len() == self.k && score <= self.floor) {
            return;
        }
        let pos = self
            .items
            .partition_point(|h| cmp_hits(h, &Hit { id, score }) == Ordering::Less);
        self.items.insert(pos, Hit { id, score });
        if self.items.len() > self.k {
            self.items.pop();
        }
        if self.items.len() == self.k {
            self.floor = self.items[self.k - 1].score;
        }
    }

    /// Best first.
    pub fn into_sorted(self) -> Vec<Hit> {
        self.items
    }
}

/// Best first: higher score, then lower id (deterministic ties).
pub fn cmp_hits(a: &Hit, b: &Hit) -> Ordering {
    b.score
        .partial_cmp(&a.score)
        .unwrap_or(Ordering::Equal)
        .then(a.id.cmp(&b.id))
}

/// Brute-force search over vectors stored row after row in one `Vec<f32>`.
#[derive(Debug, Clone, Default)]
pub struct ExactIndex {
    dim: usize,
    data: Vec<f32>,
    ids: Vec<u32>,
    slot_of: std::collections::HashMap<u32, usize>,
}

impl ExactIndex {
    pub fn new(dim: usize) -> Self {
        ExactIndex {
            dim,
            ..Default::default()
        }
    }

    /// The stored vector of `id`.
    pub fn get(&self, id: u32) -> Option<&[f32]> {
        self.slot_of
            .get(&id)
            .map(|&s| &self.data[s * self.dim..(s + 1) * self.dim])
    }

    /// Scores of the query against every vector, in the order of [`ExactIndex::ids`].
    pub fn scores(&self, query: &[f32]) -> Vec<f32> {
        self.data
            .chunks_exact(self.dim)
            .map(|row| dot(row, query))
            .collect()
    }

    pub fn ids(&self) -> &[u32] {
        &self.ids
    }
}

impl VectorIndex for ExactIndex {
    fn dim(&self) -> usize {
        self.dim
    }
    fn len(&self) -> usize {
        self.ids.len()
    }
    fn upsert(&mut self, id: u32, v: &[f32]) {
        assert_eq!(v.len(), self.dim, "vector of the wrong dimension");
        if let Some(&s) = self.slot_of.get(&id) {
            self.data[s * self.dim..(s + 1) * self.dim].copy_from_slice(v);
        } else {
            self.slot_of.insert(id, self.ids.len());
            self.ids.push(id);
            self.data.extend_from_slice(v);
        }
    }
    fn remove(&mut self, id: u32) -> bool {
        let Some(s) = self.slot_of.remove(&id) else {
            return false;
        };
        let last = self.ids.len() - 1;
        if s != last {
            let moved = self.ids[last];
            self.ids[s] = moved;
            self.slot_of.insert(moved, s);
            let (head, tail) = self.data.split_at_mut(last * self.dim);
            head[s * self.dim..(s + 1) * self.dim].copy_from_slice(&tail[..self.dim]);
        }
        self.ids.pop();
        self.data.truncate(last * self.dim);
        true
    }
    fn search(&self, query: &[f32], k: usize) -> Vec<Hit> {
        let mut top = TopK::new(k);
        for (row, &id) in self.data.chunks_exact(self.dim).zip(&self.ids) {
            top.push(id, dot(row, query));
        }
        top.into_sorted()
    }
    fn memory_bytes(&self) -> usize {
        self.data.len() * 4 + self.ids.len() * 4 + self.slot_of.len() * 16
    }
}
