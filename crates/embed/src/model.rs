//! multilingual-e5-small: a post-LN BERT encoder on candle, mean pooling, L2 normalisation.

use std::path::Path;
use std::sync::Arc;

use candle_core::{Device, Tensor};
use rayon::prelude::*;

use crate::attention::Attention;
use crate::format::{dequantize_q4_0, Header, ModelFile, Q4_BLOCK_BYTES, QK};
use crate::norm::AddLayerNorm;
use crate::qmatmul::{BiasGelu, QLinear};
use crate::tokenizer::Tokenizer;
use crate::{Embedder, Error, InputKind};

/// Texts are cut at this many tokens (`<s>` and `</s>` included) unless configured otherwise.
pub const DEFAULT_MAX_TOKENS: usize = 256;
/// The model's position table holds 512 positions.
pub const MAX_TOKENS_LIMIT: usize = 512;

/// How the dense layers multiply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kernel {
    /// The fastest this CPU supports.
    #[default]
    Auto,
    /// Weights dequantised to f32 at load; candle's f32 matmul.
    F32,
    /// 4-bit weights × 8-bit activations, the reference engine's arithmetic (needs AVX-512
    /// VNNI for speed; elsewhere a portable loop, correct but slow).
    Int8,
}

impl std::fmt::Display for Kernel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kernel::Auto => "auto",
            Kernel::F32 => "f32",
            Kernel::Int8 => "int8",
        })
    }
}

impl Kernel {
    /// What `Auto` means on this CPU.
    pub fn resolve(self) -> Kernel {
        match self {
            Kernel::Auto if crate::qmatmul::supported() => Kernel::Int8,
            Kernel::Auto => Kernel::F32,
            k => k,
        }
    }
}

#[derive(Debug, Clone)]
pub struct E5Options {
    /// Tokens per text, `<s>`/`</s>` included; longer texts are cut. At most 512.
    pub max_tokens: usize,
    pub kernel: Kernel,
    /// Tokens per forward pass: bounds memory; larger passes use the matmuls better.
    pub tokens_per_pass: usize,
}

impl Default for E5Options {
    fn default() -> Self {
        E5Options {
            max_tokens: DEFAULT_MAX_TOKENS,
            kernel: Kernel::Auto,
            tokens_per_pass: 1024,
        }
    }
}

/// A dense layer y = x Wᵀ + b, optionally followed by GELU.
enum Linear {
    F32 {
        /// Wᵀ, [in, out], contiguous: gemm streams it row by row.
        w_t: Tensor,
        epilogue: BiasGelu,
    },
    Int8(QLinear),
}

impl Linear {
    /// Several matrices with the same input stacked along the output (Q, K and V run as one).
    fn load(
        f: &ModelFile,
        names: &[String],
        n_out: usize,
        n_in: usize,
        gelu: bool,
        kernel: Kernel,
    ) -> Result<Self, Error> {
        let mut q4 = Vec::new();
        let mut bias = Vec::new();
        for name in names {
            q4.extend_from_slice(f.q4_tensor(&format!("{name}.w"), n_out * n_in)?);
            bias.extend(f.f32_tensor(&format!("{name}.b"), n_out)?);
        }
        let total_out = n_out * names.len();
        if kernel == Kernel::Int8 && total_out.is_multiple_of(16) {
            return Ok(Linear::Int8(QLinear::new(&q4, bias, total_out, n_in, gelu)));
        }
        let mut w = vec![0f32; total_out * n_in];
        dequantize_q4_0(&q4, &mut w);
        let w_t = Tensor::from_vec(w, (total_out, n_in), &Device::Cpu)?
            .t()?
            .contiguous()?;
        Ok(Linear::F32 {
            w_t,
            epilogue: BiasGelu { bias, gelu },
        })
    }

    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        match self {
            Linear::F32 { w_t, epilogue } => x.matmul(w_t)?.apply_op1_no_bwd(epilogue),
            Linear::Int8(q) => x.apply_op1_no_bwd(q),
        }
    }
}

struct LayerNorm {
    w: Tensor,
    b: Tensor,
    /// The same parameters for the fused residual op.
    fused: AddLayerNorm,
}

impl LayerNorm {
    fn load(f: &ModelFile, name: &str, h: usize, eps: f32) -> Result<Self, Error> {
        let w = f.f32_tensor(&format!("{name}.w"), h)?;
        let b = f.f32_tensor(&format!("{name}.b"), h)?;
        Ok(LayerNorm {
            fused: AddLayerNorm {
                w: w.clone(),
                b: b.clone(),
                eps,
            },
            w: Tensor::from_vec(w, h, &Device::Cpu)?,
            b: Tensor::from_vec(b, h, &Device::Cpu)?,
        })
    }
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        candle_nn::ops::layer_norm(x, &self.w, &self.b, self.fused.eps)
    }
    /// LayerNorm(x + residual).
    fn forward_residual(&self, x: &Tensor, residual: &Tensor) -> candle_core::Result<Tensor> {
        x.apply_op2_no_bwd(residual, &self.fused)
    }
}

