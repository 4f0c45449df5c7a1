using System.Text;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Mapping;

namespace ScoGraph.Storage.Sqlite.Reading;

/// <summary>
/// Filtered, ordered, keyset-paged lists of one kind. The statement is assembled from fixed fragments (one per
/// filter present, one per order and direction), never from values; each distinct shape is compiled once per
/// connection. Paging seeks past the cursor's (sort key, id) with a row-value comparison on the matching
/// index (<see cref="KeysetOrder"/>), so a page costs the same wherever it is in the list and stays stable when
/// items are added elsewhere.
/// </summary>
internal static class EntityLister
{
    private static readonly string[] ParameterNames =
        ["$kind", "$known", "$ids", "$names", "$from", "$to", "$category", "$place", "$references",
         "$afterKey", "$afterThen", "$afterId", "$beforeKey", "$beforeThen", "$beforeId", "$categories", "$text", "$language", "$inForceOn", "$certainOnly", "$places", "$limit"];

    public static Page<Versioned<Entity>> Find(PreparedSession session, EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = query.Filter ?? EntityFilter.None;
        var order = query.Order ?? EntityOrder.Default;
        var page = query.Page ?? PageRequest.Default;
        if (page.Problem is string problem) throw new ArgumentException(problem, nameof(query));
        var after = page.After is null ? null : KeysetCursor.Decode(page.After, "after", order);
        var before = page.Before is null ? null : KeysetCursor.Decode(page.Before, "before", order);
        if (filter.From is DateOnly from && filter.To is DateOnly to && from > to)
            throw new ArgumentException($"the period filter starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd})", nameof(query));
        if (filter.Ids is { Count: 0 } || filter.Categories is { Count: 0 } || filter.Places is { Count: 0 }) return Page<Versioned<Entity>>.Empty;

        var keyset = KeysetOrder.For(order);
        var names = TextNormalizer.Normalize(filter.NameContains);
        var conditions = Conditions(filter, names);
        var values = new object?[ParameterNames.Length];
        values[0] = EntityKindText.Format(query.Kind);
        values[1] = KnowledgeTicks.From(query.KnownAt);
        values[2] = filter.Ids is null ? null : JsonArray.Of(filter.Ids);
        values[3] = names;
        values[4] = filter.From?.DayNumber;
        values[5] = filter.To?.DayNumber;
        values[6] = filter.Category;
        values[7] = filter.Place is null ? null : TextNormalizer.Normalize(filter.Place);
        values[8] = filter.References is null ? null : JsonArray.Of(filter.References);
        values[9] = after?.SortKey;
        values[10] = after?.ThenKey ?? "";
        values[11] = after?.Id;
        values[12] = before?.SortKey;
        values[13] = before?.ThenKey ?? "";
        values[14] = before?.Id;
        values[15] = filter.Categories is null ? null : JsonArray.Of(filter.Categories);
        values[16] = filter.TextContains is null ? null : TextNormalizer.Normalize(filter.TextContains);
        values[17] = filter.Language;
        values[18] = filter.InForceOn?.DayNumber;
        values[19] = filter.InForceCertainOnly ? 1 : 0;
        values[20] = filter.Places is null ? null : JsonArray.Of(filter.Places.Select(TextNormalizer.Normalize));

        var afterCondition = after is null ? "" : " AND " + keyset.Beyond("after", later: true, inclusive: false);
        var beforeCondition = before is null ? "" : " AND " + keyset.Beyond("before", later: false, inclusive: false);
        var size = page.Size;
        var backward = page.IsBackward;
        // Reading backwards walks the list in reverse from the "before" end, then flips the page.
        var rows = Query(session, keyset, conditions + afterCondition + beforeCondition,
            $"{keyset.OrderBy(reversed: backward)} LIMIT $limit", values, size + 1);
        var hasMore = rows.Count > size;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        if (backward) rows.Reverse();

        // Whether anything lies beyond the cursor on the other side (only asked when a cursor was given).
        bool hasBeforeStart = backward ? hasMore : after is not null && Exists(session,
            conditions + " AND " + keyset.Beyond("after", later: false, inclusive: true), values);
        bool hasAfterEnd = backward
            ? before is not null && Exists(session, conditions + " AND " + keyset.Beyond("before", later: true, inclusive: true), values)
            : hasMore;

        int? total = query.IncludeTotalCount ? Count(session, conditions, values) : null;
        var items = rows.Select(r => new PageItem<Versioned<Entity>>(r.Entity,
            new KeysetCursor(r.SortKey, r.Entity.Item.Id, r.ThenKey).Encode())).ToArray();
        return new Page<Versioned<Entity>>(items, HasNextPage: hasAfterEnd, HasPreviousPage: hasBeforeStart, total);
    }

