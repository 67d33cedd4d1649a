//! `gazette-pages`: pages as static HTML, rendered from the derived JSON the app fetches and
//! decoded with the app's own `gazette::model` types, so the copy and the app cannot read the
//! JSON differently. The markup mirrors the app's layout, pages and components, so the same CSS
//! lays it out the same way; parts the app fills in from other requests (ticker headlines,
//! sidebar widgets, related links, comments) are left out.
//!
//! ```text
//! gazette-pages prerender [DIST]               # static copies of pages inside the built app
//! gazette-pages twin [--dist DIST] --out DIR SLUG...   # DIR/SLUG.html, no script (benchmark)
//! ```

mod article;
mod html;
mod listing;
mod prerender;
mod shell;
mod twin;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gazette::model::article::Article;
use gazette::model::decode::decode;
use gazette::model::site::SiteConfig;

use shell::Shell;

const USAGE: &str = "usage:
  gazette-pages prerender [DIST]
      writes static copies of the front page, archives and the newest articles into the built
      app DIST (default dist): DIST/index.html, DIST/article/SLUG.html, DIST/section/SLUG.html...
      and DIST/404.html as the bare app. GAZETTE_PRERENDER_LATEST=N caps the articles (1000).
      The copies start the app with their own loader: run scripts/reconfigure.sh DIST after it
      (the post-build hook does) so that each page's policy names its scripts.
  gazette-pages twin [--dist DIST] --out DIR SLUG...
      writes DIR/SLUG.html: the article as static HTML with the site's CSS and no script";

enum Command {
    Prerender { dist: PathBuf, latest: usize },
    Twin { dist: PathBuf, out: PathBuf, slugs: Vec<String> },
}

fn parse(args: Vec<String>) -> Result<Command, String> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("prerender") => {
            let dist = args.next().map_or_else(|| PathBuf::from("dist"), PathBuf::from);
            if let Some(extra) = args.next() {
                return Err(format!("unexpected argument {extra:?}"));
            }
            let latest = match std::env::var("GAZETTE_PRERENDER_LATEST") {
                Ok(value) => value
                    .trim()
                    .parse()
                    .map_err(|_| format!("GAZETTE_PRERENDER_LATEST must be a number, not {value:?}"))?,
                Err(_) => 1000,
            };
            Ok(Command::Prerender { dist, latest })
        }
        Some("twin") => {
            let mut dist = PathBuf::from("dist");
            let mut out = None;
            let mut slugs = Vec::new();
            while let Some(arg) = args.next() {
                match arg.as_str() {
                    "--dist" => dist = args.next().ok_or("--dist needs a value")?.into(),
                    "--out" => out = Some(PathBuf::from(args.next().ok_or("--out needs a value")?)),
                    flag if flag.starts_with('-') => return Err(format!("unknown option {flag:?}")),
                    slug => slugs.push(slug.to_owned()),
                }
            }
            let out = out.ok_or("--out is required")?;
            if slugs.is_empty() {
                return Err("name at least one article slug".into());
            }
            Ok(Command::Twin { dist, out, slugs })
        }
        Some("-h" | "--help") => Err(String::new()),
        Some(other) => Err(format!("unknown command {other:?}")),
        None => Err("name a command".into()),
    }
}

fn main() -> ExitCode {
    let command = match parse(std::env::args().skip(1).collect()) {
        Ok(command) => command,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("gazette-pages: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let outcome = match command {
        Command::Prerender { dist, latest } => {
            prerender::run(&dist, latest).map(|summary| println!("{summary}"))
        }
        Command::Twin { dist, out, slugs } => twins(&dist, &out, &slugs),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gazette-pages: {message}");
            ExitCode::FAILURE
        }
    }
}

pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub fn write(path: &Path, bytes: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A JSON file decoded with the app's decoder; errors name the file.
pub fn load<T: serde::de::DeserializeOwned + gazette::model::decode::Versioned>(
    path: &Path,
) -> Result<T, String> {
    decode(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))
}

/// The site and the page shell of a built `dist/`.
pub fn open_site(dist: &Path, index: &str) -> Result<(Shell, PathBuf), String> {
    let site: SiteConfig = load(&dist.join("site.json"))?;
    let shell = Shell::from_index(index, &site)?;
    let content = dist.join(site.content_path.trim_matches('/'));
    Ok((shell, content))
}

fn twins(dist: &Path, out: &Path, slugs: &[String]) -> Result<(), String> {
    let index = read(&dist.join("index.html"))?;
    let (shell, content) = open_site(dist, &index)?;
    for slug in slugs {
        let article: Article = load(&content.join("articles").join(format!("{slug}.json")))?;
        write(&out.join(format!("{slug}.html")), &shell.twin_page(&article))?;
    }
    Ok(())
}
