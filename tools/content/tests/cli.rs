use std::fs;
use std::path::{Path, PathBuf};

use gazette::model::article::Article;
use gazette::model::decode::decode;
use gazette::model::listing::{ArchivePage, Home};

use super::*;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("gazette-cli-{name}-{}", std::process::id()))
}

/// The project root: this crate is `tools/content/`.
fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn parses_commands_and_options() {
    let o = parse(args(&["build"])).expect("build");
    assert_eq!(
        (o.command, o.content.as_path(), o.out.as_path()),
        (Command::Build, Path::new("content"), Path::new("generated/content"))
    );
    let o = parse(args(&["check", "--out", "x", "--site=s.json", "--public", "p", "--content", "c"]))
        .expect("check");
    assert_eq!(
        o,
        Options {
            command: Command::Check,
            content: "c".into(),
            site: "s.json".into(),
            public: "p".into(),
            out: "x".into()
        }
    );
    assert!(parse(args(&[])).is_err());
    assert!(parse(args(&["publish"])).is_err());
    assert!(parse(args(&["build", "--out"])).is_err());
    assert!(parse(args(&["build", "--outt", "x"])).is_err());
    assert_eq!(parse(args(&["--help"])).map_err(|e| e.kind()), Err(clap::error::ErrorKind::DisplayHelp));
    assert!(parse(args(&["build", "--out="])).is_err(), "an empty folder is no folder");
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("readable").map(|e| e.expect("entry").path()) {
        if entry.is_dir() {
            found.extend(files_under(&entry))
        } else {
            found.push(entry)
        }
    }
    found.sort();
    found
}

