//! Command line: `build` and `check`. Quiet on success (one summary line) because Trunk runs
//! it on every build; on failure, every problem on its own line so all can be fixed at once.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::ads;
use crate::catalog;
use crate::derive::{self, Stats};
use crate::output;
use crate::validate::Context;

/// Validates the Markdown articles and writes the JSON the app fetches (docs/content-format.md).
#[derive(Parser)]
#[command(name = "gazette-content")]
struct Cli {
    #[command(subcommand)]
    command: CliCommand,
}

#[derive(Subcommand)]
enum CliCommand {
    /// Validates content/articles/*.md and writes the derived JSON (replacing --out).
    Build(Paths),
    /// Validates only; writes nothing.
    Check(Paths),
    /// Imports a site's posts into --content as Markdown articles (docs/wordpress.md).
    #[command(subcommand)]
    Import(ImportSource),
}

#[derive(Subcommand)]
enum ImportSource {
    /// Reads a WordPress site's REST API: posts, categories (the site's sections), tags,
    /// authors and pictures; a re-run brings only what changed.
    Wordpress {
        /// The WordPress site's address (http:// or https://).
        url: String,
        #[command(flatten)]
        paths: Paths,
    },
}

#[derive(Args)]
struct Paths {
    /// The articles (`articles/*.md`) and the house ads (`ads.toml`).
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// The site's settings.
    #[arg(long, default_value = "public/site.json")]
    site: PathBuf,
    /// The folder the pictures the articles name are in.
    #[arg(long, default_value = "public")]
    public: PathBuf,
    /// Where the derived JSON goes.
    #[arg(long, default_value = "generated/content")]
    out: PathBuf,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Build,
    Check,
    /// `import wordpress URL`
    ImportWordPress(String),
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

/// The options from the arguments after the program's name. `--help` and mistakes come back
/// as clap's error, which prints itself with the usage (`Error::exit`).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, clap::Error> {
    let cli = Cli::try_parse_from(std::iter::once("gazette-content".to_owned()).chain(args))?;
    let (command, paths) = match cli.command {
        CliCommand::Build(paths) => (Command::Build, paths),
        CliCommand::Check(paths) => (Command::Check, paths),
        CliCommand::Import(ImportSource::Wordpress { url, paths }) => (Command::ImportWordPress(url), paths),
    };
    let Paths { content, site, public, out } = paths;
    Ok(Options { command, content, site, public, out })
}

pub fn run(options: &Options) -> Outcome {
    if let Command::ImportWordPress(url) = &options.command {
        let paths =
            crate::import::Paths { content: &options.content, site: &options.site, public: &options.public };
        return crate::import::run_cli(url, &paths);
    }
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
    let redirects = match crate::redirects::load(&options.content, &records, &site) {
        Ok(redirects) => redirects,
        Err(problems) => return invalid(problems),
    };
    let out_error =
        |message: String| Outcome::Invalid(vec![format!("{}: out: {message}", options.out.display())]);
    // Files are written as they are made (into the staging folder), never all held at once.
    let mut staging = match options.command {
        Command::Check | Command::ImportWordPress(_) => None,
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
    let redirects_written = match (staging.as_mut(), &redirects) {
        (Some(staging), Some(text)) => {
            staging.write(gazette::model::redirects::REDIRECTS_FILE, text.as_bytes())
        }
        _ => Ok(()),
    };
    if let Err(message) = redirects_written {
        return out_error(message);
    }
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
