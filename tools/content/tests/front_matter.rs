use super::*;

fn parse_text(text: &str) -> (Option<FrontMatter>, Vec<String>) {
    let mut report = Report::new("a.md");
    let parsed = match split(text) {
        Ok(s) => parse(&s, &mut report),
        Err((line, message)) => {
            report.error(Some(line), "front matter", message);
            None
        }
    };
    (parsed, report.into_problems().iter().map(ToString::to_string).collect())
}

#[test]
fn splits_front_matter_from_body() {
    let s = split("+++\ntitle = \"T\"\n+++\n\nBody\n").expect("splits");
    assert_eq!(s.front, "title = \"T\"\n");
    assert_eq!(s.front_line, 2);
    assert_eq!(s.body, "\nBody\n");
    assert_eq!(s.body_line, 4);
    let crlf = split("\u{feff}+++\r\na = 1\r\n+++\r\nBody").expect("BOM and CRLF are fine");
    assert_eq!(crlf.body, "Body");
}

#[test]
fn missing_delimiters_are_errors() {
    let (_, errors) = parse_text("title = \"T\"\n+++\nBody");
    assert_eq!(
        errors,
        ["a.md:1: front matter: the file must start with a `+++` line, then TOML front matter, then `+++`"]
    );
    let (_, errors) = parse_text("+++\ntitle = \"T\"\nBody");
    assert_eq!(errors, ["a.md:1: front matter: no closing `+++` line after the front matter"]);
}

#[test]
fn bad_toml_is_reported_with_its_line() {
    let (parsed, errors) = parse_text("+++\ntitle = \"T\"\nsection = world\n+++\nBody");
    assert!(parsed.is_none());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("a.md:3: front matter: invalid TOML"), "{errors:?}");
    let (_, errors) = parse_text("+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n");
    assert!(errors.iter().any(|e| e.contains("invalid TOML")), "duplicate keys: {errors:?}");
}

#[test]
fn reads_every_field_with_lines() {
    let text = "+++\ntitle = \"T\"\nstandfirst = \"S\"\nsection = \"world\"\nauthor = \"A\"\n\
        published = 2026-01-02T03:04:05Z\nupdated = \"2026-01-03T00:00:00Z\"\ntags = [\"x\", \"y\"]\n\
        popularity = 0x10\nlead = true\npick = true\nexcerpt = \"E\"\n\n[image]\nsrc = \"images/a.svg\"\nalt = \"Alt\"\n\
        caption = \"C\"\ncredit = \"Cr\"\nwidth = 1200\nheight = 675\n+++\n";
    let (parsed, errors) = parse_text(text);
    assert!(errors.is_empty(), "{errors:?}");
    let fm = parsed.expect("parses");
    assert_eq!(fm.title, Some(Located { value: "T".into(), line: 2 }));
    assert_eq!(
        fm.published.map(|p| p.value),
        Some("2026-01-02T03:04:05Z".into()),
        "bare TOML dates are read"
    );
    assert_eq!(
        fm.tags.map(|t| t.value.into_iter().map(|t| t.value).collect::<Vec<_>>()),
        Some(vec!["x".into(), "y".into()])
    );
    assert_eq!(fm.popularity.map(|p| p.value), Some(16));
    assert_eq!(fm.lead.map(|l| l.value), Some(true));
    assert_eq!(fm.pick, Some(Located { value: true, line: 11 }));
    let image = fm.image.expect("image").value;
    assert_eq!(image.width, Some(Located { value: 1200, line: 19 }));
    assert_eq!(image.alt.map(|a| a.value), Some("Alt".into()));
}

#[test]
fn unknown_keys_and_wrong_types_are_all_reported() {
    let text = "+++\ntitle = 5\ntilte = \"typo\"\npopularity = -3\nlead = \"yes\"\ntags = \"x\"\n\
        pick = 1\n[image]\nsrc = \"images/a.svg\"\nwidht = 3\nheight = 0\n+++\n";
    let (parsed, errors) = parse_text(text);
    assert!(parsed.is_some());
    let expected = [
        "a.md:2: title: expected a string, found integer",
        "a.md:3: tilte: unknown front-matter key",
        "a.md:4: popularity: must be a whole number of at least 0",
        "a.md:5: lead: expected true or false, found string",
        "a.md:6: tags: expected a list of strings, found string",
        "a.md:7: pick: expected true or false, found integer",
        "a.md:10: image.widht: unknown image key",
        "a.md:11: image.height: must be a whole number of at least 1",
    ];
    for want in expected {
        assert!(errors.iter().any(|e| e.starts_with(want)), "missing {want:?} in {errors:#?}");
    }
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
}
