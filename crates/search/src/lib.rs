//! Directory search index: tantivy in memory, with English, Polish and Bulgarian analyzers.
//!
//! The database is the source of truth; this index is derived data, rebuilt at start and kept in
//! step on every write. Text relevance and filtering run in tantivy; facets and sorting by name
//! use a small per-organisation record kept beside it (cheap at directory scale).

mod analysis;
mod bulgarian;
mod polish;

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard, PoisonError, RwLock};

use klaster_domain::model::Id;
use klaster_domain::search::{
    DirectoryHits, DirectoryIndex, DirectoryQuery, FacetCount, Facets, OrgDoc,
};
use klaster_domain::types::{section_of_division, NaceCode};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STRING,
};
use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentReader, TantivyDocument,
    Term,
};

use analysis::{fold_analyzer, sort_key, tokens, Lang, FOLD};

/// Query words beyond this are ignored: with AND semantics they could only narrow an already
/// absurd query, and each word costs a handful of term lookups.
const MAX_QUERY_WORDS: usize = 32;

/// Relevance weights: a word in the name counts most, then keywords, then descriptions.
const BOOST_NAME: Score = 4.0;
const BOOST_KEYWORDS: Score = 2.5;
const BOOST_NAME_STEMMED: Score = 2.0;
const BOOST_DESCRIPTION: Score = 1.0;

/// Writer memory: one indexing thread (the machine is small) with a modest arena.
const WRITER_THREADS: usize = 1;
const WRITER_MEMORY: usize = 32_000_000;

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    /// Name and short name, folded.
    name: Field,
    /// Keywords, folded.
    keywords: Field,
    /// Name, short name and keywords through each language's stemmer, so an inflected query
    /// word still meets a name ("klastry" → "Klaster ...").
    name_stemmed: [Field; 3],
    /// Descriptions by language (en, pl, bg), each with its own stemmer.
    description: [Field; 3],
    /// Descriptions in any other language, folded but not stemmed.
    description_other: Field,
    country: Field,
    /// The NUTS code and every ancestor.
    region: Field,
    /// Every NACE code and every ancestor.
    nace: Field,
    kind: Field,
    verified: Field,
}

fn text_field(schema: &mut tantivy::schema::SchemaBuilder, name: &str, analyzer: &str) -> Field {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(analyzer)
        .set_index_option(IndexRecordOption::WithFreqs);
    schema.add_text_field(name, TextOptions::default().set_indexing_options(indexing))
}

fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        id: b.add_i64_field("id", INDEXED | FAST),
        name: text_field(&mut b, "name", FOLD),
        keywords: text_field(&mut b, "keywords", FOLD),
        name_stemmed: Lang::ALL
            .map(|l| text_field(&mut b, &format!("name_{}", l.code()), l.analyzer_name())),
        description: Lang::ALL.map(|l| {
            text_field(
                &mut b,
                &format!("description_{}", l.code()),
                l.analyzer_name(),
            )
        }),
        description_other: text_field(&mut b, "description_other", FOLD),
        country: b.add_text_field("country", STRING),
        region: b.add_text_field("region", STRING),
        nace: b.add_text_field("nace", STRING),
        kind: b.add_text_field("kind", STRING),
        verified: b.add_text_field("verified", STRING),
    };
    (b.build(), fields)
}

/// What facets and sorting need of one organisation, kept in memory beside the index.
#[derive(Debug, Clone)]
struct Attrs {
    sort_key: String,
    country: String,
    nuts: Option<String>,
    sections: BTreeSet<String>,
    divisions: BTreeSet<String>,
    kind: &'static str,
    verified: bool,
}

impl Attrs {
    fn of(doc: &OrgDoc) -> Attrs {
        Attrs {
            sort_key: sort_key(&doc.name),
            country: doc.country.clone(),
            nuts: doc.nuts.as_ref().map(|n| n.as_str().to_string()),
            sections: doc
                .nace
                .iter()
                .filter_map(|c| c.section())
                .map(String::from)
                .collect(),
            divisions: doc
                .nace
                .iter()
                .filter_map(|c| c.division())
                .map(String::from)
                .collect(),
            kind: doc.kind.code(),
            verified: doc.verified,
        }
    }
}

