//! Parser, tokenizer and forward pass on a tiny model file the test writes itself.

use klaster_embed::format::{dequantize_q4_0, quantize_q4_0, ModelFile, DTYPE_F32, DTYPE_Q4_0};
use klaster_embed::testing::ModelSpec;
use klaster_embed::{cosine, E5Model, E5Options, Embedder, Error, InputKind, Kernel, Tokenizer};

fn tiny_bytes() -> Vec<u8> {
    ModelSpec::tiny().to_bytes()
}

fn tokenizer() -> Tokenizer {
    let bytes = tiny_bytes();
    Tokenizer::new(&ModelFile::parse(&bytes).unwrap().tokenizer)
}

#[test]
fn parses_header_tokenizer_and_tensor_directory() {
    let spec = ModelSpec::tiny();
    let bytes = spec.to_bytes();
    let f = ModelFile::parse(&bytes).unwrap();
    let h = &f.header;
    assert_eq!((h.hidden, h.layers, h.heads, h.ffn), (64, 2, 4, 128));
    assert_eq!(
        (h.vocab, h.max_positions, h.type_vocab, h.qk),
        (spec.pieces.len(), 16, 2, 32)
    );
    assert_eq!(h.eps, 1e-12);
    let t = &f.tokenizer;
    assert_eq!((t.bos, t.pad, t.eos, t.unk), (0, 1, 2, 3));
    assert_eq!(t.pieces[5], "▁query");
    assert_eq!(t.scores[5], -3.0);
    assert_eq!(t.norm.len(), 4);
    assert_eq!(t.norm[1], (0xFB01, vec!['f' as u32, 'i' as u32]));
    assert_eq!(t.norm[2], (0x200B, vec![]));
    // emb.* (5) + 2 layers × (6 weights + 6 biases + 4 LayerNorm vectors)
    assert_eq!(f.tensors.len(), 5 + 2 * 16);
    assert_eq!(f.tensors["l1.fi.w"].dtype, DTYPE_Q4_0);
    assert_eq!(f.tensors["l1.fi.w"].n, 128 * 64);
    assert_eq!(f.tensors["l1.fi.w"].nbytes, 128 * 64 / 32 * 18);
    assert_eq!(f.tensors["emb.pos"].dtype, DTYPE_F32);
    assert_eq!(f.f32_tensor("emb.pos", 16 * 64).unwrap().len(), 16 * 64);
    assert!(f.q4_tensor("emb.pos", 16 * 64).is_err(), "dtype is checked");
    assert!(f.f32_tensor("emb.pos", 15 * 64).is_err(), "size is checked");
    assert!(
        f.f32_tensor("l9.q.b", 64).is_err(),
        "missing tensors are reported"
    );
}

#[test]
fn rejects_bad_magic_truncation_and_missing_tensors() {
    let mut bytes = tiny_bytes();
    for cut in [0, 3, 20, 60, 200, bytes.len() / 2, bytes.len() - 1] {
        let r = E5Model::from_bytes(&bytes[..cut], E5Options::default());
        assert!(
            matches!(r, Err(Error::Format(_))),
            "cut at {cut} must fail as a format error"
        );
    }
    bytes[0] = b'X';
    let err = ModelFile::parse(&bytes).err().unwrap().to_string();
    assert!(err.contains("magic"), "{err}");

    let mut bytes = tiny_bytes();
    // Rename the last layer's output LayerNorm bias in the directory: the model must refuse.
    let pos = bytes.windows(7).rposition(|w| w == b"l1.oln.").unwrap();
    bytes[pos + 7] = b'x';
    let err = E5Model::from_bytes(&bytes, E5Options::default())
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("missing tensor 'l1.oln.b'"), "{err}");
}

#[test]
fn q4_0_blocks_follow_the_ggml_layout() {
    // Scale 0.5 (f16 0x3800); byte j holds weight j (low nibble) and j + 16 (high nibble).
    let mut block = vec![0x00, 0x38];
    block.extend((0..16u8).map(|j| j | ((15 - j) << 4)));
    let mut out = [0f32; 32];
    dequantize_q4_0(&block, &mut out);
    for j in 0..16 {
        assert_eq!(out[j], (j as f32 - 8.0) * 0.5);
        assert_eq!(out[j + 16], (7.0 - j as f32) * 0.5);
    }
    let vals: Vec<f32> = (0..64)
        .map(|i| ((i * 37 % 64) as f32 - 30.0) / 10.0)
        .collect();
    let mut back = vec![0f32; 64];
    dequantize_q4_0(&quantize_q4_0(&vals), &mut back);
    for (a, b) in vals.iter().zip(&back) {
        assert!((a - b).abs() <= 0.21, "{a} vs {b}");
    }
}