    /// <summary>
    /// Whether the filter reads the content of every row of the kind (substring and content tests no index answers):
    /// such a listing may take long whatever the page size, so it runs in the reader pool's heavy lane.
    /// </summary>
    public static bool ScansTheKind(EntityFilter? filter) => filter is not null
        && (!string.IsNullOrEmpty(filter.NameContains) || filter.TextContains is not null || filter.Language is not null
            || filter.InForceOn is not null);

    private static string Conditions(EntityFilter filter, string names)
    {
        var sql = new StringBuilder($"v.kind = $kind AND {VersionColumns.KnownFilter}");
        if (filter.Ids is not null) sql.Append(" AND v.item_id IN (SELECT value FROM json_each($ids))");
        if (names.Length > 0) sql.Append(" AND instr(v.names, $names) > 0");
        if (filter.From is not null || filter.To is not null) sql.Append(" AND v.has_period = 1");
        if (filter.From is not null) sql.Append(" AND v.end_latest >= $from");
        if (filter.To is not null) sql.Append(" AND v.start_earliest <= $to");
        if (filter.Category is not null) sql.Append(" AND v.category = $category");
        if (filter.Categories is not null) sql.Append(" AND v.category IN (SELECT value FROM json_each($categories))");
        // Read from the stored content within the kind's rows, in the same paged statement (no index column yet).
        if (filter.TextContains is not null)
            sql.Append(" AND (instr(v.names, $text) > 0 OR instr(ifnull(scograph_normalize(json_extract(v.content, '$.publisher')), ''), $text) > 0)");
        if (filter.Language is not null) sql.Append(" AND lower(json_extract(v.content, '$.language')) = lower($language)");
        if (filter.InForceOn is not null) sql.Append(" AND scograph_in_force_on(v.content, $inForceOn, $certainOnly) = 1");
        if (filter.Place is not null) sql.Append(" AND v.place_key = $place");
        if (filter.Places is not null) sql.Append(" AND v.place_key IN (SELECT value FROM json_each($places))");
        if (filter.References is not null)
            sql.Append("""
                 AND NOT EXISTS (SELECT 1 FROM json_each($references) AS r WHERE NOT EXISTS (
                    SELECT 1 FROM item_reference x WHERE x.version_key = v.version_key AND x.reference_id = r.value))
                """);
        return sql.ToString();
    }

    private static List<(Versioned<Entity> Entity, string SortKey, string? ThenKey)> Query(
        PreparedSession session, KeysetOrder keyset, string conditions, string tail, object?[] values, int limit)
    {
        var sortColumns = keyset.SortColumns.ToArray();
        var command = Bind(session, $"SELECT {VersionColumns.Select}, {string.Join(", ", sortColumns)} FROM item_version v WHERE {conditions} {tail};", values);
        command.Parameters[^1].Value = limit;
        var rows = new List<(Versioned<Entity>, string, string?)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((VersionColumns.ReadEntity(reader, 0), reader.GetString(VersionColumns.Count),
                sortColumns.Length > 1 ? reader.GetString(VersionColumns.Count + 1) : null));
        }
        return rows;
    }

    private static bool Exists(PreparedSession session, string conditions, object?[] values)
    {
        var command = Bind(session, $"SELECT EXISTS (SELECT 1 FROM item_version v WHERE {conditions});", values);
        return Convert.ToInt64(command.ExecuteScalar()) == 1;
    }

    private static int Count(PreparedSession session, string conditions, object?[] values)
    {
        var command = Bind(session, $"SELECT count(*) FROM item_version v WHERE {conditions};", values);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static Microsoft.Data.Sqlite.SqliteCommand Bind(PreparedSession session, string sql, object?[] values)
    {
        var command = session.Command(sql, ParameterNames);
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }
}
