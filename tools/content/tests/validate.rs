use std::path::PathBuf;

use super::*;

pub fn site() -> SiteConfig {
    let json = r#"{"version":1,"siteName":"T","pageSize":10,
        "sections":[{"slug":"world","name":"World"},{"slug":"business","name":"Business"}]}"#;
    serde_json::from_str(json).expect("test site config")
}

/// A public folder with a 1200x675 SVG and its variants, unique to the test.
pub fn public_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gazette-validate-{name}-{}", std::process::id()));
    let images = dir.join("images");
    std::fs::create_dir_all(&images).expect("temp public dir");
    std::fs::write(images.join("a.svg"), r#"<svg width="1200" height="675"/>"#).expect("fixture svg");
    // The same picture at other widths, and another shape, for `variants`.
    std::fs::write(images.join("a-640.svg"), r#"<svg width="640" height="360"/>"#).expect("fixture svg");
    std::fs::write(images.join("a-1600.svg"), r#"<svg width="1600" height="900"/>"#).expect("fixture svg");
    std::fs::write(images.join("square.svg"), r#"<svg width="500" height="500"/>"#).expect("fixture svg");
    dir
}

const GOOD: &str = r#"+++
title = "  A title  "
standfirst = "The standfirst."
section = "world"
author = "Zoë Ångström"
published = "2026-11-27T10:30:00+02:00"
updated = "2026-11-28T00:00:00Z"
tags = ["Climate", "harbour-city"]
popularity = 12
lead = true

[image]
src = "images/a.svg"
alt = "An illustration"
credit = "Gazette"
+++

First paragraph of the *story*.

## More

![A chart](images/a.svg "Caption.")
"#;

fn check(name: &str, text: &str) -> Result<Record, Vec<String>> {
    let public = public_dir(name);
    let site = site();
    let cx = Context { site: &site, public: &public };
    let result = article("content/articles/x.md", "x", text, &cx);
    let _ = std::fs::remove_dir_all(&public);
    result.map_err(|problems| {
        for p in &problems {
            assert_eq!(p.file, "content/articles/x.md", "every problem names the file: {p}");
            assert!(!p.field.is_empty(), "every problem names a field: {p}");
        }
        problems.iter().map(ToString::to_string).collect()
    })
}

fn errors(name: &str, text: &str) -> Vec<String> {
    match check(name, text) {
        Ok(_) => panic!("expected errors for {name}"),
        Err(errors) => errors,
    }
}

#[test]
fn a_good_article_becomes_a_record() {
    let record = check("good", GOOD).expect("valid");
    let a = &record.article;
    assert_eq!(a.title, "A title");
    assert_eq!(a.published, "2026-11-27T08:30:00Z");
    assert_eq!(a.updated.as_deref(), Some("2026-11-28T00:00:00Z"));
    assert_eq!(a.section, Ref { slug: "world".into(), name: "World".into() });
    assert_eq!(a.author, Ref { slug: "zoe-angstrom".into(), name: "Zoë Ångström".into() });
    assert_eq!(a.tags[0], Ref { slug: "climate".into(), name: "Climate".into() });
    let image = a.image.as_ref().expect("image");
    assert_eq!((image.width, image.height), (1200, 675), "size comes from the file when not declared");
    assert_eq!(a.body.len(), 3);
    assert_eq!(a.reading_minutes, 1);
    assert_eq!(record.excerpt, "First paragraph of the story.");
    assert!(record.lead);
    assert!(!record.pick, "not an editor's pick unless marked");
    assert_eq!(record.popularity, 12);
}

#[test]
fn missing_and_empty_fields() {
    let text = "+++\ntitle = \"\"\nsection = \"world\"\npublished = \"2026-01-01T00:00:00Z\"\n+++\nBody.\n";
    assert_eq!(
        errors("missing", text),
        [
            "content/articles/x.md: standfirst: missing (required)",
            "content/articles/x.md: author: missing (required)",
            "content/articles/x.md:2: title: must not be empty",
        ]
    );
}

#[test]
fn bad_section_date_tags_and_body() {
    let text = GOOD
        .replace("\"world\"", "\"sport\"")
        .replace("2026-11-28T00:00:00Z", "2026-11-01T00:00:00Z")
        .replace("+02:00", "")
        .replace("\"harbour-city\"", "\"climate\", \"東京\"")
        .replace("First paragraph", "<b>First</b> paragraph");
    let got = errors("bad", &text);
    let want = [
        "content/articles/x.md:18: body: raw HTML is not allowed",
        "content/articles/x.md:4: section: unknown section \"sport\" (known: world, business)",
        "content/articles/x.md:6: published: \"2026-11-27T10:30:00\" is not an RFC 3339 date-time",
        "content/articles/x.md:8: tags: \"climate\" is listed twice",
        "content/articles/x.md:8: tags: \"東京\" has no usable slug",
    ];
    for w in want {
        assert!(got.iter().any(|g| g.starts_with(w)), "missing {w:?} in {got:#?}");
    }
    assert_eq!(got.len(), want.len(), "{got:#?}");
    let updated = GOOD.replace("2026-11-28T00:00:00Z", "2026-11-01T00:00:00Z");
    assert_eq!(
        errors("updated", &updated),
        ["content/articles/x.md: updated: 2026-11-01T00:00:00Z is before published 2026-11-27T08:30:00Z"]
    );
}

#[test]
fn front_image_checks() {
    let no_alt = GOOD.replace("alt = \"An illustration\"", "alt = \" \"");
    assert_eq!(errors("alt", &no_alt), ["content/articles/x.md:14: image.alt: must not be empty"]);
    let warped = GOOD.replace("credit = \"Gazette\"", "width = 1200\nheight = 800");
    assert_eq!(
        errors("warped", &warped),
        ["content/articles/x.md:12: image.width: 1200x800 does not match the file's 1200x675 (aspect ratio off by more than 2%)"]
    );
    let scaled = GOOD.replace("credit = \"Gazette\"", "width = 600\nheight = 338");
    let image = check("scaled", &scaled).expect("scaled is fine").article.image.expect("image");
    assert_eq!((image.width, image.height), (600, 338));
    let missing = GOOD.replace("src = \"images/a.svg\"", "src = \"images/nope.svg\"");
    assert!(errors("nofile", &missing)[0]
        .starts_with("content/articles/x.md:13: image.src: \"images/nope.svg\" not found"));
    let remote = GOOD.replace("src = \"images/a.svg\"", "src = \"https://cdn.example/a.jpg\"");
    assert_eq!(
        errors("remote", &remote),
        ["content/articles/x.md:12: image.width: width and height are required for this image"]
    );
    let remote_sized = remote.replace("credit = \"Gazette\"", "width = 4\nheight = 3");
    assert!(check("remote-sized", &remote_sized).is_ok());
}

#[test]
fn bad_file_names_and_unknown_keys() {
    let public = public_dir("slug");
    let site = site();
    let cx = Context { site: &site, public: &public };
    let text = GOOD.replace("lead = true", "lead = true\nauthr = \"x\"");
    let problems = article("content/articles/Bad_Name.md", "Bad_Name", &text, &cx).expect_err("invalid");
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(lines[0]
        .starts_with("content/articles/Bad_Name.md: slug: file name \"Bad_Name\" is not a valid slug"));
    assert!(
        lines[1].starts_with("content/articles/Bad_Name.md:11: authr: unknown front-matter key"),
        "{lines:?}"
    );
    let _ = std::fs::remove_dir_all(&public);
}

#[test]
fn image_variants_are_read_from_their_files_and_listed_narrowest_first() {
    let with = |variants: &str| {
        GOOD.replace("credit = \"Gazette\"", &format!("credit = \"Gazette\"\nvariants = [{variants}]"))
    };
    let good = with(
        r#"{ src = "images/a-1600.svg" }, { src = "images/a-640.svg", width = 640 }, { src = "https://cdn.example/a-320.jpg", width = 320 }"#,
    );
    let image = check("variants", &good).expect("good variants").article.image.expect("image");
    let listed: Vec<(&str, u32)> = image.variants.iter().map(|v| (v.src.as_str(), v.width)).collect();
    assert_eq!(
        listed,
        [("https://cdn.example/a-320.jpg", 320), ("images/a-640.svg", 640), ("images/a-1600.svg", 1600)]
    );
    // Array-of-tables spelling reads the same.
    let tables = GOOD.replace(
        "credit = \"Gazette\"",
        "credit = \"Gazette\"\n[[image.variants]]\nsrc = \"images/a-640.svg\"",
    );
    assert_eq!(
        check("variant-tables", &tables).expect("tables").article.image.expect("image").variants.len(),
        1
    );
}

#[test]
fn wrong_image_variants_are_reported() {
    let with = |variants: &str| {
        GOOD.replace("credit = \"Gazette\"", &format!("credit = \"Gazette\"\nvariants = [{variants}]"))
    };
    let cases = [
        (r#"{ src = "images/a-640.svg", width = 600 }"#, "\"images/a-640.svg\" is 640 pixels wide, not 600"),
        (r#"{ src = "images/square.svg" }"#, "not the same picture shape as the image's 1200x675"),
        (r#"{ src = "images/a.svg" }"#, "two files of the picture are 1200 pixels wide"),
        (r#"{ src = "https://cdn.example/b.jpg" }"#, "give its width"),
        (r#"{ src = "images/missing.svg" }"#, "not found"),
        (r#"{ src = "images/a,640.svg" }"#, "must not contain a comma"),
        (r#"{ width = 640 }"#, "each variant needs a src"),
        (r#"{ src = "images/a-640.svg", size = 3 }"#, "unknown variant key \"size\""),
        (r#""images/a-640.svg""#, "expected a { src, width } table"),
    ];
    for (variants, expected) in cases {
        let found = errors("bad-variants", &with(variants));
        assert!(
            found.iter().any(|e| e.contains("image.variants") && e.contains(expected)),
            "{variants}: {found:?}"
        );
    }
    // With variants the image's own width is a srcset candidate: it must be the file's.
    let scaled = GOOD.replace(
        "credit = \"Gazette\"",
        "width = 600\nheight = 338\nvariants = [{ src = \"images/a-640.svg\" }]",
    );
    assert!(errors("scaled-variants", &scaled).iter().any(|e| e.contains("must be its file's, 1200")));
}

/// An article as `gazette-content import wordpress` writes it: `[wordpress]` after the image.
fn imported(table: &str) -> String {
    GOOD.replacen("+++\n\nFirst", &format!("\n[wordpress]\n{table}+++\n\nFirst"), 1)
}

#[test]
fn an_imported_article_carries_its_wordpress_post_id_to_the_json() {
    let table =
        "id = 60\nmodified = \"2026-11-28T09:00:00+01:00\"\nlink = \"http://wp.example/2026/11/a/\"\n";
    let record = check("wordpress", &imported(table)).expect("valid");
    assert_eq!(record.article.wordpress_id, Some(60));
    let json = serde_json::to_value(&record.article).expect("serializes");
    assert_eq!(json["wordpressId"], 60, "the app's comment client reads this key");
    let plain = serde_json::to_value(check("no-wordpress", GOOD).expect("valid").article).expect("json");
    assert!(plain.get("wordpressId").is_none(), "hand-written articles have no such key: {plain}");
}

#[test]
fn a_bad_wordpress_table_is_reported_field_by_field() {
    let table =
        "id = 0\nmodified = \"yesterday\"\nlink = \"javascript:alert(1)\"\nslug = \"x\"\npick = true\n";
    let found = errors("wordpress-bad", &imported(table));
    let expected = [
        "content/articles/x.md:18: wordpress.id: must be a whole number of at least 1",
        "content/articles/x.md:19: wordpress.modified: \"yesterday\" is not an RFC 3339 date-time",
        "content/articles/x.md:20: wordpress.link: \"javascript:alert(1)\" is not an http(s) URL",
        "content/articles/x.md:21: wordpress.slug: unknown wordpress key (known: id, modified, link)",
        "content/articles/x.md:22: wordpress.pick: unknown wordpress key (known: id, modified, link); \
         article keys go above [wordpress]",
    ];
    for want in expected {
        assert!(found.iter().any(|e| e.starts_with(want)), "missing {want:?} in {found:#?}");
    }
    let missing = errors("wordpress-missing", &imported("id = 7\n"));
    assert_eq!(
        missing,
        [
            "content/articles/x.md:17: wordpress.modified: missing (required)",
            "content/articles/x.md:17: wordpress.link: missing (required)",
        ]
    );
    let not_table = errors("wordpress-string", &GOOD.replacen("lead = true", "wordpress = 60", 1));
    assert_eq!(
        not_table,
        ["content/articles/x.md:10: wordpress: expected a table ([wordpress]), found integer"]
    );
}
