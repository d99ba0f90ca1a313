//! Passwords (Argon2id), random tokens, and the login rate limiter.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use base64::Engine;
use klaster_domain::DomainError;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Argon2id with the crate's defaults (19 MiB, 2 passes: OWASP's recommended minimum).
pub fn hash_password(password: &str) -> Result<String, DomainError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| DomainError::Internal(format!("hashing failed: {e}")))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Spends the same time as a real check, so unknown e-mails cannot be told apart by timing.
pub fn burn_password_check(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let hash =
        DUMMY.get_or_init(|| hash_password("a dummy password nobody has").unwrap_or_default());
    let _ = verify_password(password, hash);
}

/// 256 random bits, URL-safe, with a prefix that says what the token is for.
pub fn new_token(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    format!(
        "{prefix}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// Only hashes of tokens are stored: a leaked database does not leak sessions.
pub fn token_hash(token: &str) -> String {
    sha256_hex(token)
}

/// SHA-256 of a text as lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Constant-time comparison for secrets.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A sliding-window counter per key: at most `max` events per `window`.
pub struct RateLimiter {
    max: usize,
    window: Duration,
    events: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    pub fn new(max: usize, window: Duration) -> Self {
        RateLimiter {
            max,
            window,
            events: Mutex::new(HashMap::new()),
        }
    }

    /// Records an event; false when the key is over its limit (the event is then not counted).
    pub fn hit(&self, key: &str) -> bool {
        let now = Instant::now();
        let mut map = self.events.lock().expect("rate limiter lock");
        if map.len() > 100_000 {
            let window = self.window;
            map.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let q = map.entry(key.to_string()).or_default();
        while q
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            q.pop_front();
        }
        if q.len() >= self.max {
            return false;
        }
        q.push_back(now);
        true
    }

    /// True when the key has no room left, without recording anything.
    pub fn is_limited(&self, key: &str) -> bool {
        let now = Instant::now();
        let map = self.events.lock().expect("rate limiter lock");
        map.get(key).is_some_and(|q| {
            q.iter()
                .filter(|t| now.duration_since(**t) < self.window)
                .count()
                >= self.max
        })
    }

    pub fn clear(&self, key: &str) {
        self.events.lock().expect("rate limiter lock").remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("wrong horse battery", &h));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = new_token("kls_");
        assert!(a.starts_with("kls_") && a.len() > 40);
        assert_ne!(a, new_token("kls_"));
        assert_eq!(token_hash("x").len(), 64);
        assert!(
            same_secret("abc", "abc") && !same_secret("abc", "abd") && !same_secret("abc", "ab")
        );
    }

    #[test]
    fn limiter_blocks_after_max() {
        let l = RateLimiter::new(2, Duration::from_secs(60));
        assert!(l.hit("k") && l.hit("k"));
        assert!(!l.hit("k"));
        assert!(l.is_limited("k"));
        assert!(l.hit("other"));
        l.clear("k");
        assert!(l.hit("k"));
    }
}
