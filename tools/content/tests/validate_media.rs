//! `media`: the front-matter entries that give the body's remote pictures their sizes.

use super::tests::{public_dir, site};
use super::*;

const REMOTE: &str = "https://cdn.example/harbour.jpg";

/// An article whose front matter ends with `media` (from line 7) and whose body is `body`.
fn article_with(media: &str, body: &str) -> String {
    format!(
        "+++\ntitle = \"T\"\nstandfirst = \"S.\"\nsection = \"world\"\nauthor = \"A\"\npublished = \"2026-11-27T10:30:00Z\"\n{media}\n+++\n\n{body}\n"
    )
}

fn check(name: &str, text: &str) -> Result<Record, Vec<String>> {
    let public = public_dir(name);
    let site = site();
    let cx = Context { site: &site, public: &public };
    let result = article("content/articles/x.md", "x", text, &cx);
    let _ = std::fs::remove_dir_all(&public);
    result.map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

#[test]
fn media_gives_a_remote_picture_its_size_and_variants() {
    let inline = format!(
        "media = [{{ src = \"{REMOTE}\", width = 1200, height = 800, variants = [{{ src = \"https://cdn.example/harbour-300.jpg\", width = 300 }}] }}]"
    );
    let tables = format!(
        "[[media]]\nsrc = \"{REMOTE}\"\nwidth = 1200\nheight = 800\n[[media.variants]]\nsrc = \"https://cdn.example/harbour-300.jpg\"\nwidth = 300"
    );
    for media in [inline, tables] {
        let text = article_with(&media, &format!("![The harbour]({REMOTE} \"At dawn\")"));
        let record = check("media-good", &text).unwrap_or_else(|e| panic!("{media}: {e:?}"));
        let [Block::Image { image }] = record.article.body.as_slice() else { panic!("one image") };
        assert_eq!((image.width, image.height, image.caption.as_deref()), (1200, 800, Some("At dawn")));
        assert_eq!(image.variants.len(), 1);
        assert_eq!(image.variants[0].width, 300);
    }
}

#[test]
fn a_remote_picture_without_media_names_its_line() {
    let text = article_with("", &format!("Intro.\n\n![The harbour]({REMOTE})"));
    let found = check("media-missing", &text).expect_err("no media");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("content/articles/x.md:12: body: remote image"), "{found:?}");
    assert!(found[0].contains("add it to the front matter's media"), "{found:?}");
}

#[test]
fn wrong_or_unused_media_entries_are_reported_with_their_line() {
    let body = format!("![The harbour]({REMOTE})");
    let cases = [
        (format!("media = [{{ src = \"{REMOTE}\", width = 1200 }}]"), ":7: media: \"https://cdn.example/harbour.jpg\": give its width and height"),
        (format!("media = [{{ src = \"{REMOTE}\", height = 0, width = 1 }}]"), ":7: media.height: must be a whole number of at least 1"),
        ("media = [{ src = \"images/a.svg\", width = 1200, height = 675 }]".into(), ":7: media.src: \"images/a.svg\": media lists remote pictures"),
        ("media = [{ src = \"http://cdn.example/a.jpg\", width = 1, height = 1 }]".into(), ":7: media.src:"),
        ("media = [{ width = 1, height = 1 }]".into(), ":7: media.src: missing (required)"),
        (format!("media = [{{ src = \"{REMOTE}\", width = 4, height = 3, alt = \"x\" }}]"), ":7: media.alt: unknown media key (known: src, width, height, variants)"),
        (format!("media = [{{ src = \"{REMOTE}\", width = 4, height = 3, variants = [{{ src = \"https://cdn.example/h-300.jpg\" }}] }}]"), ":7: media.variants: \"https://cdn.example/h-300.jpg\": give its width"),
        ("media = \"x\"".into(), ":7: media: expected a list of { src, width, height } tables"),
        (
            format!("media = [{{ src = \"{REMOTE}\", width = 4, height = 3 }},\n  {{ src = \"https://cdn.example/typo.jpg\", width = 4, height = 3 }}]"),
            ":8: media: \"https://cdn.example/typo.jpg\" is not a picture of the body",
        ),
        (
            format!("media = [{{ src = \"{REMOTE}\", width = 4, height = 3 }},\n  {{ src = \"{REMOTE}\", width = 4, height = 3 }}]"),
            ":8: media.src: \"https://cdn.example/harbour.jpg\" is listed twice",
        ),
    ];
    for (media, expected) in cases {
        let found = check("media-bad", &article_with(&media, &body)).expect_err(&media);
        assert!(found.iter().any(|e| e.contains(expected)), "{media}: {found:?}");
        // An entry of the picture's URL that is wrong is reported once: the picture adds nothing.
        if media.starts_with(&format!("media = [{{ src = \"{REMOTE}\"")) {
            assert!(!found.iter().any(|e| e.contains(": body: ")), "{media}: {found:?}");
        }
    }
    let after_image = "[image]\nsrc = \"images/a.svg\"\nalt = \"A\"\n[[media]]\nsrc = \"https://cdn.example/harbour.jpg\"\nwidth = 4\nheight = 3\nlead = true";
    let found = check("media-slip", &article_with(after_image, &body)).expect_err("lead in media");
    assert!(
        found
            .iter()
            .any(|e| e.contains("media.lead: unknown media key")
                && e.contains("article keys go above [[media]]")),
        "{found:?}"
    );
}
