//! Writing the derived files. The out dir is replaced wholesale so deleted articles vanish;
//! files are written to a staging folder first, so a failed write never leaves the app a
//! half-built archive, and a folder that holds anything we did not write is never deleted.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What the tool writes at the top of the out dir; anything else means a wrong `--out`.
const OURS: [&str; 6] = ["home.json", "articles", "section", "tag", "author", "widgets"];

pub fn replace_dir(out: &Path, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let staging = staging_path(out)?;
    check_ours(out)?;
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(context("remove", &staging))?;
    }
    for (relative, bytes) in files {
        let path = staging.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(context("create", parent))?;
        }
        fs::write(&path, bytes).map_err(context("write", &path))?;
    }
    if out.exists() {
        fs::remove_dir_all(out).map_err(context("remove", out))?;
    }
    fs::rename(&staging, out).map_err(context("create", out))
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
}
