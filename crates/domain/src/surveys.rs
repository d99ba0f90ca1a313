//! Needs surveys: an organisation or a project asks its audience questions in several languages,
//! respondents save drafts and submit once, and the owner reads live aggregated results.
//!
//! The questions form one document (`Structure`) with stable numeric keys, so answers refer to
//! keys, never to texts: an answer given in Bulgarian counts with the same answer given in Polish.
//! The structure is fixed once the survey opens, so every answer always matches its question.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::check_text;
use crate::model::Id;
use crate::policy::Actor;
use crate::projects::ProjectAccess;
use crate::registration::RegistrationStatus;
use crate::repo::Repository;
use crate::types::*;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use time::OffsetDateTime;

code_enum!(
    /// What a question asks for.
    QuestionKind {
        Single = "single",
        Multiple = "multiple",
        Scale = "scale",
        Number = "number",
        ShortText = "short_text",
        LongText = "long_text",
        Rank = "rank",
    }
);

code_enum!(
    /// Who may answer.
    AudienceKind {
        Public = "public",
        ClusterMembers = "cluster_members",
        EventParticipants = "event_participants",
        RegionOrgs = "region_orgs",
    }
);

code_enum!(
    /// draft (being built, owners only) → open (taking answers) → closed.
    SurveyStatus {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
    }
);

code_enum!(
    ResponseStatus {
        Draft = "draft",
        Submitted = "submitted",
    }
);

impl QuestionKind {
    pub fn has_options(self) -> bool {
        matches!(
            self,
            QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Rank
        )
    }
    /// Questions whose answers can be counted by category (filters, conditions, cross-tables).
    pub fn is_categorical(self) -> bool {
        matches!(
            self,
            QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Scale
        )
    }
    pub fn is_text(self) -> bool {
        matches!(self, QuestionKind::ShortText | QuestionKind::LongText)
    }
}

/// A text per language code: `{"en": "…", "pl": "…"}`.
pub type Texts = BTreeMap<String, String>;

/// The text in `lang`, else English, else any.
pub fn pick<'a>(texts: &'a Texts, lang: &str) -> &'a str {
    texts
        .get(lang)
        .or_else(|| texts.get("en"))
        .or_else(|| texts.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// Groups smaller than this are not shown in anonymous surveys.
pub const MIN_GROUP: i64 = 3;
pub const MAX_QUESTIONS: usize = 100;
pub const MAX_OPTIONS: usize = 30;
pub const MAX_SHORT_TEXT: usize = 300;
pub const MAX_LONG_TEXT: usize = 5000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Choice {
    pub key: i64,
    #[schema(value_type = BTreeMap<String, String>)]
    pub text: Texts,
}

/// Show a question only when an earlier question's answer includes `equals` (an option key, or
/// the value on a scale).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Condition {
    pub question: i64,
    pub equals: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Question {
    pub key: i64,
    pub section: i64,
    pub kind: QuestionKind,
    pub required: bool,
    #[schema(value_type = BTreeMap<String, String>)]
    pub text: Texts,
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Scale ends (whole numbers) or a number's allowed range.
    pub min: Option<f64>,
    pub max: Option<f64>,
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, String>)]
    pub min_label: Texts,
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, String>)]
    pub max_label: Texts,
    pub condition: Option<Condition>,
}

impl Question {
    pub fn option(&self, key: i64) -> Option<&Choice> {
        self.options.iter().find(|o| o.key == key)
    }
    /// The scale's values, lowest first.
    pub fn scale_values(&self) -> Vec<i64> {
        match (self.kind, self.min, self.max) {
            (QuestionKind::Scale, Some(a), Some(b)) => (a as i64..=b as i64).collect(),
            _ => Vec::new(),
        }
    }
    /// The categories answers fall into: option keys, or scale values.
    pub fn categories(&self) -> Vec<i64> {
        match self.kind {
            QuestionKind::Scale => self.scale_values(),
            _ => self.options.iter().map(|o| o.key).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Section {
    pub key: i64,
    #[schema(value_type = BTreeMap<String, String>)]
    pub title: Texts,
}

/// Sections and questions in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Structure {
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default)]
    pub questions: Vec<Question>,
    /// The next key to hand out; keys are never reused.
    #[serde(default)]
    pub next_key: i64,
}

impl Structure {
    pub fn question(&self, key: i64) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key)
    }
    fn take_key(&mut self) -> i64 {
        self.next_key = self.next_key.max(1);
        let k = self.next_key;
        self.next_key += 1;
        k
    }
    pub fn add_section(&mut self, title: Texts) -> i64 {
        let key = self.take_key();
        self.sections.push(Section { key, title });
        key
    }
    /// Checks the question and adds it at the end of its section's list; a survey without
    /// sections gets one first, so that every question has a section.
    pub fn add_question(&mut self, raw: &RawQuestionInput) -> Result<i64, FieldErrors> {
        if self.sections.is_empty() {
            self.add_section(Texts::new());
        }
        let q = raw.parse(self, None)?;
        self.next_key = self
            .next_key
            .max(q.key + 1)
            .max(q.options.iter().map(|o| o.key + 1).max().unwrap_or(0));
        let key = q.key;
        self.questions.push(q);
        Ok(key)
    }
    /// Questions in the order they are asked: section by section, in list order within each.
    pub fn ordered(&self) -> Vec<&Question> {
        let mut out: Vec<&Question> = Vec::new();
        for s in &self.sections {
            out.extend(self.questions.iter().filter(|q| q.section == s.key));
        }
        out.extend(
            self.questions
                .iter()
                .filter(|q| !self.sections.iter().any(|s| s.key == q.section)),
        );
        out
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Audience {
    pub kind: AudienceKind,
    /// The cluster whose members answer.
    pub org_id: Option<Id>,
    /// The event whose confirmed participants answer.
    pub event_id: Option<Id>,
    /// Organisations whose NUTS code starts with this answer (e.g. PL81).
    pub nuts: Option<String>,
}

/// A survey's settings as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveySettings {
    pub owner_org_id: Option<Id>,
    pub owner_project_id: Option<Id>,
    pub title: Texts,
    pub intro: Texts,
    pub audience: Audience,
    pub anonymous: bool,
    pub per_org: bool,
    pub results_public: bool,
    pub closes_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Survey {
    pub id: Id,
    pub owner_org_id: Option<Id>,
    pub owner_project_id: Option<Id>,
    pub owner_name: String,
    #[schema(value_type = BTreeMap<String, String>)]
    pub title: Texts,
    #[schema(value_type = BTreeMap<String, String>)]
    pub intro: Texts,
    pub audience: Audience,
    /// Responses keep no name, user or organisation; small groups are hidden in results.
    pub anonymous: bool,
    /// One response per organisation instead of one per person.
    pub per_org: bool,
    /// Everyone who can see the survey sees its results (else only its owners).
    pub results_public: bool,
    pub status: SurveyStatus,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub closes_at: Option<OffsetDateTime>,
    pub structure: Structure,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
    #[serde(skip)]
    pub salt: String,
}

impl Survey {
    /// Open and not past its closing time.
    pub fn takes_answers(&self, now: OffsetDateTime) -> bool {
        self.status == SurveyStatus::Open && self.closes_at.is_none_or(|c| now < c)
    }
    pub fn settings(&self) -> SurveySettings {
        SurveySettings {
            owner_org_id: self.owner_org_id,
            owner_project_id: self.owner_project_id,
            title: self.title.clone(),
            intro: self.intro.clone(),
            audience: self.audience.clone(),
            anonymous: self.anonymous,
            per_org: self.per_org,
            results_public: self.results_public,
            closes_at: self.closes_at,
        }
    }
}

// ---- settings input ----

/// A survey's settings as a form or JSON body carries them.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawSurveyInput {
    /// Exactly one of the owner organisation and the owner project.
    pub owner_org_id: Option<Id>,
    pub owner_project_id: Option<Id>,
    /// The title per language code; at least one, 3–200 characters.
    #[schema(value_type = BTreeMap<String, String>)]
    pub title: Texts,
    /// The introduction per language code, up to 5,000 characters.
    #[schema(value_type = BTreeMap<String, String>)]
    pub intro: Texts,
    /// public, cluster_members, event_participants or region_orgs.
    pub audience: String,
    pub audience_org_id: Option<Id>,
    pub audience_event_id: Option<Id>,
    pub audience_nuts: String,
    pub anonymous: bool,
    pub per_org: bool,
    pub results_public: bool,
    /// The last day answers are taken, YYYY-MM-DD (until its end, UTC); empty for none.
    pub closes_on: String,
}

