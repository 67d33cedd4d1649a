use std::path::PathBuf;

use super::*;

/// A content folder holding `ads.toml` and a public folder with one image per slot shape.
fn dirs(name: &str, ads: Option<&str>) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("gazette-ads-{name}-{}", std::process::id()));
    let (content, public) = (root.join("content"), root.join("public"));
    std::fs::create_dir_all(public.join("images/ads")).expect("dirs");
    std::fs::create_dir_all(&content).expect("dirs");
    std::fs::write(public.join("images/ads/box.svg"), r#"<svg width="600" height="500"/>"#).expect("svg");
    std::fs::write(public.join("images/ads/wide.svg"), r#"<svg viewBox="0 0 728 90"/>"#).expect("svg");
    if let Some(text) = ads {
        std::fs::write(content.join(FILE_NAME), text).expect("ads.toml");
    }
    (content, public)
}

fn load_from(name: &str, ads: Option<&str>) -> Result<Vec<HouseAd>, Vec<String>> {
    let (content, public) = dirs(name, ads);
    let result = load(&content, &public);
    let _ = std::fs::remove_dir_all(content.parent().unwrap_or(&content));
    result.map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

#[test]
fn no_file_means_no_ads() {
    assert_eq!(load_from("none", None), Ok(Vec::new()));
}

#[test]
fn reads_ads_with_sizes_from_the_files() {
    let text = r#"
[[ad]]
slot = "sidebar"
image = "images/ads/box.svg"
alt = "  Get the morning briefing  "
href = "section/world"

[[ad]]
slot = "article"
image = "https://cdn.example.org/wide.png"
width = 1456
height = 180
alt = "Listen to the podcast"
href = "https://example.org/podcast?from=ad"
"#;
    let ads = load_from("good", Some(text)).expect("valid ads");
    assert_eq!(ads.len(), 2);
    assert_eq!((ads[0].slot, ads[0].image.width, ads[0].image.height), (AdSlot::Sidebar, 600, 500));
    assert_eq!(ads[0].image.alt, "Get the morning briefing");
    assert_eq!(ads[1].slot, AdSlot::Article);
    assert_eq!(ads[1].href, "https://example.org/podcast?from=ad");
}

#[test]
fn reports_every_bad_ad_with_its_line_and_field() {
    let text = r#"[[ad]]
slot = "popup"
image = "images/ads/box.svg"
alt = ""
href = "javascript:alert(1)"

[[ad]]
slot = "article"
image = "images/ads/box.svg"
alt = "Wrong shape"
href = "/section/world"

[[ad]]
slot = "sidebar"
image = "images/ads/missing.svg"
alt = "Gone"
href = "https://example.org/"
"#;
    let problems = load_from("bad", Some(text)).expect_err("invalid ads");
    let all = problems.join("\n");
    for expected in [
        ":2: ad[0].slot: unknown slot \"popup\" (known: sidebar, article)",
        ":4: ad[0].alt: must not be empty",
        ":5: ad[0].href: \"javascript:alert(1)\" must be an https:// URL or a path on this site",
        ":9: ad[1].image: 600x500 does not fit the article slot (728x90)",
        ":11: ad[1].href: \"/section/world\"",
        ":15: ad[2].image: \"images/ads/missing.svg\" not found",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

#[test]
fn unknown_keys_are_errors() {
    let problems =
        load_from("typo", Some("[[ad]]\nslot = \"sidebar\"\nimgae = \"x.svg\"\n")).expect_err("typo");
    assert!(problems[0].contains(":3: ads: unknown field `imgae`"), "{problems:?}");
}

#[test]
fn links_are_https_or_paths_on_the_site() {
    for ok in ["https://example.org/a?b=c", "section/world", "article/x#comments", "tag/ai?page=2"] {
        assert!(check_href(ok).is_ok(), "{ok}");
    }
    for bad in
        ["http://example.org", "/section/world", "//evil.example", "../up", "mailto:a@b.c", "", "https://"]
    {
        assert!(check_href(bad).is_err(), "{bad}");
    }
}
