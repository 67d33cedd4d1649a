//! Writing the derived files. The out dir is replaced wholesale so deleted articles vanish;
//! files are written to a staging folder first, so a failed write never leaves the app a
//! half-built archive, and a folder that holds anything we did not write is never deleted.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What the tool writes at the top of the out dir; anything else means a wrong `--out`.
const OURS: [&str; 8] = [
    "home.json",
    "articles",
    "section",
    "tag",
    "author",
    "widgets",
    "search",
    gazette::model::redirects::REDIRECTS_FILE,
];

/// All at once, for tests; a build writes through `Staging` as it goes.
#[cfg(test)]
pub fn replace_dir(out: &Path, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let mut staging = Staging::begin(out)?;
    for (relative, bytes) in files {
        staging.write(relative, bytes)?;
    }
    staging.finish()
}

/// A build in progress: files are written into `<out>.partial` as they are made, and only
/// `finish` swaps it in for the out dir. Dropped unfinished (a failed build), it removes the
/// staging folder and leaves the out dir as it was.
pub struct Staging {
    out: PathBuf,
    staging: PathBuf,
    /// The last folder created, so the thousands of files in one folder create it once.
    made: Option<PathBuf>,
    finished: bool,
}

impl Staging {
    /// Refuses a foreign out dir before anything is written.
    pub fn begin(out: &Path) -> Result<Self, String> {
        let staging = staging_path(out)?;
        check_ours(out)?;
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(context("remove", &staging))?;
        }
        Ok(Staging { out: out.to_path_buf(), staging, made: None, finished: false })
    }

    pub fn write(&mut self, relative: &str, bytes: &[u8]) -> Result<(), String> {
        let path = self.staging.join(relative);
        if let Some(parent) = path.parent() {
            if self.made.as_deref() != Some(parent) {
                fs::create_dir_all(parent).map_err(context("create", parent))?;
                self.made = Some(parent.to_path_buf());
            }
        }
        fs::write(&path, bytes).map_err(context("write", &path))
    }

    pub fn finish(mut self) -> Result<(), String> {
        // Checked again: something foreign may have appeared in the out dir during the build.
        check_ours(&self.out)?;
        if !self.staging.exists() {
            fs::create_dir_all(&self.staging).map_err(context("create", &self.staging))?;
        }
        // From here on the staging folder may be the only copy: keep it whatever happens.
        self.finished = true;
        if self.out.exists() {
            fs::remove_dir_all(&self.out).map_err(context("remove", &self.out))?;
        }
        fs::rename(&self.staging, &self.out).map_err(context("create", &self.out))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// A sibling of the out dir (same file system, so the final rename is cheap).
fn staging_path(out: &Path) -> Result<PathBuf, String> {
    let name = out
        .file_name()
        .ok_or_else(|| format!("--out {} must name a folder, like generated/content", out.display()))?;
    let mut staging = name.to_os_string();
    staging.push(".partial");
    Ok(out.with_file_name(staging))
}

fn check_ours(out: &Path) -> Result<(), String> {
    if !out.exists() {
        return Ok(());
    }
    let entries = fs::read_dir(out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    for entry in entries {
        let name = entry.map_err(|e| format!("cannot read {}: {e}", out.display()))?.file_name();
        if !OURS.iter().any(|ours| name == *ours) {
            return Err(format!(
                "refusing to replace {}: it holds {:?}, which this tool did not write (is --out right?)",
                out.display(),
                name
            ));
        }
    }
    Ok(())
}

/// An io error with the action and the path, for the one-line report.
fn context<'a>(what: &'a str, path: &'a Path) -> impl FnOnce(io::Error) -> String + 'a {
    move |e| format!("cannot {what} {}: {e}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_dir_and_refuses_foreign_ones() {
        let root = std::env::temp_dir().join(format!("gazette-output-{}", std::process::id()));
        let out = root.join("content");
        let file = |path: &str| (path.to_owned(), b"{}".to_vec());
        replace_dir(&out, &[file("home.json"), file("articles/old.json")]).expect("first build");
        replace_dir(&out, &[file("home.json"), file("articles/new.json")]).expect("second build");
        assert!(out.join("articles/new.json").is_file());
        assert!(!out.join("articles/old.json").exists(), "deleted articles disappear");
        assert!(!root.join("content.partial").exists());

        let foreign = root.join("public");
        fs::create_dir_all(&foreign).expect("dir");
        fs::write(foreign.join("site.json"), "{}").expect("file");
        let refused = replace_dir(&foreign, &[file("home.json")]).expect_err("must refuse");
        assert!(refused.contains("refusing to replace"), "{refused}");
        assert!(foreign.join("site.json").is_file(), "nothing deleted");
        assert!(replace_dir(Path::new("."), &[]).is_err());
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn an_unfinished_build_leaves_the_out_dir_alone() {
        let root = std::env::temp_dir().join(format!("gazette-staging-{}", std::process::id()));
        let out = root.join("content");
        replace_dir(&out, &[("home.json".to_owned(), b"old".to_vec())]).expect("first build");
        let mut staging = Staging::begin(&out).expect("begin");
        staging.write("articles/new.json", b"{}").expect("write");
        assert!(root.join("content.partial/articles/new.json").is_file(), "written as it goes");
        drop(staging);
        assert!(!root.join("content.partial").exists(), "staging removed");
        assert_eq!(fs::read(out.join("home.json")).expect("kept"), b"old");
        let _ = fs::remove_dir_all(&root);
    }
}
