//! The problem document next to Boulder's own query: for one paused set,
//! the names in `detail` are the ones, in the order, that Boulder's
//! `CheckIdentifiersPaused` reads from MariaDB.

use serde_json::{Value, json};
use sqlx::{Connection, Row};

use crate::helpers::*;

#[tokio::test]
#[ignore = "needs MariaDB or MySQL: set ACME_UNPAUSE_TEST_MYSQL_URL and pass --include-ignored (scripts/test does)"]
async fn detail_names_the_fifteen_names_boulders_query_returns_in_its_order() {
    let app = spawn_app_on(Db::Mysql).await;
    let dns = [
        "zz.example",
        "www.b.example",
        "a-b.example",
        "a.example",
        "b.example",
        "c.example",
        "m.example",
        "1.example",
        "z.example",
        "y.example",
        "xn--bcher-kva.example",
        "*.w.example",
        "q.example",
        "p.example",
    ];
    let ips = [
        "2001:db8::1",
        "10.0.0.2",
        "192.0.2.1",
        "9.9.9.9",
        "10.0.0.10",
    ];
    let mut asked: Vec<Value> = dns
        .iter()
        .map(|v| json!({"type": "dns", "value": v}))
        .collect();
    asked.extend(ips.iter().map(|v| json!({"type": "ip", "value": v})));
    let paused = app
        .api_post(
            "/internal/v1/pause",
            &json!({"account": 7, "identifiers": asked}),
        )
        .await;
    assert_eq!(paused.status(), 200);

    let check = app
        .api_post(
            "/internal/v1/check",
            &json!({"account": 7, "identifiers": asked}),
        )
        .await;
    let body: Value = check.json().await.unwrap();
    let detail = body["problem"]["detail"].as_str().unwrap().to_owned();

    // Boulder's statement, as sa.CheckIdentifiersPaused builds it.
    let sql = format!(
        "SELECT identifierType, identifierValue FROM paused \
         WHERE registrationID = ? AND unpausedAt IS NULL AND \
         ((identifierType = ? AND identifierValue IN ({})) OR \
          (identifierType = ? AND identifierValue IN ({}))) LIMIT 15",
        vec!["?"; dns.len()].join(", "),
        vec!["?"; ips.len()].join(", "),
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(7).bind(0);
    for value in dns {
        query = query.bind(value);
    }
    query = query.bind(1);
    for value in ips {
        query = query.bind(value);
    }
    let mut conn = sqlx::MySqlConnection::connect(&app.db.url).await.unwrap();
    let boulder: Vec<String> = query
        .fetch_all(&mut conn)
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get(1).unwrap())
        .collect();
    assert_eq!(boulder.len(), 15);
    let want = format!(
        "Your account is temporarily prevented from requesting certificates for {} \
         and possibly others. Please visit: ",
        boulder.join(", ")
    );
    assert!(detail.starts_with(&want), "{detail}\nvs Boulder's\n{want}");
}
