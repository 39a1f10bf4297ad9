//! Names another writer put straight into Boulder's table, not in the
//! canonical form this project writes: a visitor can still tick and
//! unpause each, on every backend.

use reqwest::StatusCode;

use crate::helpers::*;

db_tests!(names_written_straight_into_the_table_can_be_ticked_and_unpaused);

const ODD: [&str; 3] = ["Mixed.Example", "trailing.example.", "under_score.example"];

async fn names_written_straight_into_the_table_can_be_ticked_and_unpaused(db: Db) {
    let app = spawn_app_on(db).await;
    app.pause(42, &["plain.example"]).await;
    for (account, name) in ODD.iter().map(|n| (42, n)).chain([(43, &ODD[0])]) {
        app.db
            .execute(&format!(
                "INSERT INTO paused \
                 (registrationID, identifierType, identifierValue, pausedAt, unpausedAt) \
                 VALUES ({account}, 0, '{name}', '2026-01-01 00:00:00', NULL)"
            ))
            .await;
    }
    let jwt = app.link_token(42, &["plain.example"]);
    let page = app.get_unpause(&jwt).await.text().await.unwrap();
    let csrf = csrf_from(&page);
    // Ticked as the page lists them.
    let ticked: Vec<String> = ODD.iter().map(|n| format!("dns:{n}")).collect();
    for typed in &ticked {
        assert!(page.contains(&format!(r#"value="{typed}""#)), "{typed}");
    }
    let ticked: Vec<&str> = ticked.iter().map(String::as_str).collect();

    let response = app.post_selected(&jwt, &csrf, &ticked).await;

    assert_redirect_to(&response, "/sfe/v1/unpause-status");
    assert_eq!(app.paused_values(42).await, ["plain.example"]);
    assert_eq!(
        app.paused_values(43).await,
        ["Mixed.Example"],
        "another account"
    );
    let status = app.get("/sfe/v1/unpause-status").await;
    assert_eq!(status.status(), StatusCode::OK);
    let html = status.text().await.unwrap();
    assert!(
        html.contains(r#"id="status-names" data-count="3""#),
        "{html}"
    );
}
