//! Command line: `build` and `check`. Quiet on success (one summary line) because Trunk runs
//! it on every build; on failure, every problem on its own line so all can be fixed at once.

use std::path::PathBuf;

use crate::ads;
use crate::catalog;
use crate::derive::{self, Stats};
use crate::output;
use crate::validate::Context;

pub const USAGE: &str =
    "usage: gazette-content <build|check> [--content DIR] [--site FILE] [--public DIR] [--out DIR]
  build   validate content/articles/*.md and write the derived JSON (replacing --out)
  check   validate only; write nothing
defaults: --content content  --site public/site.json  --public public  --out generated/content";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Build,
    Check,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub command: Command,
    pub content: PathBuf,
    pub site: PathBuf,
    pub public: PathBuf,
    pub out: PathBuf,
}

pub enum Outcome {
    Ok(String),
    /// Validation problems, one line each: exit status 1.
    Invalid(Vec<String>),
}

pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut args = args.into_iter();
    let command = match args.next().as_deref() {
        Some("build") => Command::Build,
        Some("check") => Command::Check,
        Some("-h" | "--help" | "help") => return Err(String::new()),
        Some(other) => return Err(format!("unknown command {other:?}")),
        None => return Err("missing command".into()),
    };
    let mut options = Options {
        command,
        content: "content".into(),
        site: "public/site.json".into(),
        public: "public".into(),
        out: "generated/content".into(),
    };
    while let Some(arg) = args.next() {
        // Both `--out DIR` and `--out=DIR`.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        let slot = match flag.as_str() {
            "--content" => &mut options.content,
            "--site" => &mut options.site,
            "--public" => &mut options.public,
            "--out" => &mut options.out,
            "-h" | "--help" => return Err(String::new()),
            _ => return Err(format!("unknown option {flag:?}")),
        };
        let value = inline.or_else(|| args.next()).filter(|v| !v.is_empty());
        *slot = value.ok_or_else(|| format!("{flag} needs a value"))?.into();
    }
    Ok(options)
}

pub fn run(options: &Options) -> Outcome {
    let invalid = |problems: Vec<crate::errors::Problem>| {
        Outcome::Invalid(problems.iter().map(ToString::to_string).collect())
    };
    let site = match catalog::load_site(&options.site) {
        Ok(site) => site,
        Err(problems) => return invalid(problems),
    };
    let cx = Context { site: &site, public: &options.public };
    // Both checked before giving up, so one run lists every problem.
    let (records, ads) =
        match (catalog::load_articles(&options.content, &cx), ads::load(&options.content, &options.public)) {
            (Ok(records), Ok(ads)) => (records, ads),
            (records, ads) => {
                let mut problems = records.err().unwrap_or_default();
                problems.extend(ads.err().unwrap_or_default());
                return invalid(problems);
            }
        };
    let out_error =
        |message: String| Outcome::Invalid(vec![format!("{}: out: {message}", options.out.display())]);
    // Files are written as they are made (into the staging folder), never all held at once.
    let mut staging = match options.command {
        Command::Check => None,
        Command::Build => match output::Staging::begin(&options.out) {
            Ok(staging) => Some(staging),
            Err(message) => return out_error(message),
        },
    };
    let mut write_error = None;
    let derived = derive::derive_into(&records, &site, &ads, &mut |path, bytes| {
        let Some(staging) = staging.as_mut() else { return Ok(()) };
        staging.write(&path, &bytes).inspect_err(|message| write_error = Some(message.clone()))
    });
    let stats = match (derived, write_error) {
        (_, Some(message)) => return out_error(message),
        (Err(message), None) => return Outcome::Invalid(vec![message]),
        (Ok(stats), None) => stats,
    };
    let counts = counts(&stats);
    match staging {
        None => Outcome::Ok(format!("gazette-content: {counts}: ok (check only, nothing written)")),
        Some(staging) => match staging.finish() {
            Ok(()) => Outcome::Ok(format!("gazette-content: {counts} -> {}", options.out.display())),
            Err(message) => out_error(message),
        },
    }
}

fn counts(stats: &Stats) -> String {
    format!(
        "{} articles, {} sections, {} tags, {} authors",
        stats.articles, stats.sections, stats.tags, stats.authors
    )
}

#[cfg(test)]
#[path = "tests/cli.rs"]
mod tests;
