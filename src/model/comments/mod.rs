//! Comments: Isso's and WordPress's data, the sanitiser for its HTML, validation, drafts and thread state.

pub mod entities;
mod html_tokens;
pub mod isso;
pub mod sanitize;
pub mod thread;
pub mod validation;
pub mod wordpress;