/// The tantivy-backed [`DirectoryIndex`]. Cheap to share in an `Arc`; searches run in parallel,
/// writes are serialised and visible to the next search as soon as they return.
pub struct TantivyIndex {
    reader: IndexReader,
    fields: Fields,
    writer: Mutex<IndexWriter>,
    /// Held for writing while the reader reloads, so a search never pairs a searcher with
    /// attributes from another generation.
    attrs: RwLock<HashMap<Id, Attrs>>,
}

fn err(context: &str) -> impl Fn(tantivy::TantivyError) -> String + '_ {
    move |e| format!("search index: {context}: {e}")
}

impl TantivyIndex {
    /// An empty index held in RAM. Fill it with [`DirectoryIndex::rebuild`].
    pub fn in_memory() -> Result<Self, String> {
        let (schema, fields) = build_schema();
        let index = Index::create_in_ram(schema);
        let tokenizers = index.tokenizers();
        tokenizers.register(FOLD, fold_analyzer());
        for lang in Lang::ALL {
            tokenizers.register(lang.analyzer_name(), lang.analyzer());
        }
        let writer = index
            .writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)
            .map_err(err("creating the writer"))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(err("creating the reader"))?;
        Ok(TantivyIndex {
            reader,
            fields,
            writer: Mutex::new(writer),
            attrs: RwLock::new(HashMap::new()),
        })
    }

    fn writer(&self) -> MutexGuard<'_, IndexWriter> {
        // A panic while staging a write poisons the lock: drop whatever it had staged so the
        // next commit does not publish half of it.
        self.writer.lock().unwrap_or_else(|poisoned| {
            let mut writer = poisoned.into_inner();
            let _ = writer.rollback();
            writer
        })
    }

    fn document(&self, doc: &OrgDoc) -> TantivyDocument {
        let f = &self.fields;
        let mut d = TantivyDocument::default();
        d.add_i64(f.id, doc.id);
        let mut names = vec![doc.name.as_str()];
        names.extend(doc.short_name.as_deref());
        for name in &names {
            d.add_text(f.name, name);
        }
        for kw in &doc.keywords {
            d.add_text(f.keywords, kw);
        }
        for field in f.name_stemmed {
            for text in names
                .iter()
                .copied()
                .chain(doc.keywords.iter().map(String::as_str))
            {
                d.add_text(field, text);
            }
        }
        for desc in &doc.descriptions {
            let field = match Lang::from_code(desc.lang.as_str()) {
                Some(lang) => f.description[lang as usize],
                None => f.description_other,
            };
            d.add_text(field, &desc.text);
        }
        d.add_text(f.country, &doc.country);
        if let Some(nuts) = &doc.nuts {
            for code in nuts.with_ancestors() {
                d.add_text(f.region, code);
            }
        }
        let nace: BTreeSet<String> = doc.nace.iter().flat_map(NaceCode::with_ancestors).collect();
        for code in nace {
            d.add_text(f.nace, code);
        }
        d.add_text(f.kind, doc.kind.code());
        d.add_text(f.verified, if doc.verified { "true" } else { "false" });
        d
    }

    /// Runs `stage` on the writer, commits and makes the result visible, updating the attributes
    /// under the same lock. On any failure the staged work is rolled back, so a half-done write
    /// (say, a delete without its re-add) never reaches a later commit.
    fn write(
        &self,
        stage: impl FnOnce(&mut IndexWriter) -> tantivy::Result<()>,
        update: impl FnOnce(&mut HashMap<Id, Attrs>),
    ) -> Result<(), String> {
        let mut writer = self.writer();
        if let Err(e) = stage(&mut writer).and_then(|()| writer.commit().map(drop)) {
            let _ = writer.rollback();
            return Err(err("write")(e));
        }
        let mut attrs = self.attrs.write().unwrap_or_else(PoisonError::into_inner);
        self.reader.reload().map_err(err("reload"))?;
        update(&mut attrs);
        Ok(())
    }

    /// One query word: it must match in at least one field, each field analysing it its own way.
    fn word_query(&self, word: &str) -> Box<dyn Query> {
        let f = &self.fields;
        let fold = fold_analyzer();
        let mut per_field: Vec<(Field, TextAnalyzer, Score)> = vec![
            (f.name, fold.clone(), BOOST_NAME),
            (f.keywords, fold.clone(), BOOST_KEYWORDS),
            (f.description_other, fold.clone(), BOOST_DESCRIPTION),
        ];
        for lang in Lang::ALL {
            per_field.push((
                f.name_stemmed[lang as usize],
                lang.analyzer(),
                BOOST_NAME_STEMMED,
            ));
            per_field.push((
                f.description[lang as usize],
                lang.analyzer(),
                BOOST_DESCRIPTION,
            ));
        }
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, mut analyzer, boost) in per_field {
            // The word is a single token already, so each analyzer yields at most one term.
            for term in tokens(&mut analyzer, word) {
                let q = TermQuery::new(
                    Term::from_field_text(field, &term),
                    IndexRecordOption::WithFreqs,
                );
                should.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost))));
            }
        }
        // No clause (a word too long for any analyzer) matches nothing, as AND semantics demand.
        Box::new(BooleanQuery::new(should))
    }

    fn filter(&self, field: Field, value: &str) -> (Occur, Box<dyn Query>) {
        let term = TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        );
        // Filters must not move scores: multi-valued fields would otherwise weigh in via BM25.
        (
            Occur::Must,
            Box::new(ConstScoreQuery::new(Box::new(term), 0.0)),
        )
    }
}