#[test]
fn tokenizer_picks_the_best_segmentation() {
    let t = tokenizer();
    assert_eq!(t.normalize("ab"), "▁ab");
    assert_eq!(t.encode("ab"), vec![11]); // "▁ab" (-5) beats "▁a"+"b" (-8.5) and "▁"+"ab" (-8)
    assert_eq!(t.encode("abc"), vec![11, 13]); // "▁ab"+"c" (-10) beats "▁abc" (-12)
    assert_eq!(t.encode("hello world"), vec![16, 17]);
    assert_eq!(t.encode("łódź"), vec![4, 23, 24, 26, 27]);
    assert_eq!(t.encode("вода"), vec![29, 30]);
}

#[test]
fn tokenizer_normalises_and_collapses_spaces() {
    let t = tokenizer();
    assert_eq!(t.encode("hello   world"), vec![16, 17]);
    assert_eq!(t.normalize("a\u{00A0}\u{00A0}b"), "▁a▁b");
    assert_eq!(t.encode("a\u{00A0} b"), vec![8, 4, 9]);
    assert_eq!(t.normalize("\u{FB01}sh"), "▁fish");
    assert_eq!(t.encode("\u{FB01}sh"), vec![19, 20]);
    assert_eq!(
        t.encode("a\u{200B}b"),
        vec![11],
        "a zero-width space is deleted"
    );
    assert_eq!(t.encode("\u{FF21}"), vec![22], "full-width A maps to A");
    // A leading space stands in for the metaspace; no second one is added.
    assert_eq!(t.normalize(" ab"), "▁ab");
    assert_eq!(t.normalize("  ab"), "▁ab");
    assert_eq!(t.normalize(""), "▁");
}

#[test]
fn tokenizer_gives_one_unk_per_unknown_character() {
    let t = tokenizer();
    assert_eq!(t.encode("a€"), vec![8, 3]);
    assert_eq!(t.encode("€€"), vec![4, 3, 3]);
    assert_eq!(t.encode("ab 😀 c"), vec![11, 4, 3, 4, 13]);
    // "<unk>" written out is not the unknown piece: it is spelled with other pieces or <unk>s.
    assert!(!t.encode("<unk>").is_empty());
}

#[test]
fn duplicate_pieces_resolve_to_the_lowest_id() {
    let mut spec = ModelSpec::tiny();
    spec.pieces.push(("▁ab".into(), 5.0));
    let bytes = spec.to_bytes();
    let t = Tokenizer::new(&ModelFile::parse(&bytes).unwrap().tokenizer);
    // Were the later copy (score +5) used, "abc" would become [31, 13].
    assert_eq!(t.encode("abc"), vec![11, 13]);
    assert_eq!(t.vocab_size(), 32);
}

#[test]
fn prefixes_specials_and_the_token_limit() {
    let model = E5Model::from_bytes(&tiny_bytes(), E5Options::default()).unwrap();
    assert_eq!(
        model.token_ids("ab", InputKind::Query),
        vec![0, 5, 6, 11, 2]
    );
    assert_eq!(
        model.token_ids("ab", InputKind::Passage),
        vec![0, 7, 6, 11, 2]
    );
    let short = model.with_max_tokens(4).unwrap();
    assert_eq!(short.token_ids("ab", InputKind::Query), vec![0, 5, 6, 2]);
    // The tiny model has 16 positions: longer texts are cut to 16 tokens.
    let long = model.token_ids(&"ab ".repeat(40), InputKind::Query);
    assert_eq!(long.len(), 16);
    assert_eq!(long.last(), Some(&2));
    assert!(model.with_max_tokens(600).is_err());
    assert!(model.with_max_tokens(2).is_err());
    let opts = E5Options {
        max_tokens: 513,
        ..E5Options::default()
    };
    assert!(matches!(
        E5Model::from_bytes(&tiny_bytes(), opts),
        Err(Error::Config(_))
    ));
}

