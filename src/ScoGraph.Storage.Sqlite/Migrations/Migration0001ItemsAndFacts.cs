using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Migrations;

/// <summary>
/// The versioned items (entities and claims) and the facts projected from each version.
/// </summary>
/// <remarks>
/// <para><b>Knowledge time.</b> Every version and every fact row carries <c>recorded_at</c> and <c>retracted_at</c>
/// (UTC ticks). "Known at T" is the range predicate <c>recorded_at &lt;= T AND (retracted_at IS NULL OR
/// retracted_at &gt; T)</c>; current knowledge is the same predicate with T = the largest tick, so one compiled
/// statement serves both. Retraction is the only change ever made to a stored row: it stamps
/// <c>retracted_at</c>, the content stays.</para>
/// <para><b>Valid time.</b> A fact's period is kept as written (<c>valid_start</c>, <c>valid_end</c>) and as four day
/// numbers (<see cref="DateOnly.DayNumber"/>): the earliest and latest day its imprecise start can be, the earliest
/// and latest day its end can be. An open start is day 0, an open end the last representable day, so the as-of
/// rules of <c>ValidityBounds</c> become plain range predicates on integers:
/// "possibly holds on D" = <c>start_earliest &lt;= D AND end_latest &gt;= D</c>,
/// "certainly holds on D" = additionally <c>start_latest &lt;= D AND end_earliest &gt;= D</c>.
/// The answer's certainty is then confirmed in code with the domain type itself.</para>
/// </remarks>
internal sealed class Migration0001ItemsAndFacts : ISchemaMigration
{
    public int Version => 1;

    public string Name => "items, versions and projected facts";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        MigrationRunner.Execute(connection, transaction, """
            -- Every id ever recorded, with its kind. Rows are never removed, so references stay resolvable
            -- in history even after the item itself is retracted.
            CREATE TABLE item (
                id   TEXT NOT NULL PRIMARY KEY,
                kind TEXT NOT NULL
            ) WITHOUT ROWID;

            -- One row per version of an item. The content is the entity in the import format; the other
            -- columns are what lists filter and sort on (EntityIndexEntry), computed once on write.
            CREATE TABLE item_version (
                version_key       INTEGER PRIMARY KEY,
                item_id           TEXT    NOT NULL REFERENCES item (id),
                revision          INTEGER NOT NULL,
                kind              TEXT    NOT NULL,
                content           TEXT    NOT NULL,
                sources           TEXT    NOT NULL,
                recorded_at       INTEGER NOT NULL,
                retracted_at      INTEGER,
                retraction_reason TEXT,
                supersedes        INTEGER,
                name_key          TEXT    NOT NULL,  -- normalized name; U+FFFF when unnamed (sorts last)
                date_key          TEXT    NOT NULL,  -- main date as earliest+latest day; U+FFFF when undated
                names             TEXT,              -- '|name|alias|...|' normalized, for "name contains"
                has_period        INTEGER NOT NULL,
                start_earliest    INTEGER NOT NULL,
                end_latest        INTEGER NOT NULL,
                category          TEXT,
                place_key         TEXT,
                UNIQUE (item_id, revision)
            );

            -- Keyset paging: one index per sort order, kind first, (sort key, id) next, so "after the cursor"
            -- is a seek followed by an in-order scan that stops after one page.
            CREATE INDEX item_version_by_kind_id   ON item_version (kind, item_id);
            CREATE INDEX item_version_by_kind_name ON item_version (kind, name_key, item_id);
            CREATE INDEX item_version_by_kind_date ON item_version (kind, date_key, item_id);

            -- The ids a version points at (participants, parties, posts...), for "references every one of".
            CREATE TABLE item_reference (
                version_key  INTEGER NOT NULL REFERENCES item_version (version_key),
                reference_id TEXT    NOT NULL,
                PRIMARY KEY (version_key, reference_id)
            ) WITHOUT ROWID;
            CREATE INDEX item_reference_by_target ON item_reference (reference_id, version_key);

            -- The facts each version states (FactProjection), in projection order (ordinal). Knowledge time is
            -- copied from the version so the indexes below can decide "known at T" without a join.
            CREATE TABLE fact (
                fact_key       INTEGER PRIMARY KEY,
                version_key    INTEGER NOT NULL REFERENCES item_version (version_key),
                ordinal        INTEGER NOT NULL,
                origin         INTEGER NOT NULL,   -- FactOrigin: 0 field, 1 relation, 2 claim
                subject        TEXT    NOT NULL REFERENCES item (id) DEFERRABLE INITIALLY DEFERRED,
                predicate      TEXT    NOT NULL,
                object         TEXT             REFERENCES item (id) DEFERRABLE INITIALLY DEFERRED,
                value          TEXT,
                has_valid      INTEGER NOT NULL,   -- 0: timeless (always holds, never in date ranges)
                valid_start    TEXT,
                valid_end      TEXT,
                start_earliest INTEGER NOT NULL,
                start_latest   INTEGER NOT NULL,
                end_earliest   INTEGER NOT NULL,
                end_latest     INTEGER NOT NULL,
                recorded_at    INTEGER NOT NULL,
                retracted_at   INTEGER,
                sources        TEXT               -- null: the version's own sources
            );

            -- The as-of indexes. A batched load asks "facts of these subjects (or objects), these predicates,
            -- possibly holding on D, known at T". Equality on (subject, predicate) narrows to a handful of rows
            -- per entity; start_earliest <= D is then a range inside that prefix, and end_latest and
            -- retracted_at sit in the key so "still holds on D" and "not retracted" are tested in the index
            -- without visiting the table. Cost grows with the facts of the asked entities, not with the store.
            CREATE INDEX fact_as_of_by_subject ON fact (subject, predicate, start_earliest, end_latest, retracted_at);
            CREATE INDEX fact_as_of_by_object  ON fact (object, predicate, start_earliest, end_latest, retracted_at)
                WHERE object IS NOT NULL;

            -- Date ranges ("what changed between two dates"): per predicate, in order of the earliest start.
            -- Queries bound the scan from below with the longest span of a closed period stored for the
            -- predicate (predicate_span), so a range costs the facts near it, not every fact before it.
            -- Periods that still hold (open end) have no span; they live in their own small index.
            CREATE INDEX fact_by_predicate_start ON fact (predicate, start_earliest) WHERE has_valid = 1;
            CREATE INDEX fact_open_ended ON fact (predicate, start_earliest) WHERE has_valid = 1 AND end_latest = 3652058;

            -- Retractions stamp the facts of one version.
            CREATE INDEX fact_by_version ON fact (version_key);

            -- Conflicts need a claim: fields of one entity never disagree among themselves.
            CREATE INDEX fact_claims ON fact (subject, predicate) WHERE origin = 2;

            -- Longest closed valid span (end_latest - start_earliest, in days) ever stored per predicate; never shrinks.
            CREATE TABLE predicate_span (
                predicate TEXT    NOT NULL PRIMARY KEY,
                max_span  INTEGER NOT NULL
            ) WITHOUT ROWID;

            -- The store's knowledge clock: every batch gets a time strictly after the previous one.
            CREATE TABLE knowledge_clock (
                singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
                last_ticks  INTEGER NOT NULL
            );
            INSERT INTO knowledge_clock (singleton, last_ticks) VALUES (1, 0);
            """);
}
