//! Agenda: sessions in rooms (parallel tracks), their speakers and materials.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, local_time, parse_local_time, Event, EventViewer, Events};
use crate::model::Id;
use crate::repo::Repository;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Speaker {
    pub id: Id,
    pub name: String,
    pub role: Option<String>,
    /// The speaker's organisation profile, if linked.
    pub org_id: Option<Id>,
    pub org_name: Option<String>,
}

/// A file attached to a session (the content is fetched separately).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Material {
    pub id: Id,
    pub session_id: Id,
    pub filename: String,
    pub content_type: String,
    /// Bytes.
    pub size: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Session {
    pub id: Id,
    pub event_id: Id,
    pub title: String,
    pub description: String,
    /// The room, which is also the session's track.
    pub room: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: OffsetDateTime,
    pub speakers: Vec<Speaker>,
    pub materials: Vec<Material>,
}

/// A session as parsed from the form or JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionInput {
    pub title: String,
    pub description: String,
    pub room: Option<String>,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
}

/// A session before parsing; times are local to the event's time zone (`2014-10-20T09:00`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawSessionInput {
    pub title: String,
    pub description: String,
    pub room: Option<String>,
    /// Local start, `YYYY-MM-DDTHH:MM` in the event's time zone.
    pub starts: String,
    /// Local end, `YYYY-MM-DDTHH:MM` in the event's time zone.
    pub ends: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerInput {
    pub name: String,
    pub role: Option<String>,
    pub org_id: Option<Id>,
}

/// An uploaded file, already checked.
#[derive(Debug, Clone)]
pub struct MaterialInput {
    pub filename: String,
    pub content_type: String,
    pub data: Vec<u8>,
}

#[async_trait]
pub trait AgendaRepo: Send + Sync {
    /// The event's sessions by start (then room), each with speakers and materials (no content).
    async fn agenda_sessions(&self, event_id: Id) -> DomainResult<Vec<Session>>;
    async fn agenda_session(&self, id: Id) -> DomainResult<Option<Session>>;
    async fn create_agenda_session(
        &self,
        event_id: Id,
        input: &SessionInput,
    ) -> DomainResult<Session>;
    async fn update_agenda_session(&self, id: Id, input: &SessionInput) -> DomainResult<Session>;
    /// Deletes the session with its speakers and materials.
    async fn delete_agenda_session(&self, id: Id) -> DomainResult<()>;
    async fn add_speaker(&self, session_id: Id, input: &SpeakerInput) -> DomainResult<Speaker>;
    /// Returns false when the speaker is not one of this session's.
    async fn remove_speaker(&self, session_id: Id, speaker_id: Id) -> DomainResult<bool>;
    async fn add_material(
        &self,
        session_id: Id,
        input: &MaterialInput,
        uploaded_by: Option<Id>,
    ) -> DomainResult<Material>;
    /// The material and its content.
    async fn material(&self, id: Id) -> DomainResult<Option<(Material, Vec<u8>)>>;
    /// Returns false when the material is not one of this session's.
    async fn delete_material(&self, session_id: Id, material_id: Id) -> DomainResult<bool>;
}

pub const MAX_SESSION_TITLE: usize = 200;
pub const MAX_SESSION_DESCRIPTION: usize = 5_000;
pub const MAX_ROOM: usize = 100;
pub const MAX_SPEAKER_NAME: usize = 200;
/// Largest material accepted, in bytes.
pub const MAX_MATERIAL_BYTES: usize = 10 * 1024 * 1024;

