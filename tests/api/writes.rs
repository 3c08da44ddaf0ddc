//! `db::run_write`: many writers at once (on SQLite, written in groups, one commit for the
//! works that waited together): each is answered with its own result, after its commit; one
//! that fails is rolled back alone; nothing is lost or written twice.

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use fairrecruit::db::{self, DbConnection};
use fairrecruit::error::AppError;

use crate::helpers::spawn_app;

#[derive(QueryableByName)]
struct N {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn insert(conn: &mut DbConnection, n: i64) -> Result<(), AppError> {
    fairrecruit::db_run!(conn, c => diesel::sql_query(format!("INSERT INTO write_probe (n) VALUES ({n})")).execute(c))?;
    Ok(())
}

/// The table the writers write to, in the test's own database.
async fn create_probe(pool: &db::Pool) {
    db::run_write(pool, |conn| {
        fairrecruit::db_run!(conn, c => diesel::sql_query("CREATE TABLE write_probe (n BIGINT NOT NULL)").execute(c))?;
        Ok(())
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn concurrent_writers_each_get_their_own_result_and_a_failure_takes_back_only_its_own() {
    let app = spawn_app().await;
    let pool = app.pool.clone();
    create_probe(&pool).await;
    let writers: Vec<_> = (0..48_i64)
        .map(|n| {
            let pool = pool.clone();
            tokio::spawn(async move {
                db::run_write(&pool, move |conn| {
                    // Each writes two rows in its own transaction, as a use case does.
                    db::transaction(conn, |conn| {
                        insert(conn, n)?;
                        insert(conn, n + 1000)?;
                        if n % 5 == 0 {
                            return Err(AppError::NotFound);
                        }
                        Ok(n * 2)
                    })
                })
                .await
            })
        })
        .collect();
    for (n, writer) in writers.into_iter().enumerate() {
        let n = n as i64;
        match writer.await.unwrap() {
            Ok(doubled) => assert_eq!(doubled, n * 2),
            Err(AppError::NotFound) => assert_eq!(n % 5, 0, "{n} failed"),
            Err(other) => panic!("{n}: {other:?}"),
        }
    }
    let stored: Vec<i64> = db::run(&pool, |conn| {
        Ok(
            fairrecruit::db_run!(conn, c => diesel::sql_query("SELECT n FROM write_probe ORDER BY n").load::<N>(c))?
                .into_iter()
                .map(|r| r.n)
                .collect(),
        )
    })
    .await
    .unwrap();
    let expected: Vec<i64> = {
        let mut kept: Vec<i64> = (0..48).filter(|n| n % 5 != 0).collect();
        kept.extend(kept.clone().iter().map(|n| n + 1000));
        kept.sort();
        kept
    };
    assert_eq!(stored, expected);
}

/// Another process holding SQLite's write lock longer than the busy timeout (a backup, a
/// report rebuild from the command line): the writers waiting behind it are written once it
/// lets go, not refused after five seconds.
#[tokio::test]
async fn writers_wait_out_another_process_holding_the_lock_past_the_busy_timeout() {
    let app = spawn_app().await;
    let fairrecruit::db::DatabaseUrl::Sqlite(path) = app.database_url.clone() else {
        return; // PostgreSQL has no database-wide write lock.
    };
    let pool = app.pool.clone();
    create_probe(&pool).await;
    let (locked, locked_rx) = std::sync::mpsc::channel();
    let holder = std::thread::spawn(move || {
        use diesel::connection::SimpleConnection;
        let mut other = diesel::SqliteConnection::establish(&path.to_string_lossy()).unwrap();
        other.batch_execute("BEGIN IMMEDIATE").unwrap();
        locked.send(()).unwrap();
        std::thread::sleep(std::time::Duration::from_secs(7));
        other.batch_execute("COMMIT").unwrap();
    });
    locked_rx.recv().unwrap();
    let writers: Vec<_> = (0..3_i64)
        .map(|n| {
            let pool = pool.clone();
            tokio::spawn(async move { db::run_write(&pool, move |conn| insert(conn, n)).await })
        })
        .collect();
    for writer in writers {
        writer.await.unwrap().unwrap();
    }
    holder.join().unwrap();
    let count = db::run(&pool, |conn| {
        Ok(fairrecruit::db_run!(conn, c => diesel::sql_query("SELECT COUNT(*) AS n FROM write_probe").get_result::<N>(c))?.n)
    })
    .await
    .unwrap();
    assert_eq!(count, 3);
}