/// Every widget file decodes as the type the app reads it as, and stays small.
fn check_widget(path: &str, text: &str) -> Result<(), String> {
    use gazette::model::widgets::{ArticleLinks, HeadlineList, HouseAds, SectionCounts, WidgetPart};
    if let Some(related) = path.strip_prefix("related/") {
        if text.len() > 6_000 {
            return Err(format!("{related}: {} bytes, more than 6000", text.len()));
        }
        return decode::<ArticleLinks>(text).map(drop).map_err(|e| e.to_string());
    }
    assert_eq!(path, "all.json", "the site-wide widgets are one file");
    let parts: std::collections::HashMap<String, Box<serde_json::value::RawValue>> =
        serde_json::from_str(text).map_err(|e| e.to_string())?;
    for part in WidgetPart::ALL {
        let text = parts.get(part.key()).ok_or(part.key())?.get();
        if text.len() > 8_000 {
            return Err(format!("{}: {} bytes, more than 8000", part.key(), text.len()));
        }
        let decoded = match part {
            WidgetPart::Sections => decode::<SectionCounts>(text).map(drop),
            WidgetPart::Ads => decode::<HouseAds>(text).map(drop),
            _ => decode::<HeadlineList>(text)
                .map(|list| assert!(!list.articles.is_empty(), "{} is empty", part.key())),
        };
        decoded.map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Every search file decodes as the type the app reads it as, within its budget.
fn check_search(path: &str, text: &str) -> Result<(), String> {
    use gazette::model::search::filter::{Recent, SectionDocs};
    use gazette::model::search::positions::PositionShard;
    use gazette::model::search::{DocsChunk, Manifest, Shard};
    if text.len() > crate::search::SHARD_BUDGET {
        return Err(format!("{} bytes, more than {}", text.len(), crate::search::SHARD_BUDGET));
    }
    let decoded = match path {
        "index.json" => decode::<Manifest>(text).map(|m| assert_eq!(m.docs, 30)),
        _ if path.starts_with("docs/") => decode::<DocsChunk>(text).map(drop),
        "recent.json" => decode::<Recent>(text).map(|r| assert!(!r.days.is_empty(), "the newest day")),
        _ if path.starts_with("positions/") => decode::<PositionShard>(text).map(drop),
        _ if path.starts_with("sections/") => {
            decode::<SectionDocs>(text).map(|s| assert!(!s.gaps.is_empty(), "{path} is empty"))
        }
        _ => decode::<Shard>(text)
            .map(|shard| assert!(!(shard.terms.is_empty() && shard.words.is_empty()), "{path} is empty")),
    };
    decoded.map_err(|e| e.to_string())
}

#[test]
fn the_demo_content_builds_and_the_app_can_read_it() {
    let root = project();
    let out = temp("demo").join("content");
    let options = Options {
        command: Command::Build,
        content: root.join("content"),
        site: root.join("public/site.json"),
        public: root.join("public"),
        out: out.clone(),
    };
    let summary = match run(&options) {
        Outcome::Ok(summary) => summary,
        Outcome::Invalid(problems) => panic!("demo content has problems:\n{}", problems.join("\n")),
    };
    assert!(summary.starts_with("gazette-content: 30 articles, 6 sections, "), "{summary}");
    let site = catalog::load_site(&options.site).expect("site");
    let text = |path: &Path| fs::read_to_string(path).expect("output readable");
    let home: Home = decode(&text(&out.join("home.json"))).expect("home decodes");
    assert_eq!(home.sections.len(), site.sections.len());
    let (mut articles, mut widgets, mut indexed) = (0, 0, 0);
    for path in files_under(&out) {
        let relative = path.strip_prefix(&out).expect("under out").to_string_lossy().replace('\\', "/");
        if relative.starts_with("articles/") {
            let article: Article = decode(&text(&path)).unwrap_or_else(|e| panic!("{relative}: {e}"));
            assert_eq!(format!("articles/{}.json", article.slug), relative);
            assert!(!article.body.is_empty());
            articles += 1;
        } else if let Some(widget) = relative.strip_prefix("widgets/") {
            check_widget(widget, &text(&path)).unwrap_or_else(|e| panic!("{relative}: {e}"));
            widgets += 1;
        } else if let Some(search) = relative.strip_prefix("search/") {
            check_search(search, &text(&path)).unwrap_or_else(|e| panic!("{relative}: {e}"));
            indexed += 1;
        } else if relative != "home.json" {
            let page: ArchivePage = decode(&text(&path)).unwrap_or_else(|e| panic!("{relative}: {e}"));
            let expected = format!("{}/{}/{}.json", page.kind.segment(), page.subject.slug, page.page);
            assert_eq!(expected, relative);
        }
    }
    assert_eq!(articles, 30);
    assert!(indexed > 3, "a search manifest, docs and term shards");
    assert_eq!(widgets, 1 + 30, "the site-wide widgets' file and one related file per article");
    for section in &site.sections {
        assert!(out.join(format!("section/{}/1.json", section.slug)).is_file(), "{} page 1", section.slug);
    }
    // Same input, byte-identical output.
    let first: Vec<Vec<u8>> = files_under(&out).iter().map(|p| fs::read(p).expect("bytes")).collect();
    assert!(matches!(run(&options), Outcome::Ok(_)));
    let second: Vec<Vec<u8>> = files_under(&out).iter().map(|p| fs::read(p).expect("bytes")).collect();
    assert_eq!(first, second);
    let _ = fs::remove_dir_all(out.parent().unwrap_or(&out));
}

#[test]
fn every_problem_in_every_file_is_reported_and_nothing_is_written() {
    let dir = temp("bad");
    let articles = dir.join("content/articles");
    fs::create_dir_all(&articles).expect("dirs");
    let good = fs::read_to_string(project().join("content/articles/harbour-city-opens-tidal-barrier.md"))
        .expect("demo");
    fs::write(articles.join("a.md"), good.replace("section = \"world\"", "section = \"sport\"")).expect("a");
    fs::write(articles.join("b.md"), good.replace("Mara Lindqvist", "mara lindqvist")).expect("b");
    fs::write(articles.join("c.md"), good.replace("## How", "# How")).expect("c");
    fs::write(articles.join("notes.txt"), "stray").expect("txt");
    let options = Options {
        command: Command::Build,
        content: dir.join("content"),
        site: project().join("public/site.json"),
        public: project().join("public"),
        out: dir.join("out"),
    };
    let Outcome::Invalid(problems) = run(&options) else { panic!("must fail") };
    let file = |name: &str| articles.join(name).display().to_string();
    let want = [
        format!("{}:4: section: unknown section \"sport\" (known: world, business, technology, entertainment, health, science)", file("a.md")),
        format!("{}:32: body: the headline is the title; start body headings at ##", file("c.md")),
        format!("{}: file: not an article: articles are Markdown files named <slug>.md", file("notes.txt")),
    ];
    assert_eq!(problems, want);

    // Once each file is valid alone, the checks across files run.
    fs::remove_file(articles.join("notes.txt")).expect("rm");
    fs::write(articles.join("a.md"), &good).expect("a");
    fs::write(articles.join("c.md"), &good).expect("c");
    let Outcome::Invalid(problems) = run(&options) else { panic!("must fail") };
    let clash = format!(
        "{}: author: \"mara lindqvist\" is written \"Mara Lindqvist\" in {}; use one spelling",
        file("b.md"),
        file("a.md")
    );
    assert_eq!(problems, [clash]);
    assert!(!options.out.exists(), "nothing written on errors");
    let _ = fs::remove_dir_all(&dir);
}
