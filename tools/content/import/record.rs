//! Recording the server's answers for the unit tests (`GAZETTE_IMPORT_RECORD=DIR`, used by
//! `scripts/wordpress/record.sh`): each answer's body in a file of its own and an index of
//! URL, status and the headers the import reads, so the tests replay a real WordPress's
//! responses instead of hand-written JSON.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::client::Response;

/// The index file in the recording folder.
pub const INDEX: &str = "index.json";
/// The headers kept: those the import reads.
pub const HEADERS: [&str; 4] = ["x-wp-total", "x-wp-totalpages", "retry-after", "content-type"];

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Recorded {
    pub url: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The body's file name in the folder.
    pub body: String,
}

pub struct Recorder {
    folder: PathBuf,
}

impl Recorder {
    /// From `GAZETTE_IMPORT_RECORD`, when set.
    pub fn from_env() -> Option<Recorder> {
        std::env::var_os("GAZETTE_IMPORT_RECORD").map(|folder| Recorder { folder: folder.into() })
    }

    pub fn save(&self, url: &str, response: &Response) -> Result<(), String> {
        let index_path = self.folder.join(INDEX);
        let mut index: Vec<Recorded> = std::fs::read_to_string(&index_path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        let extension = match url.rsplit_once('.').map(|(_, ext)| ext) {
            Some(ext @ ("jpg" | "jpeg" | "png" | "gif" | "webp" | "svg")) => ext.to_owned(),
            _ if response.header("content-type").is_some_and(|t| t.contains("json")) => "json".to_owned(),
            _ => "txt".to_owned(),
        };
        let body = match index.iter().find(|r| r.url == url) {
            Some(known) => known.body.clone(),
            None => format!("{:03}.{extension}", index.len() + 1),
        };
        std::fs::create_dir_all(&self.folder).map_err(|e| e.to_string())?;
        std::fs::write(self.folder.join(&body), &response.body).map_err(|e| e.to_string())?;
        let headers = response
            .headers
            .iter()
            .filter(|(name, _)| HEADERS.contains(&name.to_ascii_lowercase().as_str()))
            .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
            .collect();
        let entry = Recorded { url: url.to_owned(), status: response.status, headers, body };
        index.retain(|r| r.url != url);
        index.push(entry);
        let text = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())?;
        std::fs::write(index_path, text + "\n").map_err(|e| e.to_string())
    }
}
