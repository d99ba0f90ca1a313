//! XLM-RoBERTa's SentencePiece-unigram tokenizer, as the reference engine runs it: a
//! per-codepoint normalisation map, collapsed spaces, the U+2581 metaspace, Viterbi over the
//! piece scores, and one `<unk>` per character no piece covers.

use std::collections::HashMap;

use crate::format::TokenizerData;

const META: char = '\u{2581}';

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

#[inline]
fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Open-addressing table of the pieces, keyed by FNV-1a of their bytes. Viterbi extends a
/// candidate piece one character at a time, so the hash is extended too instead of being
/// recomputed for every substring.
#[derive(Debug, Clone)]
struct PieceTable {
    /// piece id + 1; 0 = empty.
    slots: Vec<u32>,
    mask: usize,
    blob: Vec<u8>,
    offs: Vec<usize>,
    /// Bloom filter over the hashes of every piece prefix that ends on a character boundary:
    /// once a candidate is not in it, no piece starts with it and Viterbi stops extending it.
    /// False positives only cost a few more lookups.
    prefixes: Vec<u64>,
}

const BLOOM_BITS: usize = 1 << 24;

/// Two bit positions from different parts of the hash.
#[inline]
fn bloom_bits(h: u64) -> [usize; 2] {
    let h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    [
        (h >> 40) as usize % BLOOM_BITS,
        (h as usize >> 8) % BLOOM_BITS,
    ]
}

impl PieceTable {
    fn new(pieces: &[String]) -> Self {
        let mut blob = Vec::new();
        let mut offs = vec![0];
        for p in pieces {
            blob.extend_from_slice(p.as_bytes());
            offs.push(blob.len());
        }
        let size = (pieces.len() * 2).next_power_of_two().max(2);
        let mut t = PieceTable {
            slots: vec![0; size],
            mask: size - 1,
            blob,
            offs,
            prefixes: vec![0; BLOOM_BITS / 64],
        };
        for p in pieces {
            let mut h = FNV_OFFSET;
            for (i, c) in p.char_indices() {
                h = fnv1a(h, &p.as_bytes()[i..i + c.len_utf8()]);
                for bit in bloom_bits(h) {
                    t.prefixes[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        for (id, p) in pieces.iter().enumerate() {
            // Empty pieces never match; on duplicates the lowest id wins, as in the reference.
            if p.is_empty()
                || t.get(fnv1a(FNV_OFFSET, p.as_bytes()), p.as_bytes())
                    .is_some()
            {
                continue;
            }
            let mut i = fnv1a(FNV_OFFSET, p.as_bytes()) as usize & t.mask;
            while t.slots[i] != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = id as u32 + 1;
        }
        t
    }

    /// Whether some piece may start with the bytes whose hash is `hash`.
    #[inline]
    fn may_extend(&self, hash: u64) -> bool {
        bloom_bits(hash)
            .iter()
            .all(|&bit| self.prefixes[bit / 64] & (1 << (bit % 64)) != 0)
    }

    #[inline]
    fn get(&self, hash: u64, key: &[u8]) -> Option<u32> {
        let mut i = hash as usize & self.mask;
        loop {
            let v = self.slots[i];
            if v == 0 {
                return None;
            }
            let id = (v - 1) as usize;
            if &self.blob[self.offs[id]..self.offs[id + 1]] == key {
                return Some(id as u32);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[derive(Debug, Clone)]
pub struct Tokenizer {
    pieces: PieceTable,
    scores: Vec<f32>,
    norm: HashMap<char, Box<[char]>>,
    unk_score: f32,
    max_piece_bytes: usize,
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
}

impl Tokenizer {
    pub fn new(data: &TokenizerData) -> Self {
        let max_piece_bytes = data
            .pieces
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(1)
            .max(1);
        let pieces = PieceTable::new(&data.pieces);
        let min_score = data.scores.iter().copied().fold(f32::INFINITY, f32::min);
        let norm = data
            .norm
            .iter()
            .filter_map(|(cp, out)| {
                let c = char::from_u32(*cp)?;
                Some((c, out.iter().filter_map(|&o| char::from_u32(o)).collect()))
            })
            .collect();
        Tokenizer {
            pieces,
            scores: data.scores.clone(),
            norm,
            unk_score: min_score - 10.0,
            max_piece_bytes,
            bos: data.bos,
            eos: data.eos,
            pad: data.pad,
            unk: data.unk,
        }
    }

    pub fn vocab_size(&self) -> usize {
        self.scores.len()
    }

    /// The normalised text the Viterbi search runs on: map applied, runs of spaces collapsed,
    /// a leading U+2581 unless the text starts with a space, spaces turned into U+2581.
    pub fn normalize(&self, text: &str) -> String {
        let mut cps: Vec<char> = Vec::with_capacity(text.len() + 1);
        for c in text.chars() {
            match self.norm.get(&c) {
                Some(out) => {
                    for &o in out.iter() {
                        if !(o == ' ' && cps.last() == Some(&' ')) {
                            cps.push(o);
                        }
                    }
                }
                None if c == ' ' && cps.last() == Some(&' ') => {}
                None => cps.push(c),
            }
        }
        let mut s = String::with_capacity(cps.len() * 3 + 3);
        if cps.first() != Some(&' ') {
            s.push(META);
        }
        s.extend(cps.iter().map(|&c| if c == ' ' { META } else { c }));
        s
    }

    /// Content token ids of `text` (no `<s>`/`</s>`).
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let norm = self.normalize(text);
        let bytes = norm.as_bytes();
        // Byte offset of every character, plus the end.
        let mut cs: Vec<usize> = norm.char_indices().map(|(i, _)| i).collect();
        cs.push(bytes.len());
        let n = cs.len() - 1;

        const UNREACHED: f32 = -1e30;
        let mut best = vec![UNREACHED; n + 1];
        // (piece id or u32::MAX for an unknown character, start character index)
        let mut back = vec![(u32::MAX, 0usize); n + 1];
        best[0] = 0.0;
        for i in 0..n {
            if best[i] <= -1e29 {
                continue;
            }
            let start = cs[i];
            let mut hash = FNV_OFFSET;
            for e in i + 1..=n {
                let len = cs[e] - start;
                if len > self.max_piece_bytes {
                    break;
                }
                hash = fnv1a(hash, &bytes[cs[e - 1]..cs[e]]);
                if !self.pieces.may_extend(hash) {
                    break;
                }
                if let Some(id) = self.pieces.get(hash, &bytes[start..cs[e]]) {
                    if id != self.unk {
                        let sc = best[i] + self.scores[id as usize];
                        if sc > best[e] {
                            best[e] = sc;
                            back[e] = (id, i);
                        }
                    }
                }
            }
            let us = best[i] + self.unk_score;
            if us > best[i + 1] {
                best[i + 1] = us;
                back[i + 1] = (u32::MAX, i);
            }
        }
        let mut ids = Vec::new();
        let mut i = n;
        while i > 0 {
            let (id, from) = back[i];
            ids.push(if id == u32::MAX { self.unk } else { id });
            i = from;
        }
        ids.reverse();
        ids
    }

    /// `<s>` + content + `</s>`, with the content cut so the total is at most `max_tokens`.
    pub fn encode_with_specials(&self, text: &str, max_tokens: usize) -> Vec<u32> {
        let content = self.encode(text);
        let keep = content.len().min(max_tokens.saturating_sub(2));
        let mut ids = Vec::with_capacity(keep + 2);
        ids.push(self.bos);
        ids.extend_from_slice(&content[..keep]);
        ids.push(self.eos);
        ids
    }
}
