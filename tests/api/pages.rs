//! The server-rendered pages, in English, Nepali and Arabic.

use crate::helpers::{sample_csv, spawn_app};

fn has_script(html: &str, range: std::ops::RangeInclusive<char>) -> bool {
    html.chars().any(|c| range.contains(&c))
}

const DEVANAGARI: std::ops::RangeInclusive<char> = '\u{0900}'..='\u{097F}';
const ARABIC: std::ops::RangeInclusive<char> = '\u{0600}'..='\u{06FF}';

#[tokio::test]
async fn the_home_page_has_a_search_box_and_says_what_the_site_is_for() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let (status, html) = app.get_text("/").await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("name=\"q\""));
    assert!(html.contains("action=\"/recruiters\""));
    // Fluent isolates placeables with FSI/PDI marks so numbers and names keep their direction.
    assert!(
        html.contains("\u{2068}8\u{2069} recruiters are listed"),
        "{html}"
    );
    assert!(html.contains("free"));
    assert!(!html.contains("<script"), "pages work without JavaScript");
    assert!(html.contains("name=\"viewport\""));
}

#[tokio::test]
async fn nepali_and_arabic_are_chosen_by_query_then_remembered_by_cookie() {
    let app = spawn_app().await;
    let (_, html) = app.get_text("/?lang=ne").await;
    assert!(html.contains("<html lang=\"ne\" dir=\"ltr\">"));
    assert!(has_script(&html, DEVANAGARI));
    // The cookie set by ?lang= now chooses Nepali without the parameter.
    let (_, html) = app.get_text("/rights").await;
    assert!(html.contains("<html lang=\"ne\""), "cookie not honoured");

    let res = app.get("/?lang=ar").await;
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("lang=ar")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(has_script(&html, ARABIC));
}

#[tokio::test]
async fn every_shipped_language_renders_and_urdu_and_arabic_run_right_to_left() {
    let app = spawn_app().await;
    for locale in fairrecruit::i18n::LOCALES {
        let (status, html) = app
            .get_text(&format!("/recruiters?lang={}", locale.code))
            .await;
        assert_eq!(status, 200);
        let dir = if locale.rtl { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!("<html lang=\"{}\" dir=\"{dir}\">", locale.code)),
            "{}",
            locale.code
        );
        // A public page names itself in every language for search engines.
        assert_eq!(
            html.matches("<link rel=\"alternate\" hreflang=").count(),
            fairrecruit::i18n::LOCALES.len()
        );
    }
    assert!(fairrecruit::i18n::find("ur").unwrap().rtl);
}

#[tokio::test]
async fn accept_language_chooses_when_nothing_else_does() {
    let app = spawn_app().await;
    // A client without cookies, so only the header speaks.
    let client = reqwest::Client::new();
    for (header, expected) in [
        ("de-DE, ne-NP;q=0.8, en;q=0.5", "ne"),
        ("fr-FR, ne-NP;q=0.8", "fr"),
        ("ur-PK", "ur"),
        ("de", "en"),
    ] {
        let res = client
            .get(app.url("/"))
            .header("Accept-Language", header)
            .send()
            .await
            .unwrap();
        let html = res.text().await.unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{expected}\"")),
            "{header}"
        );
    }
}

#[tokio::test]
async fn results_list_recruiters_with_translated_statuses_and_countries() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let (status, html) = app.get_text("/recruiters?q=himalaya").await;
    assert_eq!(status, 200);
    assert!(html.contains("Himalaya Fair Jobs"));
    assert!(html.contains("Licence suspended"));
    assert!(html.contains("Nepal"));
    assert!(html.contains("Qatar, Saudi Arabia"));
    let (_, html) = app.get_text("/recruiters?q=himalaya&lang=ar").await;
    assert!(html.contains("Himalaya Fair Jobs"));
    assert!(html.contains("نيبال"), "country names are translated");
    let (_, html) = app.get_text("/recruiters?q=zzzzzz&lang=en").await;
    assert!(html.contains("No recruiter matches your search"));
    // The search box keeps what the person typed.
    assert!(html.contains("value=\"zzzzzz\""));
}

#[tokio::test]
async fn country_choices_are_sorted_by_name_ignoring_accents() {
    let app = spawn_app().await;
    let (_, html) = app.get_text("/recruiters?lang=en").await;
    let afghanistan = html.find(">Afghanistan<").unwrap();
    let aland = html.find(">Åland Islands<").unwrap();
    let albania = html.find(">Albania<").unwrap();
    assert!(
        afghanistan < aland && aland < albania,
        "Åland sorts with the A's"
    );
    assert_eq!(
        html.matches("<option value=\"NP\"").count(),
        2,
        "licensing and destination"
    );
}

#[tokio::test]
async fn the_language_page_keeps_the_search() {
    let app = spawn_app().await;
    let (_, html) = app
        .get_text("/recruiters?q=manila&country=PH&lang=ne")
        .await;
    // The header names the language in itself and links to the language page, told where to
    // come back to.
    assert!(
        html.contains("href=\"/language?back=%2Frecruiters%3Fq%3Dmanila%26country%3DPH\""),
        "{html}"
    );
    assert!(html.contains("नेपाली · "));
    let (status, page) = app
        .get_text("/language?back=%2Frecruiters%3Fq%3Dmanila%26country%3DPH%26lang%3Dne")
        .await;
    assert_eq!(status, 200);
    for locale in fairrecruit::i18n::LOCALES {
        let href = format!(
            "href=\"/recruiters?q=manila&#38;country=PH&#38;lang={}\"",
            locale.code
        );
        assert!(page.contains(&href), "{}: {page}", locale.code);
    }
    // Each named in itself and in its own direction.
    for autonym in [
        "नेपाली",
        "العربية",
        "සිංහල",
        "தமிழ்",
        "ខ្មែរ",
        "ไทย",
        "አማርኛ",
        "Kiswahili",
    ] {
        assert!(page.contains(autonym), "{autonym}");
    }
    assert!(page.contains("lang=\"ar\" hreflang=\"ar\" dir=\"rtl\""));
}

