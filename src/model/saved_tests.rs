use super::*;
use crate::model::decode::decode;

fn story(slug: &str, files: &[&str]) -> SavedStory {
    SavedStory {
        slug: slug.into(),
        title: format!("Story {slug}"),
        standfirst: String::new(),
        saved_at: "2026-12-01T10:00:00Z".into(),
        files: files.iter().map(|file| (*file).to_owned()).collect(),
    }
}

#[test]
fn newest_first_and_never_twice() {
    let list = with_story(&[], story("a", &[]));
    let list = with_story(&list, story("b", &[]));
    let list = with_story(&list, story("a", &[]));
    let slugs: Vec<_> = list.iter().map(|story| story.slug.as_str()).collect();
    assert_eq!(slugs, ["a", "b"]);
}

#[test]
fn removing_keeps_the_files_another_story_needs() {
    let list = vec![story("a", &["/a.json", "/shared.png"]), story("b", &["/b.json", "/shared.png"])];
    let (kept, files) = without_story(&list, "a");
    assert_eq!(kept, vec![story("b", &["/b.json", "/shared.png"])]);
    assert_eq!(files, vec!["/a.json".to_owned()]);
    let (kept, files) = without_story(&kept, "missing");
    assert_eq!((kept.len(), files.len()), (1, 0));
}

#[test]
fn a_list_that_cannot_be_read_is_empty() {
    assert!(parse_list(None).is_empty());
    assert!(parse_list(Some("{not json")).is_empty());
    assert!(parse_list(Some(r#"[{"slug": 3}]"#)).is_empty());
    let text = serde_json::to_string(&[story("a", &["/x"])]).unwrap();
    assert_eq!(parse_list(Some(&text)), vec![story("a", &["/x"])]);
}

#[test]
fn a_story_keeps_its_json_and_own_pictures_under_the_base() {
    let json = r#"{"format":1,"slug":"tide","title":"Tide","standfirst":"s",
        "section":{"slug":"world","name":"World"},"author":{"slug":"a","name":"A"},
        "published":"2026-01-01T00:00:00Z","readingMinutes":1,
        "image":{"src":"images/tide.svg","alt":"","width":1200,"height":600,
                 "variants":[{"src":"images/tide-640.svg","width":640}]},
        "body":[{"type":"image","image":{"src":"https://elsewhere.example/x.jpg","alt":"","width":1,"height":1}},
                {"type":"image","image":{"src":"images/tide.svg","alt":"","width":1,"height":1}}]}"#;
    let article: Article = decode(json).unwrap();
    let files = story_files(&article, &Links::new("/news/"), "/news/content/articles/tide.json");
    assert_eq!(
        files,
        ["/news/content/articles/tide.json", "/news/images/tide.svg", "/news/images/tide-640.svg"]
    );
}

#[test]
fn a_story_keeps_the_pictures_of_its_galleries() {
    let json = r#"{"format":1,"slug":"tide","title":"Tide","standfirst":"s",
        "section":{"slug":"world","name":"World"},"author":{"slug":"a","name":"A"},
        "published":"2026-01-01T00:00:00Z","readingMinutes":1,
        "body":[{"type":"gallery","images":[
                  {"src":"images/north.svg","alt":"","width":1,"height":1},
                  {"src":"https://elsewhere.example/x.jpg","alt":"","width":1,"height":1,
                   "variants":[{"src":"https://elsewhere.example/x-300.jpg","width":300}]},
                  {"src":"images/south.svg","alt":"","width":1,"height":1}]}]}"#;
    let article: Article = decode(json).unwrap();
    let files = story_files(&article, &Links::new("/"), "/content/articles/tide.json");
    assert_eq!(files, ["/content/articles/tide.json", "/images/north.svg", "/images/south.svg"]);
}
