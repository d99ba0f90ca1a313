//! Parser of the "E5S1" model file (layout in ARCHITECTURE.md, "The multilingual model").
//!
//! Everything is little-endian. The parser copies what it keeps out of the file buffer, so the
//! buffer can be dropped once the model is built.

use std::collections::HashMap;

use crate::Error;

pub const MAGIC: &[u8; 4] = b"E5S1";
/// Weights per Q4_0 block.
pub const QK: usize = 32;
/// Bytes per Q4_0 block: f16 scale + 16 bytes of nibbles.
pub const Q4_BLOCK_BYTES: usize = 18;

pub const DTYPE_F32: u8 = 0;
pub const DTYPE_Q4_0: u8 = 1;

/// Shape hyper-parameters from the file header.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub version: u32,
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub ffn: usize,
    pub vocab: usize,
    pub max_positions: usize,
    pub type_vocab: usize,
    pub eps: f32,
    pub qk: usize,
}

/// The tokenizer section, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenizerData {
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
    /// The pieces, in id order (UTF-8 strings; may contain U+2581).
    pub pieces: Vec<String>,
    pub scores: Vec<f32>,
    /// Per-codepoint normalisation map: codepoint → replacement (possibly empty).
    pub norm: Vec<(u32, Vec<u32>)>,
}

/// One entry of the tensor directory.
#[derive(Debug, Clone, PartialEq)]
pub struct TensorEntry {
    pub dtype: u8,
    /// Number of elements.
    pub n: usize,
    pub offset: usize,
    pub nbytes: usize,
}

/// A parsed model file: header, tokenizer and the raw tensor bytes by name.
pub struct ModelFile<'a> {
    pub header: Header,
    pub tokenizer: TokenizerData,
    pub tensors: HashMap<String, TensorEntry>,
    data: &'a [u8],
}

struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], Error> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| {
                Error::Format(format!(
                    "file truncated while reading {what} at byte {}",
                    self.pos
                ))
            })?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self, what: &str) -> Result<u8, Error> {
        Ok(self.take(1, what)?[0])
    }
    fn u16(&mut self, what: &str) -> Result<u16, Error> {
        Ok(u16::from_le_bytes(self.take(2, what)?.try_into().unwrap()))
    }
    fn u32(&mut self, what: &str) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }
    fn i32(&mut self, what: &str) -> Result<i32, Error> {
        Ok(i32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }
    fn u64(&mut self, what: &str) -> Result<u64, Error> {
        Ok(u64::from_le_bytes(self.take(8, what)?.try_into().unwrap()))
    }
    fn f32(&mut self, what: &str) -> Result<f32, Error> {
        Ok(f32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }
    /// A header integer that must be positive (a size or a count).
    fn count(&mut self, what: &str) -> Result<usize, Error> {
        let v = self.i32(what)?;
        usize::try_from(v)
            .ok()
            .filter(|&v| v > 0)
            .ok_or_else(|| Error::Format(format!("{what} must be positive, found {v}")))
    }
}

impl<'a> ModelFile<'a> {
    pub fn parse(data: &'a [u8]) -> Result<Self, Error> {
        let mut c = Cursor { buf: data, pos: 0 };
        if c.take(4, "magic")? != MAGIC {
            return Err(Error::Format("not an E5S1 model file (bad magic)".into()));
        }
        let version = c.u32("version")?;
        let header = Header {
            version,
            hidden: c.count("H")?,
            layers: c.count("NL")?,
            heads: c.count("NH")?,
            ffn: c.count("FF")?,
            vocab: c.count("VOC")?,
            max_positions: c.count("MAXP")?,
            type_vocab: c.count("TVS")?,
            eps: c.f32("eps")?,
            qk: c.count("QK")?,
        };
        if header.qk != QK {
            return Err(Error::Format(format!(
                "unsupported block size QK={}",
                header.qk
            )));
        }
        if !header.hidden.is_multiple_of(header.heads) {
            return Err(Error::Format(format!(
                "H={} is not a multiple of NH={}",
                header.hidden, header.heads
            )));
        }
        if !header.hidden.is_multiple_of(QK) || !header.ffn.is_multiple_of(QK) {
            return Err(Error::Format(format!("H and FF must be multiples of {QK}")));
        }

        let n_pieces = c.count("n_pieces")?;
        let mut special = [0u32; 4];
        for (s, name) in special.iter_mut().zip(["bos", "eos", "pad", "unk"]) {
            let v = c.i32(name)?;
            *s = u32::try_from(v)
                .ok()
                .filter(|&v| (v as usize) < n_pieces)
                .ok_or_else(|| Error::Format(format!("{name} id {v} out of range")))?;
        }
        let blob_len = usize::try_from(c.u64("blob_len")?)
            .map_err(|_| Error::Format("blob_len too large".into()))?;
        let offs_raw = c.take((n_pieces + 1) * 4, "piece offsets")?;
        let offs: Vec<usize> = offs_raw
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap()) as usize)
            .collect();
        let scores: Vec<f32> = c
            .take(n_pieces * 4, "piece scores")?
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
            .collect();
        let blob = c.take(blob_len, "piece blob")?;
        let mut pieces = Vec::with_capacity(n_pieces);
        for i in 0..n_pieces {
            let (a, b) = (offs[i], offs[i + 1]);
            if a > b || b > blob.len() {
                return Err(Error::Format(format!("piece {i} has bad offsets {a}..{b}")));
            }
            let s = std::str::from_utf8(&blob[a..b])
                .map_err(|_| Error::Format(format!("piece {i} is not UTF-8")))?;
            pieces.push(s.to_owned());
        }

        let n_norm = c.i32("n_norm")?;
        let n_norm =
            usize::try_from(n_norm).map_err(|_| Error::Format(format!("n_norm {n_norm} < 0")))?;
        let norm_bytes = c.u32("norm bytes")? as usize;
        let mut nc = Cursor {
            buf: c.take(norm_bytes, "normalisation map")?,
            pos: 0,
        };
        let mut norm = Vec::with_capacity(n_norm);
        for _ in 0..n_norm {
            let cp = nc.u32("norm codepoint")?;
            let n_out = nc.u8("norm length")? as usize;
            let mut out = Vec::with_capacity(n_out);
            for _ in 0..n_out {
                out.push(nc.u32("norm output")?);
            }
            norm.push((cp, out));
        }

        let n_tensors = c.i32("tensor count")?;
        let n_tensors = usize::try_from(n_tensors)
            .map_err(|_| Error::Format(format!("tensor count {n_tensors} < 0")))?;
        let mut tensors = HashMap::with_capacity(n_tensors);
        for _ in 0..n_tensors {
            let name_len = c.u16("tensor name length")? as usize;
            let name = std::str::from_utf8(c.take(name_len, "tensor name")?)
                .map_err(|_| Error::Format("tensor name is not UTF-8".into()))?
                .to_owned();
            let dtype = c.u8("tensor dtype")?;
            let n = c.u32("tensor size")? as usize;
            let offset = c.u64("tensor offset")? as usize;
            let nbytes = c.u64("tensor bytes")? as usize;
            let expected = match dtype {
                DTYPE_F32 => n * 4,
                DTYPE_Q4_0 => n / QK * Q4_BLOCK_BYTES,
                d => return Err(Error::Format(format!("tensor {name}: unknown dtype {d}"))),
            };
            if (dtype == DTYPE_Q4_0 && !n.is_multiple_of(QK)) || nbytes != expected {
                return Err(Error::Format(format!(
                    "tensor {name}: {nbytes} bytes do not fit {n} elements of dtype {dtype}"
                )));
            }
            if offset.checked_add(nbytes).is_none_or(|e| e > data.len()) {
                return Err(Error::Format(format!(
                    "tensor {name} lies outside the file"
                )));
            }
            tensors.insert(
                name,
                TensorEntry {
                    dtype,
                    n,
                    offset,
                    nbytes,
                },
            );
        }

        let [bos, eos, pad, unk] = special;
        Ok(ModelFile {
            header,
            tokenizer: TokenizerData {
                bos,
                eos,
                pad,
                unk,
                pieces,
                scores,
                norm,
            },
            tensors,
            data,
        })
    }

    fn entry(&self, name: &str, dtype: u8, n: usize) -> Result<&TensorEntry, Error> {
        let e = self
            .tensors
            .get(name)
            .ok_or_else(|| Error::Format(format!("missing tensor '{name}'")))?;
        if e.dtype != dtype || e.n != n {
            return Err(Error::Format(format!(
                "tensor '{name}': expected dtype {dtype} with {n} elements, found dtype {} with {}",
                e.dtype, e.n
            )));
        }
        Ok(e)
    }

    /// An f32 tensor with exactly `n` elements, copied out of the file.
    pub fn f32_tensor(&self, name: &str, n: usize) -> Result<Vec<f32>, Error> {
        let e = self.entry(name, DTYPE_F32, n)?;
        Ok(self.data[e.offset..e.offset + e.nbytes]
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
            .collect())
    }

    /// The raw Q4_0 blocks of a tensor with exactly `n` elements.
    pub fn q4_tensor(&self, name: &str, n: usize) -> Result<&'a [u8], Error> {
        let e = self.entry(name, DTYPE_Q4_0, n)?;
        Ok(&self.data[e.offset..e.offset + e.nbytes])
    }
}

/// Dequantise Q4_0 blocks (GGML layout) into `out`, whose length is 32 × the block count.
pub fn dequantize_q4_0(blocks: &[u8], out: &mut [f32]) {
    debug_assert_eq!(blocks.len() / Q4_BLOCK_BYTES * QK, out.len());
    for (b, o) in blocks
        .chunks_exact(Q4_BLOCK_BYTES)
        .zip(out.chunks_exact_mut(QK))
    {
        let d = half::f16::from_le_bytes([b[0], b[1]]).to_f32();
        for j in 0..16 {
            let q = b[2 + j];
            o[j] = ((q & 0x0F) as i32 - 8) as f32 * d;
            o[j + 16] = ((q >> 4) as i32 - 8) as f32 * d;
        }
    }
}

/// Quantise `values` (a multiple of 32 long) to Q4_0 the way GGML does: the scale is the
/// value of largest magnitude divided by −8, so that value maps exactly to nibble 0.
pub fn quantize_q4_0(values: &[f32]) -> Vec<u8> {
    assert_eq!(values.len() % QK, 0, "Q4_0 needs a multiple of {QK} values");
    let mut out = Vec::with_capacity(values.len() / QK * Q4_BLOCK_BYTES);
    for block in values.chunks_exact(QK) {
        let max = block
            .iter()
            .copied()
            .fold(0f32, |m, v| if v.abs() > m.abs() { v } else { m });
        let d = max / -8.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&half::f16::from_f32(d).to_le_bytes());
        for j in 0..16 {
            let q = |v: f32| ((v * id + 8.5) as i32).clamp(0, 15) as u8;
            out.push(q(block[j]) | (q(block[j + 16]) << 4));
        }
    }
    out
}