/// The user's words: split on anything that is not a letter or digit, lower-cased, deduplicated.
/// No query syntax is interpreted, so no input can be a syntax error.
fn query_words(text: &str) -> Vec<String> {
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .build();
    let mut words: Vec<String> = Vec::new();
    for word in tokens(&mut analyzer, text) {
        if !words.contains(&word) {
            words.push(word);
        }
        if words.len() == MAX_QUERY_WORDS {
            break;
        }
    }
    words
}

/// A filter value as typed: trimmed and upper-cased (codes are stored upper case); blank is none.
fn code_filter(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(|v| v.trim().to_uppercase())
        .filter(|v| !v.is_empty())
}

/// Collects every matching document as (organisation id, score).
struct AllMatches {
    scoring: bool,
}

struct SegmentMatches {
    ids: Column<i64>,
    out: Vec<(Id, Score)>,
}

impl Collector for AllMatches {
    type Fruit = Vec<(Id, Score)>;
    type Child = SegmentMatches;

    fn for_segment(&self, _ord: u32, segment: &SegmentReader) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches {
            ids: segment.fast_fields().i64("id")?,
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scoring
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(Id, Score)>>) -> tantivy::Result<Vec<(Id, Score)>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Vec<(Id, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(id) = self.ids.first(doc) {
            self.out.push((id, score));
        }
    }

    fn harvest(self) -> Vec<(Id, Score)> {
        self.out
    }
}

fn counted(counts: HashMap<&str, usize>) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, count)| FacetCount {
            value: value.to_string(),
            count,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    out
}

fn facets<'a>(
    hits: impl Iterator<Item = &'a Attrs>,
    region: Option<&str>,
    nace: Option<&str>,
) -> Facets {
    // Regions one level below the filter; NUTS 2 (two letters + two characters) without one.
    let region_len = region.map_or(4, |r| r.len() + 1);
    let division_section = nace
        .and_then(|n| NaceCode::parse(n).ok())
        .and_then(|n| n.section());
    let mut country = HashMap::new();
    let mut regions = HashMap::new();
    let mut sections = HashMap::new();
    let mut divisions = HashMap::new();
    let mut kinds = HashMap::new();
    let mut verified = HashMap::new();
    for a in hits {
        *country.entry(a.country.as_str()).or_insert(0) += 1;
        if let Some(code) = a.nuts.as_deref().filter(|c| c.len() >= region_len) {
            *regions.entry(&code[..region_len]).or_insert(0) += 1;
        }
        for s in &a.sections {
            *sections.entry(s.as_str()).or_insert(0) += 1;
        }
        for d in &a.divisions {
            let in_section = division_section
                .is_none_or(|s| d.parse::<u8>().ok().and_then(section_of_division) == Some(s));
            if in_section {
                *divisions.entry(d.as_str()).or_insert(0) += 1;
            }
        }
        *kinds.entry(a.kind).or_insert(0) += 1;
        *verified
            .entry(if a.verified { "true" } else { "false" })
            .or_insert(0) += 1;
    }
    Facets {
        country: counted(country),
        region: counted(regions),
        nace_section: counted(sections),
        nace_division: counted(divisions),
        kind: counted(kinds),
        verified: counted(verified),
    }
}