fn parse_texts_map(e: &mut FieldErrors, field: &str, raw: &Texts, min: usize, max: usize) -> Texts {
    let mut out = Texts::new();
    for (lang, text) in raw {
        if text.trim().is_empty() {
            continue;
        }
        let Some(l) = e.check(field, LanguageTag::parse(lang)) else {
            continue;
        };
        check_text(e, field, text, min, max);
        out.insert(l.as_str().to_string(), text.trim().to_string());
    }
    out
}

impl RawSurveyInput {
    pub fn parse(&self) -> Result<SurveySettings, FieldErrors> {
        let mut e = FieldErrors::new();
        if self.owner_org_id.is_some() == self.owner_project_id.is_some() {
            e.add("owner", "choose an organisation or a project");
        }
        let title = parse_texts_map(&mut e, "title", &self.title, 3, 200);
        if title.is_empty() && e.get("title").is_none() {
            e.add("title", "must not be empty");
        }
        let intro = parse_texts_map(&mut e, "intro", &self.intro, 0, 5000);
        let kind = e.check("audience", AudienceKind::parse(&self.audience));
        let mut audience = Audience {
            kind: kind.unwrap_or(AudienceKind::Public),
            org_id: None,
            event_id: None,
            nuts: None,
        };
        match kind {
            Some(AudienceKind::ClusterMembers) => match self.audience_org_id {
                Some(id) => audience.org_id = Some(id),
                None => e.add("audience_org_id", "choose the cluster whose members answer"),
            },
            Some(AudienceKind::EventParticipants) => match self.audience_event_id {
                Some(id) => audience.event_id = Some(id),
                None => e.add(
                    "audience_event_id",
                    "choose the event whose participants answer",
                ),
            },
            Some(AudienceKind::RegionOrgs) => {
                if let Some(n) = e.check("audience_nuts", NutsCode::parse(&self.audience_nuts)) {
                    audience.nuts = Some(n.as_str().to_string());
                }
            }
            _ => {}
        }
        let closes_at = match self.closes_on.trim() {
            "" => None,
            s => match crate::model::iso_date(s) {
                Some(d) => Some(d.with_hms(23, 59, 59).expect("valid time").assume_utc()),
                None => {
                    e.add("closes_on", "must be a date like 2027-03-31");
                    None
                }
            },
        };
        if !e.is_empty() {
            return Err(e);
        }
        Ok(SurveySettings {
            owner_org_id: self.owner_org_id,
            owner_project_id: self.owner_project_id,
            title,
            intro,
            audience,
            anonymous: self.anonymous,
            per_org: self.per_org,
            results_public: self.results_public,
            closes_at,
        })
    }
}

// ---- structure input ----

/// A question as a form or JSON body carries it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawQuestionInput {
    /// The section's key; the first section when empty.
    pub section: Option<i64>,
    /// single, multiple, scale, number, short_text, long_text or rank.
    pub kind: String,
    pub required: bool,
    /// The question per language code; at least one, 3–500 characters.
    #[schema(value_type = BTreeMap<String, String>)]
    pub text: Texts,
    /// For single, multiple and rank: 2–30 options, each a text per language code.
    #[schema(value_type = Vec<BTreeMap<String, String>>)]
    pub options: Vec<Texts>,
    /// Scale: whole numbers, 0–10, at most 11 steps. Number: the allowed range (optional).
    pub min: Option<f64>,
    pub max: Option<f64>,
    #[schema(value_type = BTreeMap<String, String>)]
    pub min_label: Texts,
    #[schema(value_type = BTreeMap<String, String>)]
    pub max_label: Texts,
    /// Show only when this earlier question's answer includes `condition_equals`.
    pub condition_question: Option<i64>,
    pub condition_equals: Option<i64>,
}

impl RawQuestionInput {
    /// Checks the question against the structure it goes into; `replacing` keeps that question's
    /// key and its options' keys (by position).
    pub fn parse(&self, st: &Structure, replacing: Option<i64>) -> Result<Question, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = e.check("kind", QuestionKind::parse(&self.kind));
        let text = parse_texts_map(&mut e, "text", &self.text, 3, 500);
        if text.is_empty() && e.get("text").is_none() {
            e.add("text", "must not be empty");
        }
        let section = match self.section {
            Some(s) if st.sections.iter().any(|x| x.key == s) => s,
            Some(_) => {
                e.add("section", "is not a section of this survey");
                0
            }
            None => st.sections.first().map(|s| s.key).unwrap_or(0),
        };
        let old = replacing.and_then(|k| st.question(k));
        let mut next = st.next_key.max(1);
        let mut options = Vec::new();
        let (mut min, mut max) = (None, None);
        let (mut min_label, mut max_label) = (Texts::new(), Texts::new());
        match kind {
            Some(k) if k.has_options() => {
                let raw: Vec<&Texts> = self
                    .options
                    .iter()
                    .filter(|o| o.values().any(|t| !t.trim().is_empty()))
                    .collect();
                if raw.len() < 2 || raw.len() > MAX_OPTIONS {
                    e.add("options", format!("must have 2–{MAX_OPTIONS} options"));
                }
                for (i, o) in raw.iter().enumerate() {
                    let t = parse_texts_map(&mut e, "options", o, 1, 200);
                    let key = match old.and_then(|q| q.options.get(i)) {
                        Some(c) => c.key,
                        None => {
                            next += 1;
                            next - 1
                        }
                    };
                    options.push(Choice { key, text: t });
                }
            }
            Some(QuestionKind::Scale) => {
                let (a, b) = (self.min.unwrap_or(1.0), self.max.unwrap_or(5.0));
                if a.fract() != 0.0 || b.fract() != 0.0 || a < 0.0 || b > 10.0 || a >= b {
                    e.add(
                        "max",
                        "a scale runs between whole numbers from 0 to 10, low to high",
                    );
                } else {
                    min = Some(a);
                    max = Some(b);
                }
                min_label = parse_texts_map(&mut e, "min_label", &self.min_label, 0, 100);
                max_label = parse_texts_map(&mut e, "max_label", &self.max_label, 0, 100);
            }
            Some(QuestionKind::Number) => {
                if let (Some(a), Some(b)) = (self.min, self.max) {
                    if a >= b {
                        e.add("max", "must be greater than the minimum");
                    }
                }
                if self.min.is_some_and(|v| !v.is_finite())
                    || self.max.is_some_and(|v| !v.is_finite())
                {
                    e.add("max", "must be a number");
                }
                min = self.min;
                max = self.max;
            }
            _ => {}
        }
        let condition = match (self.condition_question, self.condition_equals) {
            (None, _) => None,
            (Some(q), equals) => {
                let position = |k: i64| st.ordered().iter().position(|x| x.key == k);
                let this_pos = replacing.and_then(position);
                match st.question(q) {
                    Some(cq)
                        if cq.kind.is_categorical()
                            && Some(cq.key) != replacing
                            && (this_pos.is_none() || position(q) < this_pos) =>
                    {
                        match equals {
                            Some(v) if cq.categories().contains(&v) => Some(Condition {
                                question: q,
                                equals: v,
                            }),
                            _ => {
                                e.add("condition_equals", "is not an answer of that question");
                                None
                            }
                        }
                    }
                    _ => {
                        e.add(
                            "condition_question",
                            "must be an earlier choice or scale question",
                        );
                        None
                    }
                }
            }
        };
        match (e.is_empty(), kind) {
            (true, Some(kind)) => Ok(Question {
                key: replacing.unwrap_or(next),
                section,
                kind,
                required: self.required,
                text,
                options,
                min,
                max,
                min_label,
                max_label,
                condition,
            }),
            _ => Err(e),
        }
    }
}

// ---- answers ----

/// One answer, stored once whatever the language: chosen option keys (in rank order for rank
/// questions), a number (scale or number questions) or a text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Answer {
    pub question: i64,
    pub choices: Vec<i64>,
    pub number: Option<f64>,
    pub text: Option<String>,
}

impl Answer {
    fn is_empty(&self) -> bool {
        self.choices.is_empty()
            && self.number.is_none()
            && self.text.as_deref().is_none_or(|t| t.trim().is_empty())
    }
    /// Whether the answer falls in category `c` (an option key or a scale value).
    pub fn has(&self, c: i64) -> bool {
        self.choices.contains(&c) || self.number == Some(c as f64)
    }
}

