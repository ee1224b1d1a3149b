//! Template tests: the built-in templates filled from a hand-written context, the
//! placeholder language, overrides from the config dir, and malformed input.

use chrono::NaiveDate;
use scsdash::editor::template::{
    builtin_template, load_template, new_draft_text, render, template_kind, ActionCtx, TeamCtx, TemplateContext,
    TenderCtx,
};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn weekly_ctx() -> TemplateContext {
    let mut ctx = TemplateContext::new("community-call", "SCS Tech Weekly", date());
    ctx.minute_taker = Some("@fkr".into());
    ctx.new_members = vec!["Erika Mustermann (B1)".into()];
    ctx.teams = vec![
        TeamCtx {
            name: "Container".into(),
            minutes_url: Some("https://github.com/SovereignCloudStack/minutes/blob/main/container/20261120.md".into()),
            open_actions: vec![ActionCtx { owners: "@garloff".into(), text: "open an issue against csctl".into() }],
        },
        TeamCtx { name: "IaaS".into(), minutes_url: None, open_actions: vec![] },
    ];
    ctx.open_tenders = vec![
        TenderCtx {
            id: "VP12".into(),
            title: "Health monitoring".into(),
            status: "Offers are being evaluated.".into(),
        },
        TenderCtx {
            id: "VP06a-2".into(),
            title: "Container Network Integration".into(),
            status: "B1 Systems onboarded".into(),
        },
    ];
    ctx
}

fn index_of(hay: &str, needle: &str) -> usize {
    hay.find(needle).unwrap_or_else(|| panic!("missing {needle:?} in:\n{hay}"))
}

#[test]
fn tech_weekly_has_the_real_structure_in_order() {
    let out = render(builtin_template("community-call"), &weekly_ctx());
    assert!(out.starts_with("# SCS Tech Weekly 2026-11-26\n"), "{out}");
    let order = [
        "## Meta",
        "- Minutes: @fkr",
        "### Introduction of new Members",
        "- Welcome Erika Mustermann (B1)",
        "## Team updates",
        "### Team Container",
        "Minutes: https://github.com/SovereignCloudStack/minutes/blob/main/container/20261120.md",
        "- [ ] @garloff: open an issue against csctl",
        "### Team IaaS",
        "## AOB",
        "### Tenders",
        "- VP12 (Health monitoring): Offers are being evaluated.",
        "- VP06a-2 (Container Network Integration): B1 Systems onboarded",
        "### Hackathons",
        "## Lighting talk",
    ];
    let mut last = 0;
    for s in order {
        let i = index_of(&out, s);
        assert!(i >= last, "{s:?} out of order in:\n{out}");
        last = i;
    }
    // The IaaS team has no link: an empty "Minutes: " line, not a stray placeholder.
    assert!(out.contains("### Team IaaS\n\nMinutes: \n"), "{out}");
    assert!(!out.contains("{{"), "placeholders left:\n{out}");
    // The Container team's action stays inside its own section.
    let container = index_of(&out, "### Team Container");
    let iaas = index_of(&out, "### Team IaaS");
    let action = index_of(&out, "- [ ] @garloff");
    assert!(container < action && action < iaas);
}

#[test]
fn team_template_carries_pending_action_items() {
    let mut ctx = TemplateContext::new("container", "Team Container", date());
    ctx.minute_taker = Some("@garloff".into());
    ctx.pending_actions = vec![
        ActionCtx { owners: "@garloff".into(), text: "Create issue to build good solution".into() },
        ActionCtx { owners: "@matofeder, @jschoone".into(), text: "review the scheduling proposal".into() },
    ];
    assert_eq!(template_kind("container"), "team");
    let out = new_draft_text(&ctx, None);
    assert!(out.starts_with("# Team Container 2026-11-26\n"), "{out}");
    let pending = index_of(&out, "## Pending action items\n");
    let a = index_of(&out, "- [ ] @garloff: Create issue to build good solution\n");
    let b = index_of(&out, "- [ ] @matofeder, @jschoone: review the scheduling proposal\n");
    let agenda = index_of(&out, "## Agenda");
    assert!(pending < a && a < b && b < agenda, "{out}");
    assert!(!out.contains("- none"), "{out}");

    ctx.pending_actions.clear();
    let empty = new_draft_text(&ctx, None);
    assert!(empty.contains("## Pending action items\n\n- none\n"), "{empty}");
}

#[test]
fn kinds_and_default_template() {
    assert_eq!(template_kind("community-call"), "community-call");
    assert_eq!(template_kind("sig-monitoring"), "team");
    assert_eq!(template_kind("board"), "default");
    let ctx = TemplateContext::new("board", "Board", date());
    let out = new_draft_text(&ctx, None);
    assert!(out.starts_with("# Board 2026-11-26\n"), "{out}");
    assert!(!out.contains("{{"));
}

