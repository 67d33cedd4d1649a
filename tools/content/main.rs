//! `gazette-content`: validates the Markdown articles in `content/articles/` and writes the
//! JSON the app fetches (see `docs/content-format.md`). Run by Trunk before every build.

// The same deny list as the app: a tool reports bad input with the file and the reason,
// it does not crash on it. Tests may use these freely.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

mod ads;
mod catalog;
mod cli;
mod date;
mod derive;
mod errors;
mod featured;
mod front_matter;
mod images;
mod import;
mod markdown;
mod media;
mod output;
mod redirects;
mod search;
mod search_postings;
mod validate;
mod variants;
mod widgets;

use std::process::ExitCode;

fn main() -> ExitCode {
    // `--help` prints and exits 0; a mistake prints it with the usage and exits 2.
    let options = cli::parse(std::env::args().skip(1)).unwrap_or_else(|error| error.exit());
    match cli::run(&options) {
        cli::Outcome::Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        cli::Outcome::Invalid(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("gazette-content: {} problem(s) found", problems.len());
            ExitCode::FAILURE
        }
    }
}