#[tokio::test]
async fn results_page_links_to_the_next_and_previous_pages() {
    let app = spawn_app().await;
    let mut csv = String::from(crate::helpers::HEADER);
    for i in 0..45 {
        csv.push_str(&format!("Agency {i:02},L-{i},NP,active,,QA\n"));
    }
    app.import_csv(&csv).await;
    let (_, html) = app.get_text("/recruiters?country=NP").await;
    assert_eq!(html.matches("class=\"name\"").count(), 20);
    assert!(html.contains("rel=\"next\""));
    assert!(!html.contains("rel=\"prev\""));
    let (_, html) = app.get_text("/recruiters?country=NP&page=3").await;
    assert_eq!(html.matches("class=\"name\"").count(), 5);
    assert!(html.contains("rel=\"prev\""));
    assert!(!html.contains("rel=\"next\""));
}

#[tokio::test]
async fn a_profile_shows_licence_history_and_warns_when_not_active() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    app.import_csv(&sample_csv().replace("PH-0004,PH,revoked", "PH-0004,PH,active"))
        .await;
    let id = app.id_of("NP-0002").await;
    let (status, html) = app.get_text(&format!("/recruiters/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Himalaya Fair Jobs"));
    assert!(html.contains("NP-0002"));
    assert!(html.contains("This licence is not active"));
    assert!(html.contains("Licence history"));
    let id = app.id_of("PH-0004").await;
    let (_, html) = app.get_text(&format!("/recruiters/{id}?lang=ne")).await;
    assert_eq!(html.matches("<time datetime=").count(), 2);
    assert!(!html.contains("class=\"warning\""));
    let (status, html) = app.get_text("/recruiters/0000000000zz?lang=ar").await;
    assert_eq!(status, 404);
    assert!(html.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn the_rights_page_explains_the_employer_pays_principle() {
    let app = spawn_app().await;
    let (status, html) = app.get_text("/rights").await;
    assert_eq!(status, 200);
    assert!(html.contains("Employer Pays Principle"));
    assert!(html.contains("Convention 181"));
    assert_eq!(
        html.matches("<li>").count(),
        7,
        "the seven ILO cost categories"
    );
    let (_, html) = app.get_text("/rights?lang=ar").await;
    assert!(html.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn the_stylesheet_is_served_and_mirrors_for_rtl() {
    let app = spawn_app().await;
    let res = app.get("/static/app.css").await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    let css = res.text().await.unwrap();
    assert!(
        css.contains("inline-start"),
        "logical properties make RTL work"
    );
    assert!(!css.contains("margin-left") && !css.contains("padding-left"));
}

#[tokio::test]
async fn hostile_languages_and_way_backs_fall_back_and_are_never_shown_raw() {
    let app = spawn_app().await;
    let long = "x".repeat(5000);
    for lang in [
        "..%2F..%2Fetc%2Fpasswd",
        "en%0D%0ASet-Cookie:%20a=b",
        "%3Cscript%3E",
        &long,
        "zz",
    ] {
        let res = app.get(&format!("/recruiters?lang={lang}")).await;
        // A query over the limit is refused as such (400, translated), never a 500.
        let status = res.status().as_u16();
        assert!(
            status == 200 || (status == 400 && lang.len() > 2048),
            "{lang}: {status}"
        );
        assert!(
            res.headers()
                .get("set-cookie")
                .is_none_or(|c| !c.to_str().unwrap().contains("a=b"))
        );
        let html = res.text().await.unwrap();
        assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"), "{lang}");
        assert!(
            !html.contains("<script>") && !html.contains("etc/passwd") && !html.contains(&long)
        );
    }
    // The language page takes back only this site's paths.
    for back in [
        "https%3A%2F%2Fevil.example%2F",
        "%2F%2Fevil.example",
        "javascript%3Aalert(1)",
        "%2F%22%3E%3Cscript%3E",
    ] {
        let (status, page) = app.get_text(&format!("/language?back={back}")).await;
        assert_eq!(status, 200, "{back}");
        assert!(page.contains("href=\"/?lang=ne\""), "{back}: {page}");
        assert!(
            !page.contains("evil.example")
                && !page.contains("<script>")
                && !page.contains("javascript:")
        );
    }
    let (status, _) = app.get_text("/language?next=%2F").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn only_public_pages_offer_themselves_in_other_languages() {
    let app = spawn_app().await;
    for public in ["/", "/rights", "/reports", "/complaints/new", "/track"] {
        let (_, html) = app.get_text(public).await;
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"sw\" href=\"{public}?lang=sw\">"
            )),
            "{public}"
        );
    }
    for private in ["/login", "/register", "/language"] {
        let (_, html) = app.get_text(private).await;
        assert!(!html.contains("rel=\"alternate\""), "{private}");
    }
}
