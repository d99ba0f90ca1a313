//! Embeds each distinct text once: a memoising [`Embedder`] wrapper, with an optional file so
//! that repeated benchmark runs and experiments do not recompute the model.

use klaster_embed::{Embedder, Error as EmbedError, InputKind};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::Mutex;

pub struct CachedEmbedder<'a> {
    inner: &'a dyn Embedder,
    map: Mutex<HashMap<(bool, String), Vec<f32>>>,
    computed: Mutex<usize>,
}

impl<'a> CachedEmbedder<'a> {
    pub fn new(inner: &'a dyn Embedder) -> Self {
        CachedEmbedder {
            inner,
            map: Mutex::new(HashMap::new()),
            computed: Mutex::new(0),
        }
    }

    /// Texts actually sent to the model so far.
    pub fn computed(&self) -> usize {
        *self.computed.lock().unwrap()
    }

    pub fn len(&self) -> usize {
        self.map.lock().unwrap().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds a vector computed elsewhere (e.g. stored in a database) for `text`.
    pub fn insert(&self, kind: InputKind, text: &str, v: Vec<f32>) {
        self.map
            .lock()
            .unwrap()
            .insert((kind == InputKind::Query, text.to_string()), v);
    }

    /// Every vector held for this kind of input, by text (given and computed ones).
    pub fn entries(&self, kind: InputKind) -> HashMap<String, Vec<f32>> {
        let q = kind == InputKind::Query;
        self.map
            .lock()
            .unwrap()
            .iter()
            .filter(|((kq, _), _)| *kq == q)
            .map(|((_, t), v)| (t.clone(), v.clone()))
            .collect()
    }

    /// Adds the entries of a file written by [`CachedEmbedder::save`] (missing file: nothing).
    /// The caller must use the same model and options as when it was written.
    pub fn load(&self, path: &Path) -> std::io::Result<usize> {
        let mut buf = Vec::new();
        match std::fs::File::open(path) {
            Ok(mut f) => f.read_to_end(&mut buf)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let bad = || std::io::Error::new(std::io::ErrorKind::InvalidData, "bad cache file");
        let mut p = 0usize;
        let mut take = |n: usize| -> std::io::Result<&[u8]> {
            let s = buf.get(p..p + n).ok_or_else(bad)?;
            p += n;
            Ok(s)
        };
        let mut map = self.map.lock().unwrap();
        let n = u32::from_le_bytes(take(4)?.try_into().unwrap()) as usize;
        for _ in 0..n {
            let query = take(1)?[0] == 1;
            let tl = u32::from_le_bytes(take(4)?.try_into().unwrap()) as usize;
            let text = String::from_utf8(take(tl)?.to_vec()).map_err(|_| bad())?;
            let d = u32::from_le_bytes(take(4)?.try_into().unwrap()) as usize;
            let v = take(d * 4)?
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
                .collect();
            map.insert((query, text), v);
        }
        Ok(n)
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let map = self.map.lock().unwrap();
        let mut out = Vec::new();
        out.extend_from_slice(&(map.len() as u32).to_le_bytes());
        for ((query, text), v) in map.iter() {
            out.push(*query as u8);
            out.extend_from_slice(&(text.len() as u32).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
            out.extend_from_slice(&(v.len() as u32).to_le_bytes());
            for x in v {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        std::fs::File::create(path)?.write_all(&out)
    }
}

impl Embedder for CachedEmbedder<'_> {
    fn embed(&self, texts: &[&str], kind: InputKind) -> Result<Vec<Vec<f32>>, EmbedError> {
        let q = kind == InputKind::Query;
        let missing: Vec<&str> = {
            let map = self.map.lock().unwrap();
            let mut seen = std::collections::HashSet::new();
            texts
                .iter()
                .copied()
                .filter(|t| !map.contains_key(&(q, t.to_string())) && seen.insert(*t))
                .collect()
        };
        if !missing.is_empty() {
            let vs = self.inner.embed(&missing, kind)?;
            *self.computed.lock().unwrap() += missing.len();
            let mut map = self.map.lock().unwrap();
            for (t, v) in missing.iter().zip(vs) {
                map.insert((q, t.to_string()), v);
            }
        }
        let map = self.map.lock().unwrap();
        Ok(texts
            .iter()
            .map(|t| map[&(q, t.to_string())].clone())
            .collect())
    }

    fn dim(&self) -> usize {
        self.inner.dim()
    }
}