/// Whether a question is shown, given the answers before it.
fn visible(q: &Question, answers: &HashMap<i64, Answer>) -> bool {
    match q.condition {
        None => true,
        Some(c) => answers.get(&c.question).is_some_and(|a| a.has(c.equals)),
    }
}

/// Checks answers against the questions. Hidden questions (their condition not met) lose their
/// answers; required ones must be answered only on submission. Fields are named `q{key}`.
pub fn check_answers(
    st: &Structure,
    raw: &[Answer],
    submit: bool,
) -> Result<Vec<Answer>, FieldErrors> {
    let mut e = FieldErrors::new();
    let mut given: HashMap<i64, &Answer> = HashMap::new();
    for a in raw {
        if st.question(a.question).is_none() {
            e.add(
                "answers",
                format!("question {} is not in this survey", a.question),
            );
        } else if given.insert(a.question, a).is_some() {
            e.add(format!("q{}", a.question), "is answered twice");
        }
    }
    let mut kept: HashMap<i64, Answer> = HashMap::new();
    let mut out = Vec::new();
    for q in st.ordered() {
        let field = format!("q{}", q.key);
        if !visible(q, &kept) {
            continue;
        }
        let a = given.get(&q.key).map(|a| (*a).clone()).unwrap_or(Answer {
            question: q.key,
            ..Default::default()
        });
        if a.is_empty() {
            if submit && q.required {
                e.add(&field, "must be answered");
            }
            continue;
        }
        let mut clean = Answer {
            question: q.key,
            ..Default::default()
        };
        match q.kind {
            QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Rank => {
                let mut seen = Vec::new();
                for c in &a.choices {
                    if q.option(*c).is_none() {
                        e.add(&field, "is not one of the options");
                    } else if !seen.contains(c) {
                        seen.push(*c);
                    }
                }
                if q.kind == QuestionKind::Single && seen.len() > 1 {
                    e.add(&field, "takes one option");
                }
                if q.kind == QuestionKind::Rank && seen.len() != q.options.len() {
                    e.add(&field, "must rank every option once");
                }
                clean.choices = seen;
            }
            QuestionKind::Scale => match a.number {
                Some(v) if v.fract() == 0.0 && q.scale_values().contains(&(v as i64)) => {
                    clean.number = Some(v)
                }
                _ => e.add(&field, "must be a value on the scale"),
            },
            QuestionKind::Number => match a.number {
                Some(v)
                    if v.is_finite()
                        && q.min.is_none_or(|m| v >= m)
                        && q.max.is_none_or(|m| v <= m) =>
                {
                    clean.number = Some(v)
                }
                _ => e.add(&field, "must be a number in the allowed range"),
            },
            QuestionKind::ShortText | QuestionKind::LongText => {
                let t = a.text.clone().unwrap_or_default();
                let max = if q.kind == QuestionKind::ShortText {
                    MAX_SHORT_TEXT
                } else {
                    MAX_LONG_TEXT
                };
                check_text(&mut e, &field, &t, 0, max);
                clean.text = Some(t.trim().to_string());
            }
        }
        kept.insert(q.key, clean.clone());
        out.push(clean);
    }
    if e.is_empty() {
        Ok(out)
    } else {
        Err(e)
    }
}

// ---- responses ----

/// Who a response comes from, kept only in named surveys; the country, region and kind of
/// organisation are kept in both, for breakdowns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RespondentInfo {
    pub user_id: Option<Id>,
    pub org_id: Option<Id>,
    pub country: Option<String>,
    pub nuts: Option<String>,
    pub org_kind: Option<OrgKind>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Response {
    pub id: Id,
    pub survey_id: Id,
    pub user_id: Option<Id>,
    pub respondent_name: Option<String>,
    pub org_id: Option<Id>,
    pub org_name: Option<String>,
    pub country: Option<String>,
    pub nuts: Option<String>,
    pub org_kind: Option<OrgKind>,
    pub status: ResponseStatus,
    /// The respondent agreed that their name goes with their answers in exports.
    pub consent: bool,
    pub answers: Vec<Answer>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub submitted_at: Option<OffsetDateTime>,
}

impl Response {
    pub fn answer(&self, q: i64) -> Option<&Answer> {
        self.answers.iter().find(|a| a.question == q)
    }
}

#[async_trait]
pub trait SurveyRepo: Send + Sync {
    async fn create_survey(
        &self,
        s: &SurveySettings,
        salt: &str,
        created_by: Option<Id>,
        is_demo: bool,
    ) -> DomainResult<Id>;
    async fn update_survey_settings(&self, id: Id, s: &SurveySettings) -> DomainResult<bool>;
    /// Replaces the questions; false unless the survey is (still) a draft.
    async fn save_survey_structure(&self, id: Id, st: &Structure) -> DomainResult<bool>;
    async fn set_survey_status(&self, id: Id, status: SurveyStatus) -> DomainResult<bool>;
    async fn survey(&self, id: Id) -> DomainResult<Option<Survey>>;
    /// Every survey, newest first.
    async fn surveys(&self) -> DomainResult<Vec<Survey>>;
    async fn delete_survey(&self, id: Id) -> DomainResult<bool>;
    async fn survey_response_by_key(
        &self,
        survey_id: Id,
        key: &str,
    ) -> DomainResult<Option<Response>>;
    /// Saves the respondent's draft or submits it, in one transaction. `Conflict` when the
    /// respondent has already submitted (also when a parallel submission won the race).
    #[allow(clippy::too_many_arguments)] // one row's fields, written together
    async fn save_survey_response(
        &self,
        survey_id: Id,
        key: &str,
        who: &RespondentInfo,
        consent: bool,
        answers: &[Answer],
        submit: bool,
        is_demo: bool,
    ) -> DomainResult<Id>;
    async fn survey_responses(
        &self,
        survey_id: Id,
        submitted_only: bool,
    ) -> DomainResult<Vec<Response>>;
    /// Submitted responses per survey.
    async fn survey_response_counts(&self) -> DomainResult<HashMap<Id, i64>>;
}

// ---- results ----

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResultFilter {
    /// Only respondents whose answer to this question includes this category.
    pub answer: Option<(i64, i64)>,
    pub country: Option<String>,
    pub org_kind: Option<OrgKind>,
}

impl ResultFilter {
    pub fn is_empty(&self) -> bool {
        self.answer.is_none() && self.country.is_none() && self.org_kind.is_none()
    }
    fn keeps(&self, r: &Response) -> bool {
        self.answer
            .is_none_or(|(q, c)| r.answer(q).is_some_and(|a| a.has(c)))
            && self
                .country
                .as_ref()
                .is_none_or(|c| r.country.as_deref() == Some(c.as_str()))
            && self.org_kind.is_none_or(|k| r.org_kind == Some(k))
    }
}

/// How many fall in one group; `None` when the group is too small to show.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct GroupCount {
    pub code: String,
    pub count: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CategoryCount {
    /// The option key, or the value on a scale.
    pub category: i64,
    pub count: i64,
}

/// A number question's answers in one interval [from, to).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RankScore {
    pub option: i64,
    /// 1 is first; lower is better.
    pub mean_rank: f64,
    pub first_places: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct QuestionResult {
    pub question: i64,
    pub kind: QuestionKind,
    /// Respondents who answered it.
    pub answered: i64,
    /// Choices and scales: every category, zeros included.
    pub counts: Vec<CategoryCount>,
    /// Numbers: answers in five equal intervals.
    pub bins: Vec<Bin>,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Rank questions: options from best to worst mean rank.
    pub ranks: Vec<RankScore>,
    /// Text questions: the answers, sorted so their order reveals nothing.
    pub texts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SurveyResults {
    pub survey_id: Id,
    /// Submitted responses passing the filter.
    pub respondents: i64,
    /// True when too few respondents pass the filter to show anything of an anonymous survey.
    pub withheld: bool,
    pub questions: Vec<QuestionResult>,
    pub by_country: Vec<GroupCount>,
    /// By NUTS 2 region.
    pub by_region: Vec<GroupCount>,
    pub by_org_kind: Vec<GroupCount>,
}

/// Counts of respondents by two questions' categories; `None` cells are too small to show.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CrossTab {
    pub rows_question: i64,
    pub cols_question: i64,
    pub rows: Vec<i64>,
    pub cols: Vec<i64>,
    pub cells: Vec<Vec<Option<i64>>>,
    pub withheld: bool,
}

