//! The README's rule table is the rule table: docs and code read the same data.

#[test]
fn readme_rule_table_is_current() {
    let readme = include_str!("../README.md");
    let table = readme
        .split("<!-- rules:begin -->\n")
        .nth(1)
        .and_then(|rest| rest.split("<!-- rules:end -->").next())
        .expect("README has the rules markers");
    assert_eq!(
        table,
        dechrome::rules::markdown_table(),
        "regenerate the README table with `dechrome --rules`"
    );
}

#[test]
fn every_rule_code_is_unique() {
    let mut codes: Vec<&str> = dechrome::rules::all().map(|r| r.code).collect();
    let n = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), n);
}