struct Layer {
    /// Q, K and V stacked: [3H, H].
    qkv: Linear,
    ao: Linear,
    aln: LayerNorm,
    fi: Linear,
    fo: Linear,
    oln: LayerNorm,
}

struct Inner {
    header: Header,
    tokenizer: Tokenizer,
    /// Word embeddings stay Q4_0 (250k × 384 would be 384 MB as f32); rows are dequantised
    /// as tokens need them.
    word: Vec<u8>,
    pos: Vec<f32>,
    typ: Vec<f32>,
    emb_ln: LayerNorm,
    layers: Vec<Layer>,
}

/// multilingual-e5-small loaded from an E5S1 file. Cheap to clone (shared weights).
#[derive(Clone)]
pub struct E5Model {
    inner: Arc<Inner>,
    options: E5Options,
}

impl std::fmt::Debug for E5Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("E5Model")
            .field("header", &self.inner.header)
            .field("options", &self.options)
            .finish()
    }
}

impl E5Model {
    /// Load with the default options (256 tokens per text, fastest kernel).
    pub fn load(path: impl AsRef<Path>) -> Result<Self, Error> {
        Self::load_with(path, E5Options::default())
    }

    pub fn load_with(path: impl AsRef<Path>, options: E5Options) -> Result<Self, Error> {
        let path = path.as_ref();
        let data = std::fs::read(path).map_err(|e| Error::Io(path.to_path_buf(), e))?;
        Self::from_bytes(&data, options)
    }

