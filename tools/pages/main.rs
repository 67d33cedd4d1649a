//! `gazette-pages`: pages as static HTML, drawn by the app's own components (`gazette::pages::
//! copy`, rendered natively) from the derived JSON the app fetches, decoded with the app's own
//! types. This tool only loads the JSON, renders, and puts the result into the built
//! `index.html`; it writes no markup of its own for anything a component draws.
//!
//! ```text
//! gazette-pages prerender [DIST]               # static copies of pages inside the built app
//! gazette-pages syndicate [DIST]               # robots.txt, sitemaps and feeds
//! gazette-pages webapp [DIST]                 # manifest.webmanifest and its PNG icons
//! gazette-pages twin [--dist DIST] --out DIR SLUG...   # DIR/SLUG.html, no script (benchmark)
//! ```

// The same deny list as the app: a tool reports bad input with the file and the reason,
// it does not crash on it. Tests may use these freely.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

mod feeds;
mod html;
mod prerender;
mod redirects;
mod render;
mod shell;
mod sitemap;
mod syndicate;
mod twin;
mod webapp;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use gazette::model::article::Article;
use gazette::model::decode::decode;

use shell::{read_index, Shell};

/// Pages as static HTML, drawn by the app's own components.
#[derive(Parser)]
#[command(name = "gazette-pages")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes static copies of the front page, archives and the newest articles into the built
    /// app DIST: DIST/index.html, DIST/article/SLUG.html, DIST/section/SLUG.html... and
    /// DIST/404.html as the bare app. Run scripts/reconfigure.sh DIST after it (the
    /// post-build hook does) so that each page's policy names its scripts.
    Prerender {
        /// The built app.
        #[arg(default_value = "dist")]
        dist: PathBuf,
        /// How many of the newest articles get a whole copy; older ones get the top of the
        /// story (headline, standfirst, byline, picture) and the app draws the rest.
        #[arg(long, env = "GAZETTE_PRERENDER_LATEST", default_value_t = 1000)]
        latest: usize,
    },
    /// Writes what crawlers and feed readers ask for into the built site DIST, every address
    /// absolute under site.json `url`: robots.txt, sitemap.xml (a sitemap index of
    /// sitemaps/N.xml past 50,000 URLs or 50 MB), sitemap-news.xml (the articles of the 48
    /// hours before now; not written when there are none) and the RSS, Atom and JSON feeds of
    /// the site and of each section (feeds/...). Run it before scripts/reconfigure.sh (the
    /// post-build hook does) so that they get compressed copies.
    Syndicate {
        /// The built app.
        #[arg(default_value = "dist")]
        dist: PathBuf,
        /// The time the news sitemap's 48 hours end at (RFC 3339); the system clock by default.
        #[arg(long, env = "GAZETTE_NOW")]
        now: Option<String>,
        /// URLs a sitemap file may hold before it is split (tests; the protocol's 50,000).
        #[arg(long, env = "GAZETTE_SITEMAP_LIMIT", hide = true, value_parser = clap::value_parser!(u32).range(1..))]
        sitemap_limit: Option<u32>,
        /// Bytes a sitemap file may hold before it is split (tests; the protocol's 50 MiB).
        #[arg(long, env = "GAZETTE_SITEMAP_BYTES", hide = true, value_parser = clap::value_parser!(u32).range(1..))]
        sitemap_bytes: Option<u32>,
    },
    /// Writes DIST/manifest.webmanifest (the installable app: name, start URL and scope under
    /// the base) and DIST/icons/*.png, drawn from the icon index.html links.
    Webapp {
        /// The built app.
        #[arg(default_value = "dist")]
        dist: PathBuf,
    },
    /// Writes OUT/SLUG.html: the article as static HTML with the site's CSS and no script (the
    /// benchmark's twin).
    Twin {
        /// The built app.
        #[arg(long, default_value = "dist")]
        dist: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// The articles.
        #[arg(required = true)]
        slugs: Vec<String>,
    },
}

fn main() -> ExitCode {
    let command = Cli::parse().command;
    let outcome = match command {
        Command::Prerender { dist, latest } => {
            prerender::run(&dist, latest).map(|summary| println!("{summary}"))
        }
        Command::Syndicate { dist, now, sitemap_limit, sitemap_bytes } => {
            let protocol = sitemap::PROTOCOL_LIMITS;
            let limits = sitemap::Limits {
                urls: sitemap_limit.map_or(protocol.urls, |n| n as usize),
                bytes: sitemap_bytes.map_or(protocol.bytes, |n| n as usize),
            };
            syndicate::clock(now.as_deref())
                .and_then(|now| syndicate::run(&dist, limits, now))
                .map(|summary| println!("{summary}"))
        }
        Command::Webapp { dist } => webapp::run(&dist).map(|summary| println!("{summary}")),
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

fn twins(dist: &Path, out: &Path, slugs: &[String]) -> Result<(), String> {
    let shell = Shell::open(dist, &read_index(dist)?)?;
    for slug in slugs {
        let article: Article = load(&shell.content_file(&format!("articles/{slug}.json")))?;
        write(&out.join(format!("{slug}.html")), &shell.twin_page(article))?;
    }
    Ok(())
}
