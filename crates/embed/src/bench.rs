//! Embedding throughput on profile-length texts (what `klaster bench embed` reports).

use std::time::Instant;

use crate::{E5Model, Embedder, Error, InputKind, Kernel};

/// Sentences of the kind cooperation profiles are made of, in five languages.
const SENTENCES: &[&str] = &[
    "Our company designs and installs photovoltaic systems and heat pumps for residential and commercial buildings.",
    "We are looking for distribution partners in Bulgaria, Romania and Greece with experience in renewable energy.",
    "The cluster brings together forty small and medium-sized enterprises, two universities and a regional development agency.",
    "We offer contract manufacturing of precision metal parts, CNC machining and surface treatment for the automotive industry.",
    "A research partner is sought for a Horizon Europe proposal on circular economy in the textile value chain.",
    "Nasza firma od piętnastu lat produkuje meble z drewna litego i szuka dystrybutorów w Niemczech i Skandynawii.",
    "Poszukujemy partnera technologicznego do wspólnego rozwoju systemu monitorowania zużycia energii w budynkach.",
    "Klaster zrzesza przedsiębiorstwa z branży spożywczej, które chcą wspólnie wejść na rynki Europy Środkowo-Wschodniej.",
    "Oferujemy usługi projektowania instalacji fotowoltaicznych oraz doradztwo w zakresie efektywności energetycznej.",
    "Търсим партньори за съвместен проект в областта на зелената икономика и енергийната ефективност.",
    "Нашият клъстер обединява малки и средни предприятия от сектора на информационните технологии в Пловдив.",
    "Предлагаме услуги по проектиране и изграждане на соларни паркове и системи за съхранение на енергия.",
    "Hledáme distributora pro naše zemědělské stroje na Slovensku, v Polsku a v Maďarsku.",
    "Naše společnost vyvíjí software pro řízení logistiky a skladového hospodářství malých podniků.",
    "Wir suchen einen Forschungspartner für die Entwicklung biologisch abbaubarer Verpackungen aus Agrarreststoffen.",
    "Das Unternehmen bietet Lohnfertigung von Kunststoffteilen im Spritzgussverfahren für die Medizintechnik an.",
];

/// Deterministic profile-length texts (about 60–120 words each), mixing the languages above.
pub fn profile_texts(n: usize) -> Vec<String> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|_| {
            let target = 60 + (next() % 61) as usize;
            let mut text = String::new();
            let mut words = 0;
            while words < target {
                let s = SENTENCES[(next() % SENTENCES.len() as u64) as usize];
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(s);
                words += s.split_whitespace().count();
            }
            text
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct BenchReport {
    pub texts: usize,
    pub batch: usize,
    /// Mean tokens per text, `<s>`/`</s>` and the cut included.
    pub mean_tokens: f64,
    pub threads: usize,
    pub kernel: Kernel,
    /// Wall time of the timed run.
    pub seconds: f64,
    /// Process CPU time (user + system) during the timed run, where the OS tells it.
    pub cpu_seconds: Option<f64>,
    pub texts_per_second: f64,
    pub ms_per_text: f64,
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} texts (mean {:.0} tokens) in batches of {} on {} threads, {} kernel: {:.2} s, {:.1} texts/s, {:.2} ms/text",
            self.texts,
            self.mean_tokens,
            self.batch,
            self.threads,
            self.kernel,
            self.seconds,
            self.texts_per_second,
            self.ms_per_text
        )?;
        if let Some(c) = self.cpu_seconds {
            write!(f, ", {c:.2} CPU-s")?;
        }
        Ok(())
    }
}

/// Embed `n_texts` profile-length texts in batches of `batch` (after a short warm-up that is
/// not timed) and report the throughput.
pub fn bench_throughput(
    model: &E5Model,
    n_texts: usize,
    batch: usize,
) -> Result<BenchReport, Error> {
    let n_texts = n_texts.max(1);
    let batch = batch.max(1);
    let texts = profile_texts(n_texts);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let tokens: usize = refs
        .iter()
        .map(|t| model.token_ids(t, InputKind::Query).len())
        .sum();
    model.embed(&refs[..refs.len().min(batch).min(8)], InputKind::Query)?;

    let cpu0 = process_cpu_seconds();
    let start = Instant::now();
    for chunk in refs.chunks(batch) {
        let v = model.embed(chunk, InputKind::Query)?;
        debug_assert_eq!(v.len(), chunk.len());
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = cpu0.zip(process_cpu_seconds()).map(|(a, b)| b - a);
    Ok(BenchReport {
        texts: n_texts,
        batch,
        mean_tokens: tokens as f64 / n_texts as f64,
        threads: rayon::current_num_threads(),
        kernel: model.kernel(),
        seconds,
        cpu_seconds,
        texts_per_second: n_texts as f64 / seconds,
        ms_per_text: seconds * 1000.0 / n_texts as f64,
    })
}

/// utime + stime from /proc/self/stat (in USER_HZ = 100 ticks per second on Linux).
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