/// Orders `hits` enough to cut the page `offset..offset + limit` out of it: only the first
/// `offset + limit` are fully sorted, the rest just partitioned off.
fn page<T>(
    hits: &mut [T],
    offset: usize,
    limit: usize,
    order: impl Fn(&T, &T) -> Ordering,
) -> &[T] {
    let end = offset.saturating_add(limit).min(hits.len());
    if end == 0 {
        return &[];
    }
    if end < hits.len() {
        hits.select_nth_unstable_by(end - 1, &order);
    }
    let head = &mut hits[..end];
    head.sort_unstable_by(&order);
    &head[offset.min(end)..]
}

impl DirectoryIndex for TantivyIndex {
    fn rebuild(&self, docs: Vec<OrgDoc>) -> Result<(), String> {
        // The last of several docs with one id wins, as a sequence of upserts would have it.
        let mut latest: HashMap<Id, OrgDoc> = HashMap::with_capacity(docs.len());
        for doc in docs {
            latest.insert(doc.id, doc);
        }
        let fresh: HashMap<Id, Attrs> = latest.iter().map(|(id, d)| (*id, Attrs::of(d))).collect();
        self.write(
            |writer| {
                writer.delete_all_documents()?;
                for doc in latest.values() {
                    writer.add_document(self.document(doc))?;
                }
                Ok(())
            },
            |attrs| *attrs = fresh,
        )
    }

    fn upsert(&self, doc: OrgDoc) -> Result<(), String> {
        let id = doc.id;
        let attrs = Attrs::of(&doc);
        self.write(
            |writer| {
                writer.delete_term(Term::from_field_i64(self.fields.id, id));
                writer.add_document(self.document(&doc)).map(drop)
            },
            |all| {
                all.insert(id, attrs);
            },
        )
    }

    fn remove(&self, id: Id) -> Result<(), String> {
        self.write(
            |writer| {
                writer.delete_term(Term::from_field_i64(self.fields.id, id));
                Ok(())
            },
            |all| {
                all.remove(&id);
            },
        )
    }

    fn search(&self, query: &DirectoryQuery) -> Result<DirectoryHits, String> {
        let f = &self.fields;
        let words = query_words(query.text.as_deref().unwrap_or(""));
        let has_text = !words.is_empty();
        let country = code_filter(&query.country);
        let region = code_filter(&query.region);
        let nace = code_filter(&query.nace);

        let mut clauses: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .map(|w| (Occur::Must, self.word_query(w)))
            .collect();
        if let Some(c) = &country {
            clauses.push(self.filter(f.country, c));
        }
        if let Some(r) = &region {
            clauses.push(self.filter(f.region, r));
        }
        if let Some(n) = &nace {
            clauses.push(self.filter(f.nace, n));
        }
        if let Some(k) = query.kind {
            clauses.push(self.filter(f.kind, k.code()));
        }
        if let Some(v) = query.verified {
            clauses.push(self.filter(f.verified, if v { "true" } else { "false" }));
        }
        let tantivy_query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };

        let attrs = self.attrs.read().unwrap_or_else(PoisonError::into_inner);
        let searcher = self.reader.searcher();
        let matches = searcher
            .search(tantivy_query.as_ref(), &AllMatches { scoring: has_text })
            .map_err(err("search"))?;

        let mut hits: Vec<(Score, &Attrs, Id)> = matches
            .into_iter()
            .filter_map(|(id, score)| attrs.get(&id).map(|a| (score, a, id)))
            .collect();
        let facets = facets(hits.iter().map(|h| h.1), region.as_deref(), nace.as_deref());
        let total = hits.len();
        let by_name = |a: &(Score, &Attrs, Id), b: &(Score, &Attrs, Id)| {
            a.1.sort_key.cmp(&b.1.sort_key).then(a.2.cmp(&b.2))
        };
        let page = if has_text {
            page(&mut hits, query.offset, query.limit, |a, b| {
                b.0.total_cmp(&a.0).then_with(|| by_name(a, b))
            })
        } else {
            page(&mut hits, query.offset, query.limit, by_name)
        };
        let ids = page.iter().map(|h| h.2).collect();
        Ok(DirectoryHits { ids, total, facets })
    }
}
