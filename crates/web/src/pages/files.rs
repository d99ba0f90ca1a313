//! Stored uploads sent back: attachments (materials, agreements) and images (photos, news images).

use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};

/// A download with its stored type and name, never cached by others.
pub fn attachment(content_type: &str, filename: &str, data: Vec<u8>) -> Response {
    let mut r = with_type(content_type, data);
    let h = r.headers_mut();
    h.insert(CONTENT_DISPOSITION, disposition(filename));
    h.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    r
}

/// An image shown in a page, cached briefly by the browser only.
pub fn image(content_type: &str, data: Vec<u8>) -> Response {
    let mut r = with_type(content_type, data);
    r.headers_mut().insert(
        CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=300"),
    );
    r
}

/// The stored type (checked on upload); `nosniff` is set for every response by the router.
fn with_type(content_type: &str, data: Vec<u8>) -> Response {
    let mut r = data.into_response();
    r.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_str(content_type)
            .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream")),
    );
    r
}

/// `attachment; filename="..."` with an ASCII fallback and the UTF-8 name (RFC 6266).
fn disposition(filename: &str) -> HeaderValue {
    let ascii: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = filename
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// A multipart form with one file: its text fields, and the file's name and bytes.
#[derive(Default)]
pub struct Upload {
    fields: Vec<(String, String)>,
    pub filename: String,
    pub data: Vec<u8>,
}

impl Upload {
    /// A text field's value ("" when absent).
    pub fn text(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Reads a form posted as multipart with the file in `file_field`, then checks its CSRF token
/// (`_csrf`) before the caller uses anything; `unreadable` names the field and the problem when
/// the body cannot be read (e.g. it is too large).
pub async fn read_upload(
    ctx: &crate::context::Ctx,
    multipart: &mut axum::extract::Multipart,
    file_field: &str,
    unreadable: impl Fn(axum::extract::multipart::MultipartError) -> crate::error::PageError,
) -> Result<Upload, crate::error::PageError> {
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(&unreadable)? {
        let name = field.name().unwrap_or("").to_string();
        if name == file_field {
            upload.filename = field.file_name().unwrap_or("").to_string();
            upload.data = field.bytes().await.map_err(&unreadable)?.to_vec();
        } else if field.file_name().is_none() {
            let value = field.text().await.map_err(&unreadable)?;
            upload.fields.push((name, value));
        }
    }
    ctx.check_csrf(Some(upload.text("_csrf")))?;
    Ok(upload)
}
