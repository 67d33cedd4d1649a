//! Progress: on a terminal, a bar with posts done of `X-WP-Total`, the rate and the time left
//! (indicatif); otherwise (a log, CI) one line each 10 %, so a log stays short.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress {
    bar: Option<ProgressBar>,
    total: u64,
    done: u64,
    /// The last tenth reported on a plain output.
    tenth: u64,
}

impl Progress {
    pub fn new(total: u64) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{bar:30} {pos}/{len} posts  {per_sec}  {eta} left")
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Progress { bar, total, done: 0, tenth: 0 }
    }

    pub fn advance(&mut self, posts: u64) {
        self.done += posts;
        match &self.bar {
            Some(bar) => bar.set_position(self.done),
            None if self.total > 0 => {
                let tenth = (self.done * 10 / self.total).min(10);
                if tenth > self.tenth {
                    self.tenth = tenth;
                    eprintln!(
                        "gazette-content: import: {}% ({} of {} posts)",
                        tenth * 10,
                        self.done,
                        self.total
                    );
                }
            }
            None => {}
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