fn hide_small(anonymous: bool, n: i64) -> Option<i64> {
    if anonymous && n > 0 && n < MIN_GROUP {
        None
    } else {
        Some(n)
    }
}

fn groups(
    anonymous: bool,
    rs: &[&Response],
    key: impl Fn(&Response) -> Option<String>,
) -> Vec<GroupCount> {
    let mut m: BTreeMap<String, i64> = BTreeMap::new();
    for r in rs {
        *m.entry(key(r).unwrap_or_else(|| "-".into())).or_default() += 1;
    }
    let mut out: Vec<GroupCount> = m
        .into_iter()
        .map(|(code, n)| GroupCount {
            code,
            count: hide_small(anonymous, n),
        })
        .collect();
    out.sort_by_key(|g| std::cmp::Reverse(g.count.unwrap_or(0)));
    out
}

fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn question_result(q: &Question, rs: &[&Response]) -> QuestionResult {
    let answers: Vec<&Answer> = rs.iter().filter_map(|r| r.answer(q.key)).collect();
    let mut res = QuestionResult {
        question: q.key,
        kind: q.kind,
        answered: answers.len() as i64,
        counts: Vec::new(),
        bins: Vec::new(),
        mean: None,
        median: None,
        min: None,
        max: None,
        ranks: Vec::new(),
        texts: Vec::new(),
    };
    if q.kind.is_categorical() {
        res.counts = q
            .categories()
            .into_iter()
            .map(|c| CategoryCount {
                category: c,
                count: answers.iter().filter(|a| a.has(c)).count() as i64,
            })
            .collect();
    }
    let mut nums: Vec<f64> = answers.iter().filter_map(|a| a.number).collect();
    nums.sort_by(f64::total_cmp);
    if !nums.is_empty() {
        res.mean = Some(nums.iter().sum::<f64>() / nums.len() as f64);
        res.median = median(&nums);
        res.min = nums.first().copied();
        res.max = nums.last().copied();
    }
    if q.kind == QuestionKind::Number && !nums.is_empty() {
        let lo = q.min.unwrap_or(nums[0]);
        let hi = q.max.unwrap_or(nums[nums.len() - 1]);
        let width = if hi > lo { (hi - lo) / 5.0 } else { 1.0 };
        res.bins = (0..5)
            .map(|i| Bin {
                from: lo + width * i as f64,
                to: lo + width * (i + 1) as f64,
                count: 0,
            })
            .collect();
        for v in &nums {
            let i = (((v - lo) / width).floor() as i64).clamp(0, 4) as usize;
            res.bins[i].count += 1;
        }
    }
    if q.kind == QuestionKind::Rank && !answers.is_empty() {
        res.ranks = q
            .options
            .iter()
            .map(|o| {
                let places: Vec<usize> = answers
                    .iter()
                    .filter_map(|a| a.choices.iter().position(|c| *c == o.key))
                    .collect();
                RankScore {
                    option: o.key,
                    mean_rank: if places.is_empty() {
                        0.0
                    } else {
                        places.iter().map(|p| (p + 1) as f64).sum::<f64>() / places.len() as f64
                    },
                    first_places: places.iter().filter(|p| **p == 0).count() as i64,
                }
            })
            .collect();
        res.ranks
            .sort_by(|a, b| a.mean_rank.total_cmp(&b.mean_rank));
    }
    if q.kind.is_text() {
        res.texts = answers
            .iter()
            .filter_map(|a| a.text.clone())
            .filter(|t| !t.is_empty())
            .collect();
        res.texts.sort();
    }
    res
}

/// Aggregates submitted responses. In anonymous surveys, groups of fewer than `MIN_GROUP`
/// respondents are hidden, and nothing is shown when fewer than that pass the filter.
pub fn aggregate(survey: &Survey, responses: &[Response], filter: &ResultFilter) -> SurveyResults {
    let rs: Vec<&Response> = responses
        .iter()
        .filter(|r| r.status == ResponseStatus::Submitted && filter.keeps(r))
        .collect();
    let n = rs.len() as i64;
    let withheld = survey.anonymous && n < MIN_GROUP;
    let anon = survey.anonymous;
    if withheld {
        return SurveyResults {
            survey_id: survey.id,
            respondents: n,
            withheld,
            questions: Vec::new(),
            by_country: Vec::new(),
            by_region: Vec::new(),
            by_org_kind: Vec::new(),
        };
    }
    SurveyResults {
        survey_id: survey.id,
        respondents: n,
        withheld,
        questions: survey
            .structure
            .ordered()
            .into_iter()
            .map(|q| question_result(q, &rs))
            .collect(),
        by_country: groups(anon, &rs, |r| r.country.clone()),
        by_region: groups(anon, &rs, |r| {
            r.nuts.as_ref().map(|n| n.chars().take(4).collect())
        }),
        by_org_kind: groups(anon, &rs, |r| r.org_kind.map(|k| k.code().to_string())),
    }
}

/// Cross-tabulates two categorical questions over the submitted responses passing the filter.
pub fn cross_tab(
    survey: &Survey,
    responses: &[Response],
    filter: &ResultFilter,
    rows_question: i64,
    cols_question: i64,
) -> DomainResult<CrossTab> {
    let get = |k: i64, field: &str| match survey.structure.question(k) {
        Some(q) if q.kind.is_categorical() => Ok(q),
        _ => Err(DomainError::field(
            field,
            "must be a choice or scale question of this survey",
        )),
    };
    let (rq, cq) = (get(rows_question, "rows")?, get(cols_question, "cols")?);
    let rs: Vec<&Response> = responses
        .iter()
        .filter(|r| r.status == ResponseStatus::Submitted && filter.keeps(r))
        .collect();
    let withheld = survey.anonymous && (rs.len() as i64) < MIN_GROUP;
    let (rows, cols) = (rq.categories(), cq.categories());
    let cells = rows
        .iter()
        .map(|r| {
            cols.iter()
                .map(|c| {
                    let n = rs
                        .iter()
                        .filter(|x| {
                            x.answer(rq.key).is_some_and(|a| a.has(*r))
                                && x.answer(cq.key).is_some_and(|a| a.has(*c))
                        })
                        .count() as i64;
                    if withheld {
                        None
                    } else {
                        hide_small(survey.anonymous, n)
                    }
                })
                .collect()
        })
        .collect();
    Ok(CrossTab {
        rows_question,
        cols_question,
        rows,
        cols,
        cells,
        withheld,
    })
}

/// How one answer reads in an export or a list, in `lang`.
pub fn answer_text(q: &Question, a: &Answer, lang: &str) -> String {
    match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => a
            .choices
            .iter()
            .filter_map(|c| q.option(*c))
            .map(|o| pick(&o.text, lang).to_string())
            .collect::<Vec<_>>()
            .join("; "),
        QuestionKind::Rank => a
            .choices
            .iter()
            .filter_map(|c| q.option(*c))
            .map(|o| pick(&o.text, lang).to_string())
            .collect::<Vec<_>>()
            .join(" > "),
        QuestionKind::Scale | QuestionKind::Number => {
            a.number.map(format_number).unwrap_or_default()
        }
        QuestionKind::ShortText | QuestionKind::LongText => a.text.clone().unwrap_or_default(),
    }
}

/// A number without a trailing ".0" (CSV is read by machines, so no locale here).
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

// ---- the service ----

/// What a viewer may do with a survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SurveyAccess {
    pub can_edit: bool,
    pub can_see_results: bool,
}

/// Why someone may not answer (shown on the page), or whom they answer as.
#[derive(Debug, Clone, PartialEq)]
pub enum Eligibility {
    Eligible {
        key: String,
        who: RespondentInfo,
        /// The organisation answered for, in per-organisation surveys.
        org_name: Option<String>,
    },
    NotOpen,
    SignIn,
    NotInAudience,
    /// Per-organisation surveys need the respondent to belong to an organisation.
    NoOrganisation,
}

/// The person answering: a user, or (for public surveys) a browser's token.
#[derive(Debug, Clone)]
pub struct Respondent<'a> {
    pub actor: &'a Actor,
    pub browser_token: Option<&'a str>,
}

pub struct Surveys<'a> {
    pub repo: &'a dyn Repository,
}

