//! Rendered pages kept in memory: a recruiter's profile, the page a shared link opens, read
//! thousands of times between two changes (a union posts it in a group of 5,000 workers).
//!
//! A page is kept by what it is made of: the recruiter, the reader's language and whether the
//! header says "Account" or "Sign in" — only the plain first page, with no filter or page
//! number (those are rendered each time). It is tagged with the pool's generation read before
//! its data ([`crate::db::changes`]) and served while the generation stays, at most
//! [`MAX_AGE`]. A change to anything a profile shows moves the generation: at once after a
//! write by this process, within a second after anyone else's. What is kept is bounded by
//! [`BUDGET`] bytes; past it, pages of an older generation go first, then any.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use actix_web::web::Bytes;
use parking_lot::RwLock;

use crate::db::{self, Pool};

/// How long a page is served without being rendered again, whatever happens: a bound for
/// what no table records (none known: profiles show no relative dates).
pub const MAX_AGE: Duration = Duration::from_secs(60);

/// How many bytes of pages one server keeps (a profile page is 10–30 KB).
pub const BUDGET: usize = 8 * 1024 * 1024;

/// What a kept page is made of.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageKey {
    /// The page's own part: the recruiter's public id.
    pub subject: String,
    pub locale: &'static str,
    pub signed_in: bool,
}

#[derive(Debug)]
struct Kept {
    generation: u64,
    made: Instant,
    body: Bytes,
}

#[derive(Debug, Default)]
struct Pages {
    by_key: HashMap<PageKey, Kept>,
    bytes: usize,
}

/// The kept pages of one server (application data).
#[derive(Debug)]
pub struct KeptPages {
    budget: usize,
    pages: RwLock<Pages>,
}

impl Default for KeptPages {
    fn default() -> Self {
        KeptPages::with_budget(BUDGET)
    }
}

impl KeptPages {
    pub fn with_budget(budget: usize) -> Self {
        KeptPages {
            budget,
            pages: RwLock::new(Pages::default()),
        }
    }

    /// The kept page, if it was rendered in `generation` less than [`MAX_AGE`] ago.
    pub fn get(&self, key: &PageKey, generation: u64) -> Option<Bytes> {
        let pages = self.pages.read();
        pages
            .by_key
            .get(key)
            .filter(|kept| kept.generation == generation && kept.made.elapsed() < MAX_AGE)
            .map(|kept| kept.body.clone())
    }

    /// Keeps a page rendered from data read after `generation` was read.
    pub fn put(&self, key: PageKey, generation: u64, body: Bytes) {
        if body.len() > self.budget {
            return;
        }
        let mut pages = self.pages.write();
        let Pages { by_key, bytes } = &mut *pages;
        if let Some(old) = by_key.remove(&key) {
            *bytes -= old.body.len();
        }
        if *bytes + body.len() > self.budget {
            // Older generations first (nothing will serve them), then any page.
            by_key.retain(|_, kept| {
                let keep = kept.generation == generation && kept.made.elapsed() < MAX_AGE;
                if !keep {
                    *bytes -= kept.body.len();
                }
                keep
            });
            while *bytes + body.len() > self.budget {
                let Some(victim) = by_key.keys().next().cloned() else {
                    break;
                };
                if let Some(old) = by_key.remove(&victim) {
                    *bytes -= old.body.len();
                }
            }
        }
        *bytes += body.len();
        by_key.insert(
            key,
            Kept {
                generation,
                made: Instant::now(),
                body,
            },
        );
    }

    /// How many pages and bytes are kept.
    #[cfg(test)]
    pub fn size(&self) -> (usize, usize) {
        let pages = self.pages.read();
        (pages.by_key.len(), pages.bytes)
    }
}

/// The generation a page rendered now is tagged with, after reading the database's count of
/// changes if a second has passed since anyone did (one request a second pays that read).
pub async fn generation(pool: &Pool) -> u64 {
    if pool.changes().due() {
        let reader = pool.clone();
        // Inside the blocking work, so that it is taken in even if the request is dropped.
        let _ = db::run(pool, move |conn| {
            reader.changes().refresh(conn);
            Ok(())
        })
        .await;
    }
    pool.changes().generation()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(subject: &str) -> PageKey {
        PageKey {
            subject: subject.to_owned(),
            locale: "en",
            signed_in: false,
        }
    }

    #[test]
    fn a_page_is_served_in_its_own_generation_only() {
        let kept = KeptPages::default();
        kept.put(key("a"), 3, Bytes::from_static(b"page"));
        assert_eq!(kept.get(&key("a"), 3).as_deref(), Some(&b"page"[..]));
        assert_eq!(kept.get(&key("a"), 4), None, "a change since");
        assert_eq!(kept.get(&key("b"), 3), None);
        let other = PageKey {
            signed_in: true,
            ..key("a")
        };
        assert_eq!(kept.get(&other, 3), None, "the header differs");
    }

    #[test]
    fn the_budget_bounds_what_is_kept_older_generations_going_first() {
        let kept = KeptPages::with_budget(10);
        kept.put(key("old"), 1, Bytes::from_static(b"12345"));
        kept.put(key("a"), 2, Bytes::from_static(b"12345"));
        assert_eq!(kept.size(), (2, 10));
        kept.put(key("b"), 2, Bytes::from_static(b"123"));
        assert_eq!(kept.get(&key("a"), 2).as_deref(), Some(&b"12345"[..]));
        assert_eq!(kept.size(), (2, 8), "the old generation's page went");
        kept.put(key("c"), 2, Bytes::from_static(b"1234567"));
        let (count, bytes) = kept.size();
        assert!(bytes <= 10, "{count} pages, {bytes} bytes");
        assert!(kept.get(&key("c"), 2).is_some());
        kept.put(key("huge"), 2, Bytes::from_static(b"12345678901"));
        assert_eq!(kept.get(&key("huge"), 2), None, "larger than the budget");
        kept.put(key("c"), 2, Bytes::from_static(b"12"));
        assert!(kept.size().1 <= 10);
    }
}