#[test]
fn placeholder_language() {
    let ctx = weekly_ctx();
    assert_eq!(
        render("{{date}} {{date_compact}} {{year}} {{series}}", &ctx),
        "2026-11-26 20261126 2026 community-call"
    );
    // Missing values are empty; unknown sections render nothing.
    assert_eq!(render("a{{nope}}b{{#nothing}}x{{/nothing}}c", &ctx), "abc");
    // Inline sections, nested lists, outer values visible inside.
    assert_eq!(
        render("{{#teams}}[{{name}}:{{#actions}}{{owners}}/{{series}};{{/actions}}]{{/teams}}", &ctx),
        "[Container:@garloff/community-call;][IaaS:]"
    );
    // Inverted sections and value sections.
    assert_eq!(render("{{^pending_actions}}none{{/pending_actions}}", &ctx), "none");
    assert_eq!(render("{{#minute_taker}}by {{minute_taker}}{{/minute_taker}}", &ctx), "by @fkr");
    let mut no_taker = ctx.clone();
    no_taker.minute_taker = None;
    assert_eq!(render("{{#minute_taker}}by {{minute_taker}}{{/minute_taker}}", &no_taker), "");
    assert_eq!(render("{{#new_members}}{{.}}{{/new_members}}", &ctx), "Erika Mustermann (B1)");
    // Standalone tag lines vanish; comments too.
    assert_eq!(
        render("a\n{{! note }}\n  {{#tenders}}  \n- {{id}}\n{{/tenders}}\nb\n", &ctx),
        "a\n- VP12\n- VP06a-2\nb\n"
    );
}

#[test]
fn values_are_single_line_and_without_control_characters() {
    let mut ctx = weekly_ctx();
    ctx.minute_taker = Some("evil\x1b[2J\nname".into());
    let out = render("{{minute_taker}}", &ctx);
    assert!(!out.contains('\x1b') && !out.contains('\n'), "{out:?}");
}

#[test]
fn malformed_templates_never_panic_and_stay_literal() {
    let ctx = weekly_ctx();
    assert_eq!(render("x {{#teams}} y", &ctx), "x {{#teams}} y");
    assert_eq!(render("x {{/teams}} y", &ctx), "x {{/teams}} y");
    assert_eq!(render("x {{date", &ctx), "x {{date");
    assert_eq!(render("{{}}", &ctx), "{{}}");
    assert_eq!(render("{{#teams}}{{name}}{{/tenders}}", &ctx), "{{#teams}}{{/tenders}}");
    // Deep nesting and odd bytes.
    let deep = "{{#teams}}".repeat(500) + &"{{/teams}}".repeat(500);
    let _ = render(&deep, &ctx);
    for t in ["{{", "}}", "{{{{}}}}", "{{#}}{{/}}", "{{^}}", "{{#ä}}ü{{/ä}}", "{{\u{1F600}}}", "\u{0}{{date}}"] {
        let _ = render(t, &ctx);
    }
    assert_eq!(render("{{\u{1F600}}}", &ctx), "");
}

#[test]
fn config_dir_overrides_builtin() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("templates");
    std::fs::create_dir_all(&t).unwrap();
    std::fs::write(t.join("iaas.md"), "IAAS {{date}}").unwrap();
    std::fs::write(t.join("team.md"), "TEAM {{series}}").unwrap();
    assert_eq!(load_template("iaas", Some(dir.path())), "IAAS {{date}}");
    assert_eq!(load_template("container", Some(dir.path())), "TEAM {{series}}");
    assert_eq!(load_template("community-call", Some(dir.path())), builtin_template("community-call"));
    // An unsafe series name never reads outside the templates folder.
    std::fs::write(dir.path().join("secret.md"), "SECRET").unwrap();
    assert_ne!(load_template("../secret", Some(dir.path())), "SECRET");
}

#[test]
fn user_override_fixture_renders_as_expected() {
    let template = include_str!("fixtures/editor/team-override.md");
    let expected = include_str!("fixtures/editor/team-override.expected.md");
    let mut ctx = TemplateContext::new("iaas", "Team IaaS", NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    ctx.minute_taker = Some("@berendt".into());
    ctx.pending_actions = vec![
        ActionCtx { owners: "@berendt".into(), text: "update the flavor standard".into() },
        ActionCtx { owners: "@fzakfeld".into(), text: "draft the IPv6 standard".into() },
    ];
    ctx.open_tenders = vec![TenderCtx {
        id: "VP12".into(),
        title: "Health monitoring".into(),
        status: "Offers are being evaluated.".into(),
    }];
    ctx.teams = vec![TeamCtx { name: "Ops".into(), minutes_url: None, open_actions: vec![] }];
    assert_eq!(render(template, &ctx), expected);
}

#[test]
fn an_action_item_without_owners_has_no_stray_colon() {
    // Found in the tmux walk-through on the real minutes (Team IaaS,
    // 2023-07-19): "- [ ] : Adjust standard".
    for series in ["container", "community-call", "sig-something"] {
        let mut ctx = TemplateContext::new(series, "Some Team", date());
        ctx.pending_actions = vec![
            ActionCtx { owners: String::new(), text: "Adjust standard".into() },
            ActionCtx { owners: "@garloff".into(), text: "explain".into() },
        ];
        ctx.teams = vec![TeamCtx { open_actions: ctx.pending_actions.clone(), ..TeamCtx::default() }];
        let out = new_draft_text(&ctx, None);
        assert!(!out.contains("- [ ] : "), "{series}:\n{out}");
        if out.contains("Adjust standard") {
            assert!(out.contains("- [ ] Adjust standard\n") && out.contains("- [ ] @garloff: explain\n"), "{out}");
        }
    }
}