/// How an anonymous survey keys a respondent: a hash with the survey's secret salt, so the
/// stored key names no one but still finds the same respondent again.
pub fn hash_key(salt: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("{salt}:{key}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Surveys<'_> {
    async fn existing(&self, id: Id) -> DomainResult<Survey> {
        self.repo.survey(id).await?.ok_or(DomainError::NotFound)
    }

    /// Organisation owners: its administrators; project owners: administrators of its partners;
    /// platform administrators always.
    pub async fn require_owner(
        &self,
        actor: &Actor,
        org: Option<Id>,
        project: Option<Id>,
    ) -> DomainResult<()> {
        match (org, project) {
            (Some(o), _) => {
                self.repo.org(o).await?.ok_or(DomainError::NotFound)?;
                actor.can_admin_org(o)
            }
            (_, Some(p)) => {
                self.repo.project(p).await?.ok_or(DomainError::NotFound)?;
                let partners = self.repo.project_partners(p).await?;
                ProjectAccess::of(actor, &partners).require_edit(actor)
            }
            _ => Err(DomainError::NotFound),
        }
    }

    pub async fn access(&self, actor: &Actor, s: &Survey) -> DomainResult<SurveyAccess> {
        let can_edit = match self
            .require_owner(actor, s.owner_org_id, s.owner_project_id)
            .await
        {
            Ok(()) => true,
            Err(DomainError::Forbidden | DomainError::Unauthenticated) => false,
            Err(e) => return Err(e),
        };
        Ok(SurveyAccess {
            can_edit,
            can_see_results: can_edit || (s.results_public && s.status != SurveyStatus::Draft),
        })
    }

    /// A survey this actor may see: drafts only to owners (others get `NotFound`).
    pub async fn get(&self, actor: &Actor, id: Id) -> DomainResult<(Survey, SurveyAccess)> {
        let s = self.existing(id).await?;
        let access = self.access(actor, &s).await?;
        if s.status == SurveyStatus::Draft && !access.can_edit {
            return Err(DomainError::NotFound);
        }
        Ok((s, access))
    }

    /// The surveys this actor may see, with their submitted response counts.
    pub async fn list(&self, actor: &Actor) -> DomainResult<Vec<(Survey, i64, SurveyAccess)>> {
        let counts = self.repo.survey_response_counts().await?;
        let mut out = Vec::new();
        for s in self.repo.surveys().await? {
            let access = self.access(actor, &s).await?;
            if s.status == SurveyStatus::Draft && !access.can_edit {
                continue;
            }
            let n = counts.get(&s.id).copied().unwrap_or(0);
            out.push((s, n, access));
        }
        Ok(out)
    }

    async fn check_audience_refs(&self, s: &SurveySettings) -> DomainResult<()> {
        if let Some(o) = s.audience.org_id {
            if self.repo.org(o).await?.is_none() {
                return Err(DomainError::field(
                    "audience_org_id",
                    "is not an organisation",
                ));
            }
        }
        if let Some(ev) = s.audience.event_id {
            if self.repo.event(ev).await?.is_none() {
                return Err(DomainError::field("audience_event_id", "is not an event"));
            }
        }
        Ok(())
    }

    /// Creates a draft. `salt` is a fresh random secret for the survey's anonymous respondent keys.
    pub async fn create(
        &self,
        actor: &Actor,
        raw: &RawSurveyInput,
        salt: &str,
    ) -> DomainResult<Id> {
        let user = actor.require_user()?;
        let s = raw.parse().map_err(DomainError::Validation)?;
        self.require_owner(actor, s.owner_org_id, s.owner_project_id)
            .await?;
        self.check_audience_refs(&s).await?;
        self.repo
            .create_survey(&s, salt, Some(user.id), false)
            .await
    }

    /// Changes the settings; the owner stays (a survey does not change hands).
    pub async fn update(&self, actor: &Actor, id: Id, raw: &RawSurveyInput) -> DomainResult<()> {
        let survey = self.existing(id).await?;
        self.require_owner(actor, survey.owner_org_id, survey.owner_project_id)
            .await?;
        let mut raw = raw.clone();
        raw.owner_org_id = survey.owner_org_id;
        raw.owner_project_id = survey.owner_project_id;
        let s = raw.parse().map_err(DomainError::Validation)?;
        if survey.status != SurveyStatus::Draft
            && (s.anonymous != survey.anonymous || s.per_org != survey.per_org)
        {
            return Err(DomainError::field(
                "anonymous",
                "cannot change once the survey has opened",
            ));
        }
        self.check_audience_refs(&s).await?;
        self.repo.update_survey_settings(id, &s).await?;
        Ok(())
    }

    pub async fn delete(&self, actor: &Actor, id: Id) -> DomainResult<()> {
        let s = self.existing(id).await?;
        self.require_owner(actor, s.owner_org_id, s.owner_project_id)
            .await?;
        self.repo.delete_survey(id).await?;
        Ok(())
    }

    /// Loads a draft survey for a change of its questions by an owner.
    async fn draft_for_edit(&self, actor: &Actor, id: Id) -> DomainResult<Survey> {
        let s = self.existing(id).await?;
        self.require_owner(actor, s.owner_org_id, s.owner_project_id)
            .await?;
        if s.status != SurveyStatus::Draft {
            return Err(DomainError::Conflict(
                "the questions cannot change once the survey has opened".into(),
            ));
        }
        Ok(s)
    }

    async fn save(&self, id: Id, st: &Structure) -> DomainResult<()> {
        if self.repo.save_survey_structure(id, st).await? {
            Ok(())
        } else {
            Err(DomainError::Conflict(
                "the questions cannot change once the survey has opened".into(),
            ))
        }
    }

    pub async fn add_section(&self, actor: &Actor, id: Id, title: &Texts) -> DomainResult<i64> {
        let mut st = self.draft_for_edit(actor, id).await?.structure;
        let mut e = FieldErrors::new();
        let title = parse_texts_map(&mut e, "title", title, 1, 200);
        if title.is_empty() && e.is_empty() {
            e.add("title", "must not be empty");
        }
        e.into_result()?;
        let key = st.add_section(title);
        self.save(id, &st).await?;
        Ok(key)
    }

    pub async fn delete_section(&self, actor: &Actor, id: Id, key: i64) -> DomainResult<()> {
        let mut st = self.draft_for_edit(actor, id).await?.structure;
        if !st.sections.iter().any(|s| s.key == key) {
            return Err(DomainError::NotFound);
        }
        if st.questions.iter().any(|q| q.section == key) {
            return Err(DomainError::field("section", "still has questions"));
        }
        st.sections.retain(|s| s.key != key);
        self.save(id, &st).await
    }

    pub async fn add_question(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawQuestionInput,
    ) -> DomainResult<i64> {
        let mut st = self.draft_for_edit(actor, id).await?.structure;
        if st.questions.len() >= MAX_QUESTIONS {
            return Err(DomainError::field(
                "kind",
                format!("a survey has at most {MAX_QUESTIONS} questions"),
            ));
        }
        let key = st.add_question(raw).map_err(DomainError::Validation)?;
        self.save(id, &st).await?;
        Ok(key)
    }

    pub async fn update_question(
        &self,
        actor: &Actor,
        id: Id,
        key: i64,
        raw: &RawQuestionInput,
    ) -> DomainResult<()> {
        let mut st = self.draft_for_edit(actor, id).await?.structure;
        let pos = st
            .questions
            .iter()
            .position(|q| q.key == key)
            .ok_or(DomainError::NotFound)?;
        let q = raw.parse(&st, Some(key)).map_err(DomainError::Validation)?;
        st.next_key = st
            .next_key
            .max(q.options.iter().map(|o| o.key + 1).max().unwrap_or(0));
        st.questions[pos] = q;
        // A condition on an answer that no longer exists would hide its question for good.
        let kept: Vec<(i64, Vec<i64>)> = st
            .questions
            .iter()
            .map(|q| (q.key, q.categories()))
            .collect();
        for q in &mut st.questions {
            if let Some(c) = q.condition {
                if !kept
                    .iter()
                    .any(|(k, cats)| *k == c.question && cats.contains(&c.equals))
                {
                    q.condition = None;
                }
            }
        }
        self.save(id, &st).await
    }

    pub async fn delete_question(&self, actor: &Actor, id: Id, key: i64) -> DomainResult<()> {
        let mut st = self.draft_for_edit(actor, id).await?.structure;
        if st.question(key).is_none() {
            return Err(DomainError::NotFound);
        }
        if st
            .questions
            .iter()
            .any(|q| q.condition.is_some_and(|c| c.question == key))
        {
            return Err(DomainError::field(
                "question",
                "other questions are shown depending on its answer",
            ));
        }
        st.questions.retain(|q| q.key != key);
        self.save(id, &st).await
    }

    /// Moves a question one place up or down within its section.
    pub async fn move_question(
        &self,
        actor: &Actor,
        id: Id,
        key: i64,
        up: bool,
    ) -> DomainResult<()> {
        let mut st = self.draft_for_edit(actor, id).await?.structure;
        let pos = st
            .questions
            .iter()
            .position(|q| q.key == key)
            .ok_or(DomainError::NotFound)?;
        let section = st.questions[pos].section;
        let same: Vec<usize> = (0..st.questions.len())
            .filter(|i| st.questions[*i].section == section)
            .collect();
        let at = same.iter().position(|i| *i == pos).unwrap_or(0);
        let other = if up {
            at.checked_sub(1).map(|a| same[a])
        } else {
            same.get(at + 1).copied()
        };
        if let Some(o) = other {
            st.questions.swap(pos, o);
            // Conditions must still point backwards.
            let order: Vec<i64> = st.ordered().iter().map(|q| q.key).collect();
            let before = |a: i64, b: i64| {
                order.iter().position(|k| *k == a) < order.iter().position(|k| *k == b)
            };
            if st
                .questions
                .iter()
                .any(|q| q.condition.is_some_and(|c| !before(c.question, q.key)))
            {
                return Err(DomainError::field(
                    "question",
                    "must stay after the question its display depends on",
                ));
            }
            self.save(id, &st).await?;
        }
        Ok(())
    }

    pub async fn set_status(
        &self,
        actor: &Actor,
        id: Id,
        status: SurveyStatus,
    ) -> DomainResult<()> {
        let s = self.existing(id).await?;
        self.require_owner(actor, s.owner_org_id, s.owner_project_id)
            .await?;
        if status == SurveyStatus::Open && s.structure.questions.is_empty() {
            return Err(DomainError::field(
                "status",
                "a survey needs a question to open",
            ));
        }
        if status == SurveyStatus::Draft && s.status != SurveyStatus::Draft {
            return Err(DomainError::field(
                "status",
                "an opened survey cannot go back to draft",
            ));
        }
        self.repo.set_survey_status(id, status).await?;
        Ok(())
    }

    /// Whether (and as whom) this respondent may answer now.
    pub async fn eligibility(&self, s: &Survey, who: &Respondent<'_>) -> DomainResult<Eligibility> {
        if !s.takes_answers(OffsetDateTime::now_utc()) {
            return Ok(Eligibility::NotOpen);
        }
        let actor = who.actor;
        let user = actor.user.as_ref();
        // Organisations the person may answer for, in the order of their memberships.
        let mut orgs = Vec::new();
        for m in &actor.memberships {
            if let Some(o) = self.repo.org(m.organisation_id).await? {
                orgs.push(o);
            }
        }
        let fits: Vec<&crate::model::Organisation> = match s.audience.kind {
            AudienceKind::Public | AudienceKind::EventParticipants => orgs.iter().collect(),
            AudienceKind::ClusterMembers => {
                let cluster = s.audience.org_id.unwrap_or(0);
                let members: Vec<Id> = self
                    .repo
                    .cluster_members(cluster)
                    .await?
                    .into_iter()
                    .map(|m| m.organisation_id)
                    .collect();
                orgs.iter()
                    .filter(|o| o.id == cluster || members.contains(&o.id))
                    .collect()
            }
            AudienceKind::RegionOrgs => {
                let prefix = s.audience.nuts.clone().unwrap_or_default();
                orgs.iter()
                    .filter(|o| {
                        o.nuts
                            .as_ref()
                            .is_some_and(|n| n.as_str().starts_with(&prefix))
                    })
                    .collect()
            }
        };
        match s.audience.kind {
            AudienceKind::Public => {
                if user.is_none() && (who.browser_token.is_none() || s.per_org) {
                    return Ok(Eligibility::SignIn);
                }
            }
            AudienceKind::EventParticipants => {
                let Some(u) = user else {
                    return Ok(Eligibility::SignIn);
                };
                let ev = s.audience.event_id.unwrap_or(0);
                let confirmed = self
                    .repo
                    .registration(ev, u.id)
                    .await?
                    .is_some_and(|r| r.status == RegistrationStatus::Confirmed);
                if !confirmed {
                    return Ok(Eligibility::NotInAudience);
                }
            }
            AudienceKind::ClusterMembers | AudienceKind::RegionOrgs => {
                if user.is_none() {
                    return Ok(Eligibility::SignIn);
                }
                if fits.is_empty() {
                    return Ok(Eligibility::NotInAudience);
                }
            }
        }
        let org = fits.first().copied();
        if s.per_org && org.is_none() {
            return Ok(Eligibility::NoOrganisation);
        }
        let raw_key = match (s.per_org, org, user) {
            (true, Some(o), _) => format!("org:{}", o.id),
            (_, _, Some(u)) => format!("user:{}", u.id),
            _ => format!("browser:{}", who.browser_token.unwrap_or_default()),
        };
        let key = if s.anonymous {
            hash_key(&s.salt, &raw_key)
        } else {
            raw_key
        };
        let info = RespondentInfo {
            user_id: if s.anonymous {
                None
            } else {
                user.map(|u| u.id)
            },
            org_id: if s.anonymous { None } else { org.map(|o| o.id) },
            country: org.map(|o| o.country.as_str().to_string()),
            nuts: org.and_then(|o| o.nuts.as_ref().map(|n| n.as_str().to_string())),
            org_kind: org.map(|o| o.kind),
        };
        Ok(Eligibility::Eligible {
            key,
            who: info,
            org_name: if s.per_org {
                org.map(|o| o.name.clone())
            } else {
                None
            },
        })
    }

    /// The respondent's saved draft or submitted response, if any.
    pub async fn my_response(
        &self,
        s: &Survey,
        who: &Respondent<'_>,
    ) -> DomainResult<Option<Response>> {
        match self.eligibility(s, who).await? {
            Eligibility::Eligible { key, .. } => self.repo.survey_response_by_key(s.id, &key).await,
            _ => {
                // After closing, a signed-in person still sees what they answered.
                let Some(u) = who.actor.user_id() else {
                    return Ok(None);
                };
                if s.anonymous {
                    return Ok(None);
                }
                self.repo
                    .survey_response_by_key(s.id, &format!("user:{u}"))
                    .await
            }
        }
    }

    /// Saves a draft (`submit` false: answers are checked, "required" is not) or submits.
    pub async fn answer(
        &self,
        id: Id,
        who: &Respondent<'_>,
        answers: &[Answer],
        consent: bool,
        submit: bool,
    ) -> DomainResult<Id> {
        let s = self.existing(id).await?;
        if s.status == SurveyStatus::Draft && !self.access(who.actor, &s).await?.can_edit {
            return Err(DomainError::NotFound);
        }
        let (key, info) = match self.eligibility(&s, who).await? {
            Eligibility::Eligible { key, who, .. } => (key, who),
            Eligibility::NotOpen => {
                return Err(DomainError::Conflict(
                    "the survey is not taking answers".into(),
                ))
            }
            Eligibility::SignIn => return Err(DomainError::Unauthenticated),
            Eligibility::NotInAudience | Eligibility::NoOrganisation => {
                return Err(DomainError::Forbidden)
            }
        };
        let clean =
            check_answers(&s.structure, answers, submit).map_err(DomainError::Validation)?;
        self.repo
            .save_survey_response(
                id,
                &key,
                &info,
                consent && !s.anonymous,
                &clean,
                submit,
                false,
            )
            .await
    }

    async fn readable(&self, actor: &Actor, id: Id) -> DomainResult<Survey> {
        let (s, access) = self.get(actor, id).await?;
        actor.allow(access.can_see_results)?;
        Ok(s)
    }

    pub async fn results(
        &self,
        actor: &Actor,
        id: Id,
        filter: &ResultFilter,
    ) -> DomainResult<(Survey, SurveyResults)> {
        let s = self.readable(actor, id).await?;
        let rs = self.repo.survey_responses(id, true).await?;
        let results = aggregate(&s, &rs, filter);
        Ok((s, results))
    }

    pub async fn cross_tab(
        &self,
        actor: &Actor,
        id: Id,
        filter: &ResultFilter,
        rows: i64,
        cols: i64,
    ) -> DomainResult<CrossTab> {
        let s = self.readable(actor, id).await?;
        let rs = self.repo.survey_responses(id, true).await?;
        cross_tab(&s, &rs, filter, rows, cols)
    }

    /// Raw responses for the owners: one row per submitted response. Names and organisations
    /// appear only in named surveys and only for respondents who agreed; anonymous surveys give
    /// answers alone, in an order that says nothing about who answered when.
    pub async fn export_responses(
        &self,
        actor: &Actor,
        id: Id,
        lang: &str,
    ) -> DomainResult<String> {
        let s = self.existing(id).await?;
        self.require_owner(actor, s.owner_org_id, s.owner_project_id)
            .await?;
        let mut rs = self.repo.survey_responses(id, true).await?;
        let questions = s.structure.ordered();
        let mut w = csv::Writer::from_writer(Vec::new());
        let mut head: Vec<String> = Vec::new();
        if !s.anonymous {
            head.extend(
                [
                    "response",
                    "submitted_at",
                    "respondent",
                    "organisation",
                    "country",
                    "region",
                    "org_kind",
                ]
                .map(String::from),
            );
        }
        head.extend(
            questions
                .iter()
                .map(|q| crate::model::csv_cell(pick(&q.text, lang))),
        );
        w.write_record(&head).map_err(DomainError::internal)?;
        if s.anonymous {
            rs.sort_by(|a, b| {
                hash_key(&s.salt, &a.id.to_string()).cmp(&hash_key(&s.salt, &b.id.to_string()))
            });
        }
        for r in &rs {
            let mut row: Vec<String> = Vec::new();
            if !s.anonymous {
                let named = r.consent;
                row.push(r.id.to_string());
                row.push(
                    r.submitted_at
                        .and_then(|t| {
                            t.format(&time::format_description::well_known::Rfc3339)
                                .ok()
                        })
                        .unwrap_or_default(),
                );
                row.push(if named {
                    r.respondent_name.clone().unwrap_or_default()
                } else {
                    String::new()
                });
                row.push(if named {
                    r.org_name.clone().unwrap_or_default()
                } else {
                    String::new()
                });
                row.push(r.country.clone().unwrap_or_default());
                row.push(r.nuts.clone().unwrap_or_default());
                row.push(r.org_kind.map(|k| k.code().to_string()).unwrap_or_default());
            }
            for q in &questions {
                let t = r
                    .answer(q.key)
                    .map(|a| answer_text(q, a, lang))
                    .unwrap_or_default();
                row.push(crate::model::csv_cell(&t));
            }
            w.write_record(&row).map_err(DomainError::internal)?;
        }
        String::from_utf8(w.into_inner().map_err(DomainError::internal)?)
            .map_err(DomainError::internal)
    }

    /// The aggregates as CSV: question, answer, count, share of those who answered. Hidden
    /// groups are not there at all.
    pub async fn export_aggregates(
        &self,
        actor: &Actor,
        id: Id,
        lang: &str,
    ) -> DomainResult<String> {
        let (s, res) = self.results(actor, id, &ResultFilter::default()).await?;
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["question", "answer", "count", "share", "mean", "median"])
            .map_err(DomainError::internal)?;
        for qr in &res.questions {
            let Some(q) = s.structure.question(qr.question) else {
                continue;
            };
            let qt = crate::model::csv_cell(pick(&q.text, lang));
            let share = |c: i64| {
                if qr.answered > 0 {
                    format!("{:.1}", c as f64 * 100.0 / qr.answered as f64)
                } else {
                    "0.0".into()
                }
            };
            let mean = qr.mean.map(|m| format!("{m:.2}")).unwrap_or_default();
            let median = qr.median.map(format_number).unwrap_or_default();
            for c in &qr.counts {
                let label = match q.kind {
                    QuestionKind::Scale => c.category.to_string(),
                    _ => q
                        .option(c.category)
                        .map(|o| pick(&o.text, lang).to_string())
                        .unwrap_or_default(),
                };
                w.write_record([
                    qt.clone(),
                    crate::model::csv_cell(&label),
                    c.count.to_string(),
                    share(c.count),
                    mean.clone(),
                    median.clone(),
                ])
                .map_err(DomainError::internal)?;
            }
            for b in &qr.bins {
                let label = format!("{}–{}", format_number(b.from), format_number(b.to));
                w.write_record([
                    qt.clone(),
                    label,
                    b.count.to_string(),
                    share(b.count),
                    mean.clone(),
                    median.clone(),
                ])
                .map_err(DomainError::internal)?;
            }
            for r in &qr.ranks {
                let label = q
                    .option(r.option)
                    .map(|o| pick(&o.text, lang).to_string())
                    .unwrap_or_default();
                w.write_record([
                    qt.clone(),
                    crate::model::csv_cell(&label),
                    r.first_places.to_string(),
                    share(r.first_places),
                    format!("{:.2}", r.mean_rank),
                    String::new(),
                ])
                .map_err(DomainError::internal)?;
            }
            if q.kind.is_text() {
                w.write_record([
                    qt.clone(),
                    String::new(),
                    qr.answered.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                ])
                .map_err(DomainError::internal)?;
            }
        }
        String::from_utf8(w.into_inner().map_err(DomainError::internal)?)
            .map_err(DomainError::internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Texts {
        [("en".to_string(), s.to_string())].into_iter().collect()
    }

    /// Q1 single (A, B), Q2 scale 1–5, Q3 number 0–100, Q4 rank (X, Y, Z), Q5 text shown only
    /// when Q1 = B.
    fn structure() -> Structure {
        let mut st = Structure {
            sections: vec![Section {
                key: 1,
                title: texts("S"),
            }],
            questions: Vec::new(),
            next_key: 2,
        };
        let add = |raw: RawQuestionInput, st: &mut Structure| {
            st.add_question(&raw).unwrap();
        };
        add(
            RawQuestionInput {
                kind: "single".into(),
                required: true,
                text: texts("Which?"),
                options: vec![texts("A"), texts("B")],
                ..Default::default()
            },
            &mut st,
        );
        add(
            RawQuestionInput {
                kind: "scale".into(),
                text: texts("How much?"),
                min: Some(1.0),
                max: Some(5.0),
                ..Default::default()
            },
            &mut st,
        );
        add(
            RawQuestionInput {
                kind: "number".into(),
                text: texts("How many?"),
                min: Some(0.0),
                max: Some(100.0),
                ..Default::default()
            },
            &mut st,
        );
        add(
            RawQuestionInput {
                kind: "rank".into(),
                text: texts("Order these"),
                options: vec![texts("X"), texts("Y"), texts("Z")],
                ..Default::default()
            },
            &mut st,
        );
        let b = st.questions[0].options[1].key;
        add(
            RawQuestionInput {
                kind: "long_text".into(),
                required: true,
                text: texts("Why B?"),
                condition_question: Some(st.questions[0].key),
                condition_equals: Some(b),
                ..Default::default()
            },
            &mut st,
        );
        st
    }

    fn survey(anonymous: bool) -> Survey {
        Survey {
            id: 1,
            owner_org_id: Some(1),
            owner_project_id: None,
            owner_name: "O".into(),
            title: texts("T"),
            intro: Texts::new(),
            audience: Audience {
                kind: AudienceKind::Public,
                org_id: None,
                event_id: None,
                nuts: None,
            },
            anonymous,
            per_org: false,
            results_public: true,
            status: SurveyStatus::Open,
            closes_at: None,
            structure: structure(),
            is_demo: false,
            created_at: OffsetDateTime::UNIX_EPOCH,
            updated_at: OffsetDateTime::UNIX_EPOCH,
            salt: "s".into(),
        }
    }

    fn response(id: Id, country: &str, answers: Vec<Answer>) -> Response {
        Response {
            id,
            survey_id: 1,
            user_id: Some(id),
            respondent_name: None,
            org_id: None,
            org_name: None,
            country: Some(country.into()),
            nuts: None,
            org_kind: Some(OrgKind::Company),
            status: ResponseStatus::Submitted,
            consent: false,
            answers,
            updated_at: OffsetDateTime::UNIX_EPOCH,
            submitted_at: None,
        }
    }

    fn a(q: i64, choices: Vec<i64>, number: Option<f64>) -> Answer {
        Answer {
            question: q,
            choices,
            number,
            text: None,
        }
    }

    #[test]
    fn keys_are_stable_and_distinct() {
        let st = structure();
        let mut keys: Vec<i64> = st.questions.iter().map(|q| q.key).collect();
        keys.extend(
            st.questions
                .iter()
                .flat_map(|q| q.options.iter().map(|o| o.key)),
        );
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n, "every key is handed out once");
    }

    #[test]
    fn conditions_hide_questions_and_their_answers() {
        let st = structure();
        let q = |i: usize| st.questions[i].key;
        let (opt_a, opt_b) = (
            st.questions[0].options[0].key,
            st.questions[0].options[1].key,
        );
        let text = Answer {
            question: q(4),
            text: Some("because".into()),
            ..Default::default()
        };
        // A chosen: the "why B" answer is dropped, and its requirement does not apply.
        let kept = check_answers(&st, &[a(q(0), vec![opt_a], None), text.clone()], true).unwrap();
        assert_eq!(kept.len(), 1);
        // B chosen: the text is required.
        let err = check_answers(&st, &[a(q(0), vec![opt_b], None)], true).unwrap_err();
        assert_eq!(err.get(&format!("q{}", q(4))), Some("must be answered"));
        // Drafts may leave required questions out.
        assert!(check_answers(&st, &[a(q(0), vec![opt_b], None)], false).is_ok());
        assert_eq!(
            check_answers(&st, &[a(q(0), vec![opt_b], None), text], true)
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn answers_outside_the_question_are_refused() {
        let st = structure();
        let q = |i: usize| st.questions[i].key;
        let opt_a = st.questions[0].options[0].key;
        let bad = [
            a(q(0), vec![999], None),
            a(q(1), vec![], Some(6.0)),
            a(q(2), vec![], Some(-1.0)),
            a(q(3), vec![st.questions[3].options[0].key], None),
        ];
        let e = check_answers(&st, &bad, false).unwrap_err();
        for i in 0..4 {
            assert!(e.get(&format!("q{}", q(i))).is_some(), "question {i}");
        }
        let e = check_answers(
            &st,
            &[a(q(0), vec![opt_a], None), a(q(0), vec![opt_a], None)],
            false,
        )
        .unwrap_err();
        assert_eq!(e.get(&format!("q{}", q(0))), Some("is answered twice"));
    }

    #[test]
    fn aggregates_known_answers() {
        let s = survey(false);
        let st = &s.structure;
        let q = |i: usize| st.questions[i].key;
        let (oa, ob) = (
            st.questions[0].options[0].key,
            st.questions[0].options[1].key,
        );
        let (x, y, z) = (
            st.questions[3].options[0].key,
            st.questions[3].options[1].key,
            st.questions[3].options[2].key,
        );
        let rs = vec![
            response(
                1,
                "PL",
                vec![
                    a(q(0), vec![oa], None),
                    a(q(1), vec![], Some(5.0)),
                    a(q(2), vec![], Some(10.0)),
                    a(q(3), vec![x, y, z], None),
                ],
            ),
            response(
                2,
                "PL",
                vec![
                    a(q(0), vec![ob], None),
                    a(q(1), vec![], Some(3.0)),
                    a(q(2), vec![], Some(30.0)),
                    a(q(3), vec![y, x, z], None),
                ],
            ),
            response(
                3,
                "BG",
                vec![
                    a(q(0), vec![oa], None),
                    a(q(1), vec![], Some(4.0)),
                    a(q(2), vec![], Some(95.0)),
                    a(q(3), vec![x, z, y], None),
                ],
            ),
        ];
        let r = aggregate(&s, &rs, &ResultFilter::default());
        assert_eq!(r.respondents, 3);
        let single = &r.questions[0];
        assert_eq!(
            single.counts.iter().map(|c| c.count).collect::<Vec<_>>(),
            vec![2, 1]
        );
        let scale = &r.questions[1];
        assert_eq!(
            scale.counts.iter().map(|c| c.count).collect::<Vec<_>>(),
            vec![0, 0, 1, 1, 1]
        );
        assert_eq!(scale.mean, Some(4.0));
        assert_eq!(scale.median, Some(4.0));
        let number = &r.questions[2];
        assert_eq!(
            number.bins.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![1, 1, 0, 0, 1]
        );
        assert_eq!(number.median, Some(30.0));
        assert_eq!(number.max, Some(95.0));
        let rank = &r.questions[3];
        assert_eq!(rank.ranks[0].option, x);
        assert!((rank.ranks[0].mean_rank - 4.0 / 3.0).abs() < 1e-9);
        assert_eq!(rank.ranks[0].first_places, 2);
        assert_eq!(
            r.by_country,
            vec![
                GroupCount {
                    code: "PL".into(),
                    count: Some(2)
                },
                GroupCount {
                    code: "BG".into(),
                    count: Some(1)
                }
            ]
        );
        // Filtering to those who chose A.
        let f = ResultFilter {
            answer: Some((q(0), oa)),
            ..Default::default()
        };
        let r = aggregate(&s, &rs, &f);
        assert_eq!(r.respondents, 2);
        assert_eq!(r.questions[1].mean, Some(4.5));
        // Cross-table: choice × scale.
        let t = cross_tab(&s, &rs, &ResultFilter::default(), q(0), q(1)).unwrap();
        assert_eq!(
            t.cells[0],
            vec![Some(0), Some(0), Some(0), Some(1), Some(1)]
        );
        assert_eq!(
            t.cells[1],
            vec![Some(0), Some(0), Some(1), Some(0), Some(0)]
        );
        assert!(cross_tab(&s, &rs, &ResultFilter::default(), q(4), q(1)).is_err());
    }

    #[test]
    fn anonymous_surveys_hide_small_groups() {
        let s = survey(true);
        let st = &s.structure;
        let q0 = st.questions[0].key;
        let (oa, ob) = (
            st.questions[0].options[0].key,
            st.questions[0].options[1].key,
        );
        let mut rs: Vec<Response> = (1..=4)
            .map(|i| response(i, "PL", vec![a(q0, vec![oa], None)]))
            .collect();
        rs.push(response(5, "BG", vec![a(q0, vec![ob], None)]));
        let r = aggregate(&s, &rs, &ResultFilter::default());
        assert!(!r.withheld);
        assert!(r.by_country.contains(&GroupCount {
            code: "PL".into(),
            count: Some(4)
        }));
        assert!(r.by_country.contains(&GroupCount {
            code: "BG".into(),
            count: None
        }));
        // Filtering down to the one Bulgarian respondent shows nothing.
        let f = ResultFilter {
            country: Some("BG".into()),
            ..Default::default()
        };
        let r = aggregate(&s, &rs, &f);
        assert!(r.withheld);
        assert!(r.questions.is_empty());
        let t = cross_tab(&s, &rs, &ResultFilter::default(), q0, q0).unwrap();
        assert_eq!(t.cells[1][1], None, "one respondent in a cell is hidden");
        assert_eq!(t.cells[0][0], Some(4));
        // The same in a named survey shows everything.
        let r = aggregate(&survey(false), &rs, &f);
        assert_eq!(r.respondents, 1);
        assert!(!r.withheld);
    }

    #[test]
    fn answers_stop_at_the_closing_date() {
        let mut s = survey(false);
        let now = OffsetDateTime::now_utc();
        assert!(s.takes_answers(now));
        s.closes_at = Some(now - time::Duration::seconds(1));
        assert!(!s.takes_answers(now));
        s.closes_at = Some(now + time::Duration::days(1));
        assert!(s.takes_answers(now));
        s.status = SurveyStatus::Closed;
        assert!(!s.takes_answers(now));
        let parsed = RawSurveyInput {
            owner_org_id: Some(1),
            title: texts("Closing"),
            audience: "public".into(),
            closes_on: "2027-03-31".into(),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(
            parsed.closes_at.unwrap().to_string(),
            "2027-03-31 23:59:59.0 +00:00:00",
            "open until the end of the last day"
        );
    }

    #[test]
    fn settings_name_their_fields() {
        let e = RawSurveyInput {
            audience: "region_orgs".into(),
            audience_nuts: "x".into(),
            closes_on: "tomorrow".into(),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        for f in ["owner", "title", "audience_nuts", "closes_on"] {
            assert!(e.get(f).is_some(), "{f}");
        }
    }
}
