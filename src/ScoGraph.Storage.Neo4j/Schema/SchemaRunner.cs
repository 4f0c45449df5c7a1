using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Schema;

/// <summary>
/// Applies the schema files at open: those not yet recorded as <c>(:SchemaMigration {name})</c> run in order, one
/// request per file (schema statements only), each then recorded in its own request; finally
/// <c>db.awaitIndexes</c> waits until every index is ONLINE, so the first queries are planned on them.
/// </summary>
internal static class SchemaRunner
{
    public static CypherStatement Applied { get; } = new("MATCH (m:SchemaMigration) RETURN m.name AS name");

    public static CypherStatement Record(string name) => CypherStatement.Of(
        "MERGE (m:SchemaMigration {name: $name}) ON CREATE SET m.appliedAt = datetime()", ("name", name));

    public static CypherStatement AwaitIndexes { get; } = new("CALL db.awaitIndexes(300)");

    /// <summary>The names of the files applied by this call (empty when the database was up to date).</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(ICypherSession session, IReadOnlyList<SchemaFile> files,
        CancellationToken cancellationToken)
    {
        var applied = (await session.QueryAsync(Applied, row => row.RequiredString(0), cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var ran = new List<string>();
        foreach (var file in files)
        {
            if (applied.Contains(file.Name)) continue;
            // IF NOT EXISTS makes a file safe to run twice, so two instances starting at once cannot fail each other.
            await session.ExecuteAsync(file.Statements.Select(s => new CypherStatement(s)).ToArray(), cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync([Record(file.Name)], cancellationToken).ConfigureAwait(false);
            ran.Add(file.Name);
        }
        await session.ExecuteAsync([AwaitIndexes], cancellationToken).ConfigureAwait(false);
        return ran;
    }
}