/// The encoder written plainly (f32 loops, one text at a time), to check the candle graph.
fn naive_embedding(bytes: &[u8], ids: &[u32]) -> Vec<f32> {
    let f = ModelFile::parse(bytes).unwrap();
    let h = f.header.hidden;
    let (nh, ff, eps) = (f.header.heads, f.header.ffn, f.header.eps);
    let hd = h / nh;
    let l = ids.len();
    let deq = |name: &str, n: usize| {
        let mut w = vec![0f32; n];
        dequantize_q4_0(f.q4_tensor(name, n).unwrap(), &mut w);
        w
    };
    let vecf = |name: &str, n: usize| f.f32_tensor(name, n).unwrap();
    let linear = |x: &[f32], w: &[f32], b: &[f32], n_in: usize, n_out: usize| {
        let mut y = vec![0f32; l * n_out];
        for t in 0..l {
            for o in 0..n_out {
                let mut s = b[o] as f64;
                for i in 0..n_in {
                    s += x[t * n_in + i] as f64 * w[o * n_in + i] as f64;
                }
                y[t * n_out + o] = s as f32;
            }
        }
        y
    };
    let layer_norm = |x: &mut [f32], w: &[f32], b: &[f32]| {
        for row in x.chunks_mut(h) {
            let mean = row.iter().map(|&v| v as f64).sum::<f64>() / h as f64;
            let var = row.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / h as f64;
            let inv = 1.0 / (var + eps as f64).sqrt();
            for (i, v) in row.iter_mut().enumerate() {
                *v = ((*v as f64 - mean) * inv) as f32 * w[i] + b[i];
            }
        }
    };
    let word = deq("emb.word", f.header.vocab * h);
    let pos = vecf("emb.pos", f.header.max_positions * h);
    let typ = vecf("emb.type", 2 * h);
    let mut x = vec![0f32; l * h];
    for (t, &id) in ids.iter().enumerate() {
        for i in 0..h {
            x[t * h + i] = word[id as usize * h + i] + pos[t * h + i] + typ[i];
        }
    }
    layer_norm(&mut x, &vecf("emb.ln.w", h), &vecf("emb.ln.b", h));
    for li in 0..f.header.layers {
        let p = |s: &str| format!("l{li}.{s}");
        let lin = |x: &[f32], name: &str, n_in: usize, n_out: usize| {
            linear(
                x,
                &deq(&p(&format!("{name}.w")), n_in * n_out),
                &vecf(&p(&format!("{name}.b")), n_out),
                n_in,
                n_out,
            )
        };
        let (q, k, v) = (lin(&x, "q", h, h), lin(&x, "k", h, h), lin(&x, "v", h, h));
        let mut ctx = vec![0f32; l * h];
        for head in 0..nh {
            for t in 0..l {
                let s: Vec<f64> = (0..l)
                    .map(|u| {
                        (0..hd)
                            .map(|e| (q[t * h + head * hd + e] * k[u * h + head * hd + e]) as f64)
                            .sum::<f64>()
                            / (hd as f64).sqrt()
                    })
                    .collect();
                let mx = s.iter().cloned().fold(f64::MIN, f64::max);
                let ex: Vec<f64> = s.iter().map(|v| (v - mx).exp()).collect();
                let z: f64 = ex.iter().sum();
                for e in 0..hd {
                    ctx[t * h + head * hd + e] = (0..l)
                        .map(|u| ex[u] / z * v[u * h + head * hd + e] as f64)
                        .sum::<f64>() as f32;
                }
            }
        }
        let a = lin(&ctx, "ao", h, h);
        x.iter_mut().zip(&a).for_each(|(x, a)| *x += a);
        layer_norm(&mut x, &vecf(&p("aln.w"), h), &vecf(&p("aln.b"), h));
        let mut m = lin(&x, "fi", h, ff);
        for v in m.iter_mut() {
            *v = 0.5 * *v * (1.0 + erf(*v as f64 / std::f64::consts::SQRT_2) as f32);
        }
        let o = lin(&m, "fo", ff, h);
        x.iter_mut().zip(&o).for_each(|(x, o)| *x += o);
        layer_norm(&mut x, &vecf(&p("oln.w"), h), &vecf(&p("oln.b"), h));
    }
    let mut mean = vec![0f32; h];
    for row in x.chunks(h) {
        mean.iter_mut()
            .zip(row)
            .for_each(|(m, v)| *m += v / l as f32);
    }
    let n = mean.iter().map(|v| v * v).sum::<f32>().sqrt();
    mean.iter().map(|v| v / n).collect()
}

/// erf by its Maclaurin series (converges fast enough for |x| < 6, where f32 erf saturates).
fn erf(x: f64) -> f64 {
    if x.abs() > 6.0 {
        return x.signum();
    }
    let (mut term, mut sum, mut n) = (x, x, 0.0);
    while term.abs() > 1e-17 * sum.abs().max(1e-300) {
        n += 1.0;
        term *= -x * x / n;
        sum += term / (2.0 * n + 1.0);
        if n > 400.0 {
            break;
        }
    }
    sum * 2.0 / std::f64::consts::PI.sqrt()
}

fn kernels() -> Vec<Kernel> {
    vec![Kernel::F32, Kernel::Int8]
}