/// The file types accepted as materials: extension and the type they are served with.
pub const MATERIAL_TYPES: [(&str, &str); 13] = [
    ("pdf", "application/pdf"),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("ppt", "application/vnd.ms-powerpoint"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("doc", "application/msword"),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("txt", "text/plain; charset=utf-8"),
];

/// A file name safe to store and to put in a Content-Disposition header: the last path
/// component, with anything but letters, digits, `.`, `-`, `_` and spaces replaced.
pub fn clean_filename(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    cleaned.chars().take(150).collect()
}

/// Checks an upload by size, extension and magic bytes; returns the stored type. The
/// extension alone is not trusted: a renamed executable must not pass as a PDF.
pub fn check_material(filename: &str, data: &[u8]) -> Result<String, String> {
    if data.is_empty() {
        return Err("the file is empty".into());
    }
    if data.len() > MAX_MATERIAL_BYTES {
        return Err("must be at most 10 MB".into());
    }
    let ext = filename
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let Some((_, content_type)) = MATERIAL_TYPES.iter().find(|(e, _)| *e == ext) else {
        return Err(
            "only pdf, pptx, ppt, docx, doc, xlsx, odp, odt, ods, png, jpg and txt files are allowed"
                .into(),
        );
    };
    let starts = |magic: &[u8]| data.starts_with(magic);
    let matches = match ext.as_str() {
        "pdf" => starts(b"%PDF-"),
        "png" => starts(b"\x89PNG\r\n\x1a\n"),
        "jpg" | "jpeg" => starts(&[0xFF, 0xD8, 0xFF]),
        "pptx" | "docx" | "xlsx" | "odp" | "odt" | "ods" => starts(b"PK\x03\x04"),
        "ppt" | "doc" => starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        _ => std::str::from_utf8(data).is_ok_and(|t| !t.contains('\0')),
    };
    if !matches {
        return Err("the content does not match the file type".into());
    }
    Ok(content_type.to_string())
}

fn blank(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

impl RawSessionInput {
    /// Parses the session in the event's time zone; it must lie within the event's days.
    pub fn parse(&self, ev: &Event) -> Result<SessionInput, FieldErrors> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "title", &self.title, 1, MAX_SESSION_TITLE);
        check_text(
            &mut e,
            "description",
            &self.description,
            0,
            MAX_SESSION_DESCRIPTION,
        );
        let room = blank(&self.room);
        if let Some(r) = &room {
            check_text(&mut e, "room", r, 1, MAX_ROOM);
        }
        let starts = e.check("starts", parse_local_time(&self.starts, &ev.timezone));
        let ends = e.check("ends", parse_local_time(&self.ends, &ev.timezone));
        let first_day = local_time(ev.starts_at, &ev.timezone).date();
        let last_day = local_time(ev.ends_at, &ev.timezone).date();
        for (field, at) in [("starts", starts), ("ends", ends)] {
            if let Some(at) = at {
                let day = local_time(at, &ev.timezone).date();
                if day < first_day || day > last_day {
                    e.add(field, "must be within the days of the event");
                }
            }
        }
        if let (Some(s), Some(en)) = (starts, ends) {
            if en <= s {
                e.add("ends", "must be after the start");
            }
        }
        match (starts, ends) {
            (Some(starts_at), Some(ends_at)) if e.is_empty() => Ok(SessionInput {
                title: self.title.trim().to_string(),
                description: self.description.trim().to_string(),
                room,
                starts_at,
                ends_at,
            }),
            _ => Err(e),
        }
    }
}

/// The agenda service: organisers edit, whoever may see the event reads.
pub struct Agenda<'a> {
    pub repo: &'a dyn Repository,
}

