//! The real `gazette-content` binary, as Trunk's pre-build hook runs it: one quiet summary
//! line and status 0 on the demo content; every problem on stderr and status 1 otherwise.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use gazette::model::decode::decode;
use gazette::model::listing::Home;

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("gazette-tool-{name}-{}", std::process::id()))
}

fn tool() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gazette-content"));
    // The project root, where Trunk runs the tool.
    command.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    command
}

#[test]
fn builds_the_demo_content_quietly() {
    let out = temp("demo").join("content");
    let run = tool().args(["build", "--out"]).arg(&out).output().expect("tool runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "stderr: {}", String::from_utf8_lossy(&run.stderr));
    assert!(run.stderr.is_empty());
    assert_eq!(stdout.lines().count(), 1, "one summary line: {stdout}");
    assert!(stdout.starts_with("gazette-content: 30 articles, 6 sections, "), "{stdout}");
    let home = std::fs::read_to_string(out.join("home.json")).expect("home written");
    let home: Home = decode(&home).expect("the app can read home.json");
    assert_eq!(home.sections.len(), 6);
    let _ = std::fs::remove_dir_all(out.parent().unwrap_or(&out));
}

#[test]
fn check_reports_every_problem_and_fails() {
    let dir = temp("bad");
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).expect("dirs");
    std::fs::write(articles.join("one.md"), "no front matter\n").expect("one");
    std::fs::write(articles.join("two.md"), "+++\ntitle = \"T\"\n+++\n<p>x</p>\n").expect("two");
    let run = tool().arg("check").arg("--content").arg(&dir).output().expect("tool runs");
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&run.stderr);
    let one = articles.join("one.md").display().to_string();
    let two = articles.join("two.md").display().to_string();
    assert!(stderr.contains(&format!("{one}:1: front matter: ")), "{stderr}");
    assert!(stderr.contains(&format!("{two}:4: body: raw HTML is not allowed")), "{stderr}");
    for field in ["standfirst", "section", "author", "published"] {
        assert!(stderr.contains(&format!("{two}: {field}: missing (required)")), "{field}: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_usage_is_status_2() {
    let run = tool().arg("publish").output().expect("tool runs");
    assert_eq!(run.status.code(), Some(2));
}