#[test]
fn forward_pass_has_the_right_shape_and_is_normalised() {
    for kernel in kernels() {
        let model = E5Model::from_bytes(
            &tiny_bytes(),
            E5Options {
                kernel,
                ..E5Options::default()
            },
        )
        .unwrap();
        assert_eq!(model.dim(), 64);
        let texts = ["ab", "hello world", "łódź вода €", "a"];
        let v = model.embed(&texts, InputKind::Query).unwrap();
        assert_eq!(v.len(), 4);
        for e in &v {
            assert_eq!(e.len(), 64);
            let norm: f32 = e.iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((norm - 1.0).abs() < 1e-4, "{kernel:?}: norm {norm}");
            assert!(e.iter().all(|x| x.is_finite()));
        }
        assert!(
            cosine(&v[0], &v[1]) < 0.9999,
            "different texts give different vectors"
        );
        assert!(model.embed(&[], InputKind::Query).unwrap().is_empty());
    }
}

#[test]
fn forward_pass_matches_a_plain_implementation() {
    let bytes = tiny_bytes();
    for kernel in kernels() {
        let model = E5Model::from_bytes(
            &bytes,
            E5Options {
                kernel,
                ..E5Options::default()
            },
        )
        .unwrap();
        let texts = ["ab", "hello world abc", "łódź вода € fish ab c", "a"];
        let got = model.embed(&texts, InputKind::Passage).unwrap();
        for (text, g) in texts.iter().zip(&got) {
            let want = naive_embedding(&bytes, &model.token_ids(text, InputKind::Passage));
            let c = cosine(g, &want);
            // F32 is the same arithmetic; the int8 kernel quantises activations like the reference.
            let min = if kernel == Kernel::F32 {
                0.99999
            } else {
                0.999
            };
            assert!(c > min, "{kernel:?} {text:?}: cosine {c}");
        }
    }
}

#[test]
fn batching_and_padding_do_not_change_results() {
    let model = E5Model::from_bytes(&tiny_bytes(), E5Options::default()).unwrap();
    let alone = model.embed(&["ab"], InputKind::Query).unwrap();
    assert_eq!(model.embed_one("ab", InputKind::Query).unwrap(), alone[0]);
    let texts = ["hello world abc hello world abc", "ab", "a b c", "ab"];
    let batched = model.embed(&texts, InputKind::Query).unwrap();
    assert!(cosine(&alone[0], &batched[1]) > 0.99999);
    assert!(cosine(&batched[1], &batched[3]) > 0.999999);
    // One text per pass gives the same vectors as one pass for all.
    let small = E5Model::from_bytes(
        &tiny_bytes(),
        E5Options {
            tokens_per_pass: 1,
            ..E5Options::default()
        },
    )
    .unwrap();
    let one_by_one = small.embed(&texts, InputKind::Query).unwrap();
    for (a, b) in batched.iter().zip(&one_by_one) {
        assert!(cosine(a, b) > 0.99999);
    }
}

#[test]
fn rejects_out_of_range_token_ids() {
    let model = E5Model::from_bytes(&tiny_bytes(), E5Options::default()).unwrap();
    assert!(model.embed_ids(&[vec![0, 999, 2]]).is_err());
    assert!(model.embed_ids(&[vec![]]).is_err());
    assert!(model.embed_ids(&[vec![0; 17]]).is_err());
    assert_eq!(model.embed_ids(&[vec![0, 11, 2]]).unwrap()[0].len(), 64);
}

#[test]
fn cosine_helper() {
    assert!((cosine(&[1.0, 0.0], &[1.0, 0.0]) - 1.0).abs() < 1e-6);
    assert!(cosine(&[1.0, 0.0], &[0.0, 2.0]).abs() < 1e-6);
    assert!((cosine(&[1.0, 1.0], &[-2.0, -2.0]) + 1.0).abs() < 1e-6);
    assert_eq!(cosine(&[0.0, 0.0], &[1.0, 2.0]), 0.0);
}

#[test]
fn throughput_benchmark_reports_consistent_figures() {
    let model = E5Model::from_bytes(&tiny_bytes(), E5Options::default()).unwrap();
    let r = klaster_embed::bench_throughput(&model, 10, 4).unwrap();
    assert_eq!((r.texts, r.batch), (10, 4));
    assert_eq!(
        r.mean_tokens, 16.0,
        "profile texts fill the tiny model's 16 positions"
    );
    assert!(r.seconds > 0.0 && r.texts_per_second > 0.0);
    assert!((r.ms_per_text - r.seconds * 100.0).abs() < 1e-9);
    assert_ne!(
        r.kernel,
        Kernel::Auto,
        "the report names the kernel that ran"
    );
    let texts = klaster_embed::bench::profile_texts(20);
    for t in &texts {
        let words = t.split_whitespace().count();
        assert!((60..=150).contains(&words), "{words} words");
    }
}