impl Agenda<'_> {
    fn events(&self) -> Events<'_> {
        Events { repo: self.repo }
    }

    pub async fn list(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Vec<Session>> {
        self.events().get(viewer, event_id).await?;
        self.repo.agenda_sessions(event_id).await
    }

    /// The session of this event, for its organisers.
    async fn own_session(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
    ) -> DomainResult<(Event, Session)> {
        let ev = self.events().get_as_organiser(viewer, event_id).await?;
        match self.repo.agenda_session(session_id).await? {
            Some(s) if s.event_id == event_id => Ok((ev, s)),
            _ => Err(DomainError::NotFound),
        }
    }

    pub async fn create_session(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawSessionInput,
    ) -> DomainResult<Session> {
        let ev = self.events().get_as_organiser(viewer, event_id).await?;
        let input = raw.parse(&ev).map_err(DomainError::Validation)?;
        let s = self.repo.create_agenda_session(event_id, &input).await?;
        self.repo
            .audit(
                viewer.user_id,
                "session.create",
                &format!("session:{}", s.id),
            )
            .await?;
        Ok(s)
    }

    pub async fn update_session(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
        raw: &RawSessionInput,
    ) -> DomainResult<Session> {
        let (ev, _) = self.own_session(viewer, event_id, session_id).await?;
        let input = raw.parse(&ev).map_err(DomainError::Validation)?;
        self.repo.update_agenda_session(session_id, &input).await
    }

    pub async fn delete_session(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
    ) -> DomainResult<()> {
        self.own_session(viewer, event_id, session_id).await?;
        self.repo.delete_agenda_session(session_id).await?;
        self.repo
            .audit(
                viewer.user_id,
                "session.delete",
                &format!("session:{session_id}"),
            )
            .await
    }

    pub async fn add_speaker(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
        name: &str,
        role: Option<String>,
        org_id: Option<&str>,
    ) -> DomainResult<Speaker> {
        self.own_session(viewer, event_id, session_id).await?;
        let mut e = FieldErrors::new();
        check_text(&mut e, "name", name, 1, MAX_SPEAKER_NAME);
        let role = blank(&role);
        if let Some(r) = &role {
            check_text(&mut e, "role", r, 1, MAX_SPEAKER_NAME);
        }
        let org_id = match org_id.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(raw) => match raw.parse::<Id>() {
                Ok(id) if self.repo.org(id).await?.is_some() => Some(id),
                _ => {
                    e.add("org_id", "is not the number of an existing organisation");
                    None
                }
            },
        };
        e.into_result()?;
        self.repo
            .add_speaker(
                session_id,
                &SpeakerInput {
                    name: name.trim().to_string(),
                    role,
                    org_id,
                },
            )
            .await
    }

    pub async fn remove_speaker(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
        speaker_id: Id,
    ) -> DomainResult<()> {
        self.own_session(viewer, event_id, session_id).await?;
        if self.repo.remove_speaker(session_id, speaker_id).await? {
            Ok(())
        } else {
            Err(DomainError::NotFound)
        }
    }

    /// Checks and stores an upload; problems are reported under the `file` field.
    pub async fn upload(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
        filename: &str,
        data: Vec<u8>,
    ) -> DomainResult<Material> {
        self.own_session(viewer, event_id, session_id).await?;
        let filename = clean_filename(filename);
        let content_type =
            check_material(&filename, &data).map_err(|m| DomainError::field("file", m))?;
        let m = self
            .repo
            .add_material(
                session_id,
                &MaterialInput {
                    filename,
                    content_type,
                    data,
                },
                viewer.user_id,
            )
            .await?;
        self.repo
            .audit(
                viewer.user_id,
                "material.upload",
                &format!("material:{}", m.id),
            )
            .await?;
        Ok(m)
    }

    /// A material's content, for anyone who may see its event.
    pub async fn download(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        material_id: Id,
    ) -> DomainResult<(Material, Vec<u8>)> {
        self.events().get(viewer, event_id).await?;
        let (m, data) = self
            .repo
            .material(material_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        match self.repo.agenda_session(m.session_id).await? {
            Some(s) if s.event_id == event_id => Ok((m, data)),
            _ => Err(DomainError::NotFound),
        }
    }

    pub async fn delete_material(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
        material_id: Id,
    ) -> DomainResult<()> {
        self.own_session(viewer, event_id, session_id).await?;
        if self.repo.delete_material(session_id, material_id).await? {
            Ok(())
        } else {
            Err(DomainError::NotFound)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn materials_are_checked_by_extension_and_content() {
        assert_eq!(
            check_material("slides.pdf", b"%PDF-1.7 ...").unwrap(),
            "application/pdf"
        );
        assert!(check_material("slides.PPTX", b"PK\x03\x04rest").is_ok());
        assert!(check_material("notes.txt", "zażółć".as_bytes()).is_ok());
        assert!(check_material("tool.exe", b"MZ\x90\x00").is_err());
        assert!(check_material("fake.pdf", b"MZ\x90\x00").is_err());
        assert!(check_material("fake.png", b"%PDF-1.7").is_err());
        let big = vec![b'a'; MAX_MATERIAL_BYTES + 1];
        assert_eq!(
            check_material("big.txt", &big).unwrap_err(),
            "must be at most 10 MB"
        );
    }

    #[test]
    fn filenames_lose_paths_and_odd_characters() {
        assert_eq!(clean_filename("C:\\tmp\\a\"b.pdf"), "a_b.pdf");
        assert_eq!(clean_filename("../../etc/passwd"), "passwd");
        assert_eq!(
            clean_filename("Prezentacja łódź.pdf"),
            "Prezentacja łódź.pdf"
        );
    }
}
