//! Reusable view pieces. Pages (`src/pages/`) put them together; logic they need lives in
//! `crate::model` so it is tested without a browser.

pub mod article_body;
pub mod article_card;
pub mod async_view;
pub mod body_blocks;
pub mod breadcrumb;
pub mod comments;
pub mod date;
pub mod error_view;
pub mod figure;
pub mod in_browser;
pub mod inline;
pub mod layout;
pub mod media_query;
pub mod offline;
pub mod page_head;
pub mod page_heading;
pub mod pagination_nav;
pub mod required_context;
pub mod search_form;
pub mod share;
pub mod site_context;
pub mod theme;
pub mod widgets;