    /// Build the model from the bytes of an E5S1 file.
    pub fn from_bytes(data: &[u8], options: E5Options) -> Result<Self, Error> {
        if !(3..=MAX_TOKENS_LIMIT).contains(&options.max_tokens) {
            return Err(Error::Config(format!(
                "max_tokens must be between 3 and {MAX_TOKENS_LIMIT}, got {}",
                options.max_tokens
            )));
        }
        let f = ModelFile::parse(data)?;
        let h = f.header.clone();
        // The embedding matrix may have more rows than the tokenizer has pieces (250,037 vs
        // 250,002 in the real model); every piece needs a row.
        if f.tokenizer.pieces.len() > h.vocab {
            return Err(Error::Format(format!(
                "tokenizer has {} pieces but the embedding matrix only {} rows",
                f.tokenizer.pieces.len(),
                h.vocab
            )));
        }
        let (hd, ff) = (h.hidden, h.ffn);
        let word = f.q4_tensor("emb.word", h.vocab * hd)?.to_vec();
        let pos = f.f32_tensor("emb.pos", h.max_positions * hd)?;
        // [TVS, H]: every token has type 0, so only the first row is used.
        let mut typ = f.f32_tensor("emb.type", h.type_vocab * hd)?;
        typ.truncate(hd);
        let emb_ln = LayerNorm::load(&f, "emb.ln", hd, h.eps)?;
        let kernel = options.kernel.resolve();
        let eps = h.eps;
        let layers = (0..h.layers)
            .into_par_iter()
            .map(|i| {
                let p = |s: &str| format!("l{i}.{s}");
                let lin = |names: &[&str], n_out, n_in, gelu| {
                    let names: Vec<String> = names.iter().map(|n| p(n)).collect();
                    Linear::load(&f, &names, n_out, n_in, gelu, kernel)
                };
                Ok(Layer {
                    qkv: lin(&["q", "k", "v"], hd, hd, false)?,
                    ao: lin(&["ao"], hd, hd, false)?,
                    aln: LayerNorm::load(&f, &p("aln"), hd, eps)?,
                    fi: lin(&["fi"], ff, hd, true)?,
                    fo: lin(&["fo"], hd, ff, false)?,
                    oln: LayerNorm::load(&f, &p("oln"), hd, eps)?,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let tokenizer = Tokenizer::new(&f.tokenizer);
        let inner = Inner {
            header: h,
            tokenizer,
            word,
            pos,
            typ,
            emb_ln,
            layers,
        };
        Ok(E5Model {
            inner: Arc::new(inner),
            options,
        })
    }

    pub fn header(&self) -> &Header {
        &self.inner.header
    }

    pub fn tokenizer(&self) -> &Tokenizer {
        &self.inner.tokenizer
    }

    pub fn options(&self) -> &E5Options {
        &self.options
    }

    /// The kernel the dense layers run on (`Auto` resolved for this CPU).
    pub fn kernel(&self) -> Kernel {
        self.options.kernel.resolve()
    }

    /// The same weights with another token limit (3..=512).
    pub fn with_max_tokens(&self, max_tokens: usize) -> Result<Self, Error> {
        if !(3..=MAX_TOKENS_LIMIT.min(self.inner.header.max_positions)).contains(&max_tokens) {
            return Err(Error::Config(format!(
                "max_tokens must be between 3 and 512, got {max_tokens}"
            )));
        }
        let mut m = self.clone();
        m.options.max_tokens = max_tokens;
        Ok(m)
    }

    /// Token ids the model runs on for `text` (prefix, `<s>`, `</s>` and the cut included).
    pub fn token_ids(&self, text: &str, kind: InputKind) -> Vec<u32> {
        let limit = self.options.max_tokens.min(self.inner.header.max_positions);
        self.inner
            .tokenizer
            .encode_with_specials(&format!("{}{text}", kind.prefix()), limit)
    }

    /// Embed already tokenised sequences (each with its `<s>`/`</s>`).
    pub fn embed_ids(&self, seqs: &[Vec<u32>]) -> Result<Vec<Vec<f32>>, Error> {
        let h = &self.inner.header;
        for s in seqs {
            if s.is_empty() || s.len() > h.max_positions {
                return Err(Error::Config(format!(
                    "a sequence has {} tokens; 1..={} are allowed",
                    s.len(),
                    h.max_positions
                )));
            }
            if let Some(&bad) = s.iter().find(|&&id| id as usize >= h.vocab) {
                return Err(Error::Config(format!(
                    "token id {bad} is outside the vocabulary"
                )));
            }
        }
        let budget = self.options.tokens_per_pass.max(1);
        let mut out = Vec::with_capacity(seqs.len());
        let mut start = 0;
        while start < seqs.len() {
            let mut end = start + 1;
            let mut tokens = seqs[start].len();
            while end < seqs.len() && tokens + seqs[end].len() <= budget {
                tokens += seqs[end].len();
                end += 1;
            }
            let chunk: Vec<&[u32]> = seqs[start..end].iter().map(Vec::as_slice).collect();
            out.extend(self.forward(&chunk)?);
            start = end;
        }
        Ok(out)
    }

    /// One forward pass over `seqs` packed into one [T, H] matrix (no padding); returns
    /// mean-pooled, L2-normalised vectors.
    fn forward(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>, Error> {
        let inner = &*self.inner;
        let h = &inner.header;
        let hd = h.hidden;
        let mut segments = Vec::with_capacity(seqs.len());
        let mut tokens: Vec<(u32, usize)> = Vec::new();
        for s in seqs {
            segments.push((tokens.len(), s.len()));
            tokens.extend(s.iter().enumerate().map(|(p, &id)| (id, p)));
        }
        let t = tokens.len();

        // Embeddings: word (dequantised row) + position + token type 0.
        let row_bytes = hd / QK * Q4_BLOCK_BYTES;
        let mut emb = vec![0f32; t * hd];
        emb.par_chunks_mut(hd)
            .zip(tokens.par_iter())
            .for_each(|(row, &(id, p))| {
                let id = id as usize;
                dequantize_q4_0(&inner.word[id * row_bytes..(id + 1) * row_bytes], row);
                let pos = &inner.pos[p * hd..(p + 1) * hd];
                for ((r, &pv), &tv) in row.iter_mut().zip(pos).zip(&inner.typ) {
                    *r += pv + tv;
                }
            });
        let mut x = Tensor::from_vec(emb, (t, hd), &Device::Cpu)?;
        x = inner.emb_ln.forward(&x)?;

        let attention = Attention {
            segments,
            heads: h.heads,
        };
        for layer in &inner.layers {
            let qkv = layer.qkv.forward(&x)?;
            let ctx = qkv.apply_op1_no_bwd(&attention)?;
            let a = layer.ao.forward(&ctx)?;
            x = layer.aln.forward_residual(&x, &a)?;
            let m = layer.fi.forward(&x)?;
            let f = layer.fo.forward(&m)?;
            x = layer.oln.forward_residual(&x, &f)?;
        }

        let x = x.flatten_all()?.to_vec1::<f32>()?;
        Ok(attention
            .segments
            .par_iter()
            .map(|&(a, n)| {
                let mut mean = vec![0f32; hd];
                for row in x[a * hd..(a + n) * hd].chunks_exact(hd) {
                    mean.iter_mut().zip(row).for_each(|(m, v)| *m += v);
                }
                let inv_n = 1.0 / n as f32;
                mean.iter_mut().for_each(|m| *m *= inv_n);
                let norm = mean.iter().map(|v| v * v).sum::<f32>().max(1e-12).sqrt();
                mean.iter_mut().for_each(|m| *m /= norm);
                mean
            })
            .collect())
    }
}

impl Embedder for E5Model {
    fn embed(&self, texts: &[&str], kind: InputKind) -> Result<Vec<Vec<f32>>, Error> {
        let seqs: Vec<Vec<u32>> = texts.par_iter().map(|t| self.token_ids(t, kind)).collect();
        self.embed_ids(&seqs)
    }

    fn dim(&self) -> usize {
        self.inner.header.hidden
    }
}
