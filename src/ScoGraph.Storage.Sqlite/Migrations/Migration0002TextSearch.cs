using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Migrations;

/// <summary>
/// Text search over names, titles, aliases and transliterations: one row per (version, name or alias), indexed
/// by FTS5 with the trigram tokenizer over the normalized text (TextNormalizer), so a query matches word
/// prefixes ("alim" → "Rashid Alimov") and inner substrings ("gali" → "Nurgaliyev") alike, and bm25 pre-ranks
/// candidates before the domain's SearchRanking scores them.
/// </summary>
/// <remarks>
/// The FTS table is external-content over <c>search_term</c>: the text is stored once. Terms are never deleted
/// (versions are append-only); knowledge time is applied by joining the version.
/// </remarks>
internal sealed class Migration0002TextSearch : ISchemaMigration
{
    public int Version => 2;

    public string Name => "FTS5 search over names and aliases";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        MigrationRunner.Execute(connection, transaction, """
            CREATE TABLE search_term (
                term_key    INTEGER PRIMARY KEY,
                version_key INTEGER NOT NULL REFERENCES item_version (version_key),
                is_alias    INTEGER NOT NULL,
                text        TEXT    NOT NULL   -- normalized
            );
            CREATE INDEX search_term_by_version ON search_term (version_key);

            CREATE VIRTUAL TABLE search_fts USING fts5 (
                text,
                content = 'search_term',
                content_rowid = 'term_key',
                tokenize = 'trigram'
            );

            -- Index what stores created before this migration already hold: names is '|name|alias|...|'.
            WITH RECURSIVE part (version_key, ordinal, rest, text) AS (
                SELECT version_key, -1, substr(names, 2), NULL FROM item_version WHERE names IS NOT NULL
                UNION ALL
                SELECT version_key, ordinal + 1, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1)
                FROM part WHERE instr(rest, '|') > 0
            )
            INSERT INTO search_term (version_key, is_alias, text)
                SELECT version_key, ordinal > 0, text FROM part WHERE text IS NOT NULL AND text <> '';
            INSERT INTO search_fts (rowid, text) SELECT term_key, text FROM search_term;
            """);
}
