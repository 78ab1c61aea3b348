package dev.scriptcast.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jobs and their states in an SQLite file in the data folder. Every change is committed at once (WAL, full
 * sync), so a kill -9 loses at most the progress of a running stage, never a job.
 */
final class JobStore implements AutoCloseable {
    private static final String COLUMNS = "id, state, title, stage, progress, eta_ms, error, created_at, finished_at";
    private final Connection db;

    JobStore(Path file) throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, state TEXT NOT NULL, title TEXT NOT NULL,"
                    + " stage TEXT, progress REAL NOT NULL, eta_ms INTEGER, error TEXT, created_at INTEGER NOT NULL,"
                    + " finished_at INTEGER, seq INTEGER NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS jobs_by_seq ON jobs (seq)");
        }
    }

    synchronized void insert(Job job) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO jobs (" + COLUMNS + ", seq) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs))")) {
            p.setString(1, job.id());
            p.setString(2, job.state().wire());
            p.setString(3, job.title());
            p.setString(4, job.stage());
            p.setDouble(5, job.progress());
            setLong(p, 6, job.etaMs());
            p.setString(7, job.error());
            p.setLong(8, job.createdAtMs());
            setLong(p, 9, job.finishedAtMs());
            p.executeUpdate();
        }
    }

    synchronized Optional<Job> find(String id) throws SQLException {
        List<Job> found = query("SELECT " + COLUMNS + " FROM jobs WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Newest first. */
    synchronized List<Job> page(int offset, int limit) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM jobs ORDER BY seq DESC LIMIT ? OFFSET ?", limit, offset);
    }

    synchronized int count() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM jobs")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Jobs a stopped server left queued or running, oldest first. */
    synchronized List<Job> unfinished() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM jobs WHERE state IN ('queued', 'running') ORDER BY seq");
    }

    /** Moves a job from {@code from} to {@code to}; false when it was no longer in {@code from}. */
    synchronized boolean transition(String id, Job.State from, Job.State to, String error, Long finishedAtMs)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE jobs SET state = ?, error = ?, finished_at = ?,"
                + " progress = CASE WHEN ? = 'done' THEN 1.0 ELSE progress END,"
                + " eta_ms = CASE WHEN ? IN ('done', 'failed', 'cancelled') THEN NULL ELSE eta_ms END"
                + " WHERE id = ? AND state = ?")) {
            p.setString(1, to.wire());
            p.setString(2, error);
            setLong(p, 3, finishedAtMs);
            p.setString(4, to.wire());
            p.setString(5, to.wire());
            p.setString(6, id);
            p.setString(7, from.wire());
            return p.executeUpdate() == 1;
        }
    }

    synchronized void progress(String id, String stage, double progress) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE jobs SET stage = ?, progress = ? WHERE id = ?")) {
            p.setString(1, stage);
            p.setDouble(2, progress);
            p.setString(3, id);
            p.executeUpdate();
        }
    }

    synchronized void delete(String id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("DELETE FROM jobs WHERE id = ?")) {
            p.setString(1, id);
            p.executeUpdate();
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }

    private List<Job> query(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            List<Job> jobs = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    jobs.add(new Job(r.getString(1), Job.State.fromWire(r.getString(2)), r.getString(3),
                            r.getString(4), r.getDouble(5), longOrNull(r, 6), r.getString(7), r.getLong(8),
                            longOrNull(r, 9)));
                }
            }
            return jobs;
        }
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setLong(index, value);
        }
    }
}
