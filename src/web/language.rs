//! `/language`: every shipped language, each named in itself, as plain links back to the page
//! the person came from — a picker that works without script for nineteen languages, where a
//! row of links in the header no longer fits a 360-px screen.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::{Frame, LangLink, Nav, html, in_every_language};
use crate::error::{AppError, InputError};
use crate::i18n::Tr;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/language").get(language));
}

#[derive(Template)]
#[template(path = "language.html")]
struct LanguagePage {
    tr: Tr,
    nav: Nav,
    languages: Vec<LangLink>,
}

/// The longest page address taken back (with its query).
const BACK_MAX: usize = 2048;

/// Where the language links go: `back` when it is a path of this site (one leading `/`, the
/// characters of a path only), with its own query kept but `lang`; the home page otherwise.
/// Never another site's address, never anything the page would show raw.
fn way_back(back: &str) -> (String, Vec<(String, String)>) {
    let home = ("/".to_owned(), Vec::new());
    if back.len() > BACK_MAX {
        return home;
    }
    let (path, query) = back.split_once('?').unwrap_or((back, ""));
    let path_chars = |c: char| c.is_ascii_alphanumeric() || "/-_.~%".contains(c);
    let local = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains("/../")
        && !path.ends_with("/..")
        && path.chars().all(path_chars);
    if !local {
        return home;
    }
    let kept = crate::query::parse_pairs(query)
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k != "lang")
        .collect();
    (path.to_owned(), kept)
}

async fn language(req: HttpRequest, frame: Frame) -> Result<HttpResponse, AppError> {
    let mut back = String::new();
    for (key, value) in crate::query::parse_pairs(req.query_string())? {
        match key.as_str() {
            "back" => back = value,
            "lang" => {}
            _ => return Err(InputError::new("query", "error-unknown-parameter").into()),
        }
    }
    let (path, kept) = way_back(&back);
    html(&LanguagePage {
        languages: in_every_language(&path, &kept, frame.tr.locale),
        tr: frame.tr,
        nav: frame.nav,
    })
}

#[cfg(test)]
mod tests {
    use super::way_back;

    #[test]
    fn only_this_site_s_paths_are_taken_back() {
        let home = ("/".to_owned(), Vec::new());
        assert_eq!(way_back("/recruiters"), ("/recruiters".into(), vec![]));
        assert_eq!(
            way_back("/recruiters?q=manila&lang=ne&country=PH"),
            (
                "/recruiters".into(),
                vec![
                    ("q".into(), "manila".into()),
                    ("country".into(), "PH".into())
                ]
            )
        );
        for hostile in [
            "",
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "javascript:alert(1)",
            "/recruiters\r\nSet-Cookie: a=b",
            "/a/../../etc/passwd",
            "/a/..",
            "/\"><script>",
            "recruiters",
        ] {
            assert_eq!(way_back(hostile), home, "{hostile:?}");
        }
        assert_eq!(way_back(&format!("/{}", "a".repeat(5000))), home);
    }
}
