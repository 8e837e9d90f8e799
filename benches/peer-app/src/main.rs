//! A minimal Tauri 2 app for `cargo xtask bench` to measure Wegwijs
//! against: it opens a SQLite file before the window (as Wegwijs opens its
//! database), and its one page asks its one command for a line of text.

use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};

struct Db(SqlitePool);

#[tauri::command]
async fn greeting(db: tauri::State<'_, Db>) -> Result<String, String> {
    sqlx::query_scalar::<_, String>("SELECT text FROM greeting LIMIT 1")
        .fetch_one(&db.0)
        .await
        .map_err(|e| e.to_string())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let file = std::env::var_os("WEGWIJS_PEER_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("wegwijs-peer.sqlite"));
    let pool = tauri::async_runtime::block_on(async {
        let pool = SqlitePool::connect_with(
            SqliteConnectOptions::new()
                .filename(&file)
                .create_if_missing(true),
        )
        .await?;
        sqlx::query("CREATE TABLE IF NOT EXISTS greeting (text TEXT NOT NULL)")
            .execute(&pool)
            .await?;
        sqlx::query(
            "INSERT INTO greeting (text) SELECT 'Hello from SQLite' \
             WHERE NOT EXISTS (SELECT 1 FROM greeting)",
        )
        .execute(&pool)
        .await?;
        Ok::<_, sqlx::Error>(pool)
    })?;
    tauri::Builder::default()
        .manage(Db(pool))
        .invoke_handler(tauri::generate_handler![greeting])
        .run(tauri::generate_context!())?;
    Ok(())
}
