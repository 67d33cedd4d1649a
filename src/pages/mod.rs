//! One file per route.

pub mod archive;
pub mod article;
pub mod copy;
pub mod home;
pub mod not_found;
pub mod saved;
pub mod search;
