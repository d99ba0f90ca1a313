//! Analyzers: one per description language, plus a folding one for names and keywords.

use std::mem;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

use crate::{bulgarian, polish};

/// Tokens longer than this are junk (hashes, URLs glued together) and are dropped.
const MAX_TOKEN_BYTES: usize = 60;

/// The languages with a stemmer; everything else is analysed by [`FOLD`]. The discriminants
/// index the per-language field arrays, in the order of [`Lang::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En = 0,
    Pl = 1,
    Bg = 2,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Pl, Lang::Bg];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Bg => "bg",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The name under which the analyzer is registered with the index.
    pub fn analyzer_name(self) -> &'static str {
        match self {
            Lang::En => "klaster_en",
            Lang::Pl => "klaster_pl",
            Lang::Bg => "klaster_bg",
        }
    }

    pub fn analyzer(self) -> TextAnalyzer {
        let base = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(StemFilter(self));
        match self {
            // Folding after stemming lets a query typed without diacritics ("energetycznych",
            // "klastrow") meet text written with them, as far as the stems agree.
            Lang::En | Lang::Pl => base.filter(AsciiFoldingFilter).build(),
            Lang::Bg => base.build(),
        }
    }
}

/// Lower case and diacritics folded: "Śląski" and "slaski" become the same token.
pub const FOLD: &str = "klaster_fold";

pub fn fold_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The tokens `analyzer` makes of `text`.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A key to sort names by: case and diacritics ignored, so "Śląski" sorts among the S.
pub fn sort_key(name: &str) -> String {
    let mut analyzer = fold_analyzer();
    let mut key = tokens(&mut analyzer, name).join(" ");
    if key.is_empty() {
        // A name of punctuation only still needs a stable place.
        key = name.to_lowercase();
    }
    key
}

pub fn stem(lang: Lang, word: &str) -> String {
    match lang {
        Lang::En => frostem::Stemmer::new(frostem::Algorithm::English)
            .stem(word)
            .into_owned(),
        Lang::Pl => polish::stem(word),
        Lang::Bg => bulgarian::stem(word),
    }
}

/// A token filter stemming every token for one language.
#[derive(Clone, Copy)]
pub struct StemFilter(pub Lang);

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = StemTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemTokenizer<T> {
        StemTokenizer {
            lang: self.0,
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
pub struct StemTokenizer<T> {
    lang: Lang,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemTokenizer<T> {
    type TokenStream<'a> = StemTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemTokenStream {
            lang: self.lang,
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct StemTokenStream<T> {
    lang: Lang,
    tail: T,
}

impl<T: TokenStream> TokenStream for StemTokenStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stemmed = stem(self.lang, &token.text);
        let _ = mem::replace(&mut token.text, stemmed);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyse(lang: Lang, text: &str) -> Vec<String> {
        tokens(&mut lang.analyzer(), text)
    }

    #[test]
    fn english_plural_meets_singular() {
        assert_eq!(analyse(Lang::En, "Clusters"), analyse(Lang::En, "cluster"));
        assert_eq!(analyse(Lang::En, "batteries"), analyse(Lang::En, "battery"));
    }

    #[test]
    fn polish_inflections_meet() {
        assert_eq!(analyse(Lang::Pl, "klastrów"), analyse(Lang::Pl, "klaster"));
        assert_eq!(
            analyse(Lang::Pl, "energetycznych"),
            analyse(Lang::Pl, "energetyczny")
        );
        // Typed without diacritics, a query still meets the text when the stems agree.
        assert_eq!(analyse(Lang::Pl, "czesci"), analyse(Lang::Pl, "części"));
    }

    #[test]
    fn bulgarian_plural_meets_singular() {
        assert_eq!(analyse(Lang::Bg, "Клъстери"), analyse(Lang::Bg, "клъстер"));
    }

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(
            tokens(&mut fold_analyzer(), "Śląski Klaster Łódź"),
            vec!["slaski", "klaster", "lodz"]
        );
        assert_eq!(sort_key("Śląski  Klaster"), "slaski klaster");
        assert_eq!(sort_key("!!!"), "!!!");
    }
}
