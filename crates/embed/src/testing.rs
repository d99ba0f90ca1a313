//! Writing small E5S1 files with random weights, for tests of this crate and of crates that
//! embed texts without the real model.

use crate::format::{quantize_q4_0, DTYPE_F32, DTYPE_Q4_0, MAGIC, QK};

/// Shape, vocabulary and normalisation map of a model file to write.
#[derive(Debug, Clone)]
pub struct ModelSpec {
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub ffn: usize,
    pub max_positions: usize,
    pub eps: f32,
    /// (piece, score) in id order.
    pub pieces: Vec<(String, f32)>,
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
    pub norm: Vec<(char, String)>,
    /// Seed of the random weights.
    pub seed: u64,
}

impl ModelSpec {
    /// H = 64, 2 layers, 4 heads, FF = 128, 16 positions, a few dozen pieces in XLM-R's
    /// special-token order, and a normalisation map with a no-break space, a ligature, a
    /// deleted zero-width space and a full-width letter.
    pub fn tiny() -> Self {
        let pieces = [
            ("<s>", 0.0),
            ("<pad>", 0.0),
            ("</s>", 0.0),
            ("<unk>", 0.0),
            ("▁", -2.0),
            ("▁query", -3.0),
            (":", -3.5),
            ("▁passage", -3.0),
            ("▁a", -4.0),
            ("b", -4.5),
            ("ab", -6.0),
            ("▁ab", -5.0),
            ("▁abc", -12.0),
            ("c", -5.0),
            ("▁hel", -7.0),
            ("lo", -6.0),
            ("▁hello", -8.0),
            ("▁world", -8.0),
            ("fi", -6.5),
            ("▁fi", -6.0),
            ("sh", -6.0),
            ("A", -7.0),
            ("▁A", -6.0),
            ("ł", -7.0),
            ("ó", -7.0),
            ("▁ż", -7.5),
            ("d", -5.5),
            ("ź", -7.5),
            ("▁ka", -6.0),
            ("▁в", -6.0),
            ("ода", -7.0),
        ];
        ModelSpec {
            hidden: 64,
            layers: 2,
            heads: 4,
            ffn: 128,
            max_positions: 16,
            eps: 1e-12,
            pieces: pieces.iter().map(|&(p, s)| (p.to_owned(), s)).collect(),
            bos: 0,
            pad: 1,
            eos: 2,
            unk: 3,
            norm: vec![
                ('\u{00A0}', " ".into()),
                ('\u{FB01}', "fi".into()),
                ('\u{200B}', String::new()),
                ('\u{FF21}', "A".into()),
            ],
            seed: 7,
        }
    }

    /// The bytes of an E5S1 file with this spec and random weights.
    pub fn to_bytes(&self) -> Vec<u8> {
        let (h, ff) = (self.hidden, self.ffn);
        let voc = self.pieces.len();
        assert!(
            h % QK == 0 && ff % QK == 0 && h % self.heads == 0,
            "shape does not fit Q4_0"
        );
        let mut rng = XorShift(self.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);

        let mut tensors: Vec<(String, u8, usize, Vec<u8>)> = Vec::new();
        let mut f32t = |name: String, vals: Vec<f32>| {
            let n = vals.len();
            tensors.push((
                name,
                DTYPE_F32,
                n,
                vals.iter().flat_map(|v| v.to_le_bytes()).collect(),
            ))
        };
        let mut q4: Vec<(String, usize, Vec<u8>)> = Vec::new();
        let mut rand_vec =
            |n: usize, scale: f32| -> Vec<f32> { (0..n).map(|_| rng.sym() * scale).collect() };
        let word = rand_vec(voc * h, 1.0);
        q4.push(("emb.word".into(), voc * h, quantize_q4_0(&word)));
        f32t("emb.pos".into(), rand_vec(self.max_positions * h, 0.5));
        f32t("emb.type".into(), rand_vec(2 * h, 0.1));
        f32t(
            "emb.ln.w".into(),
            rand_vec(h, 0.1).iter().map(|v| 1.0 + v).collect(),
        );
        f32t("emb.ln.b".into(), rand_vec(h, 0.1));
        let wscale = 1.0 / (h as f32).sqrt();
        for l in 0..self.layers {
            for (name, n_out, n_in) in [
                ("q", h, h),
                ("k", h, h),
                ("v", h, h),
                ("ao", h, h),
                ("fi", ff, h),
                ("fo", h, ff),
            ] {
                let w = rand_vec(n_out * n_in, wscale);
                q4.push((format!("l{l}.{name}.w"), n_out * n_in, quantize_q4_0(&w)));
                f32t(format!("l{l}.{name}.b"), rand_vec(n_out, 0.05));
            }
            for ln in ["aln", "oln"] {
                f32t(
                    format!("l{l}.{ln}.w"),
                    rand_vec(h, 0.1).iter().map(|v| 1.0 + v).collect(),
                );
                f32t(format!("l{l}.{ln}.b"), rand_vec(h, 0.1));
            }
        }
        tensors.extend(q4.into_iter().map(|(n, len, b)| (n, DTYPE_Q4_0, len, b)));

        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&1u32.to_le_bytes());
        for v in [h, self.layers, self.heads, ff, voc, self.max_positions, 2] {
            out.extend_from_slice(&(v as i32).to_le_bytes());
        }
        out.extend_from_slice(&self.eps.to_le_bytes());
        out.extend_from_slice(&(QK as i32).to_le_bytes());

        out.extend_from_slice(&(voc as i32).to_le_bytes());
        for id in [self.bos, self.eos, self.pad, self.unk] {
            out.extend_from_slice(&(id as i32).to_le_bytes());
        }
        let blob: Vec<u8> = self.pieces.iter().flat_map(|(p, _)| p.bytes()).collect();
        out.extend_from_slice(&(blob.len() as u64).to_le_bytes());
        let mut off = 0u32;
        out.extend_from_slice(&off.to_le_bytes());
        for (p, _) in &self.pieces {
            off += p.len() as u32;
            out.extend_from_slice(&off.to_le_bytes());
        }
        for (_, s) in &self.pieces {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out.extend_from_slice(&blob);

        let mut norm = Vec::new();
        for (c, repl) in &self.norm {
            norm.extend_from_slice(&(*c as u32).to_le_bytes());
            norm.push(repl.chars().count() as u8);
            for r in repl.chars() {
                norm.extend_from_slice(&(r as u32).to_le_bytes());
            }
        }
        out.extend_from_slice(&(self.norm.len() as i32).to_le_bytes());
        out.extend_from_slice(&(norm.len() as u32).to_le_bytes());
        out.extend_from_slice(&norm);

        out.extend_from_slice(&(tensors.len() as i32).to_le_bytes());
        let dir_len: usize = tensors
            .iter()
            .map(|(n, ..)| 2 + n.len() + 1 + 4 + 8 + 8)
            .sum();
        let mut data_off = (out.len() + dir_len).next_multiple_of(32);
        let mut offsets = Vec::new();
        for (name, dtype, n, bytes) in &tensors {
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.push(*dtype);
            out.extend_from_slice(&(*n as u32).to_le_bytes());
            out.extend_from_slice(&(data_off as u64).to_le_bytes());
            out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
            offsets.push(data_off);
            data_off = (data_off + bytes.len()).next_multiple_of(32);
        }
        for ((_, _, _, bytes), off) in tensors.iter().zip(offsets) {
            out.resize(off, 0);
            out.extend_from_slice(bytes);
        }
        out
    }
}

struct XorShift(u64);
impl XorShift {
    /// Uniform in [-1, 1).
    fn sym(&mut self) -> f32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        ((self.0 >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }
}
