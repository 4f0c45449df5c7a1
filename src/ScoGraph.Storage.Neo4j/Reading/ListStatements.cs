using System.Text;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j.Graph;
using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Reading;

/// <summary>
/// A filtered, ordered keyset page of one kind as ONE statement: the knowledge time is pinned once, then
/// subqueries read the page (one row more than asked, to know whether more follow), whether anything lies beyond
/// the cursor on the other side, and the total when asked. One round trip, one snapshot.
/// </summary>
internal sealed class ListStatement
{
    public required CypherStatement Statement { get; init; }
    public required int Size { get; init; }
    public required bool Backward { get; init; }
    public required bool HasThenKey { get; init; }
    public required bool AsksOtherSide { get; init; }
    public required bool AsksTotal { get; init; }

    /// <summary>Builds the statement, or throws <see cref="ArgumentException"/> for a request that cannot be served.</summary>
    public static ListStatement? For(EntityQuery query)
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
        if (filter.Ids is { Count: 0 } || filter.Categories is { Count: 0 } || filter.Places is { Count: 0 }) return null;

        var label = GraphNames.VersionLabel(query.Kind);
        var keyset = KeysetOrder.For(order);
        var names = TextNormalizer.Normalize(filter.NameContains);
        var conditions = Conditions(filter, names);
        var size = page.Size;
        var backward = page.IsBackward;
        var cursorConditions = (after is null ? "" : " AND " + keyset.Beyond("after", later: true, inclusive: false))
            + (before is null ? "" : " AND " + keyset.Beyond("before", later: false, inclusive: false));
        // Whether anything lies beyond the cursor on the other side (asked only when that cursor was given).
        var otherSide = backward
            ? before is null ? null : keyset.Beyond("before", later: true, inclusive: true)
            : after is null ? null : keyset.Beyond("after", later: false, inclusive: true);

        var sortColumns = string.Join(", ", keyset.SortProperties);
        var match = $"MATCH (v:{label}){PeriodHint(query.Kind, filter)}";
        var text = new StringBuilder(Known.Prefix).Append('\n');
        text.Append($$"""
            CALL {
              WITH known
              {{match}}
              WHERE {{conditions}}{{cursorConditions}}
              WITH v {{keyset.OrderBy(reversed: backward)}} LIMIT $limit
              RETURN collect([{{Known.VersionColumns("v")}}, {{sortColumns}}]) AS rows
            }

            """);
        if (otherSide is not null)
        {
            text.Append($$"""
                CALL {
                  WITH known
                  {{match}}
                  WHERE {{conditions}} AND {{otherSide}}
                  WITH v LIMIT 1
                  RETURN count(v) > 0 AS beyond
                }

                """);
        }
        if (query.IncludeTotalCount)
        {
            text.Append($$"""
                CALL {
                  WITH known
                  {{match}}
                  WHERE {{conditions}}
                  RETURN count(v) AS total
                }

                """);
        }
        text.Append("RETURN rows, ").Append(otherSide is null ? "null AS beyond" : "beyond").Append(", ")
            .Append(query.IncludeTotalCount ? "total" : "null AS total");

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["knownAt"] = Known.Parameter(query.KnownAt),
            ["limit"] = size + 1,
            ["ids"] = filter.Ids?.Distinct(StringComparer.Ordinal).ToArray(),
            ["names"] = names,
            ["fromDay"] = filter.From is DateOnly f ? CypherTemporal.FormatDate(f) : null,
            ["toDay"] = filter.To is DateOnly t ? CypherTemporal.FormatDate(t) : null,
            ["category"] = filter.Category,
            ["categories"] = filter.Categories?.Distinct(StringComparer.Ordinal).ToArray(),
            ["text"] = filter.TextContains is null ? null : TextNormalizer.Normalize(filter.TextContains),
            ["language"] = filter.Language?.ToLowerInvariant(),
            ["inForceOn"] = filter.InForceOn is DateOnly day ? CypherTemporal.FormatDate(day) : null,
            ["place"] = filter.Place is null ? null : TextNormalizer.Normalize(filter.Place),
            ["places"] = filter.Places?.Select(TextNormalizer.Normalize).Distinct(StringComparer.Ordinal).ToArray(),
            ["references"] = filter.References?.Distinct(StringComparer.Ordinal).ToArray(),
            ["afterKey"] = after?.SortKey,
            ["afterThen"] = after?.ThenKey ?? "",
            ["afterId"] = after?.Id,
            ["beforeKey"] = before?.SortKey,
            ["beforeThen"] = before?.ThenKey ?? "",
            ["beforeId"] = before?.Id,
        };
        return new ListStatement
        {
            Statement = new CypherStatement(text.ToString(), parameters),
            Size = size,
            Backward = backward,
            HasThenKey = order.Then is not null,
            AsksOtherSide = otherSide is not null,
            AsksTotal = query.IncludeTotalCount,
        };
    }

    /// <summary>Kinds whose versions have RANGE indexes on their period days (schema file 003).</summary>
    private static readonly HashSet<EntityKind> DatedKinds =
        [EntityKind.Tenure, EntityKind.Meeting, EntityKind.Agreement, EntityKind.MembershipChange, EntityKind.Source];

    /// <summary>
    /// A period filter seeks the period index rather than scanning the kind's label (the planner, with few versions or
    /// stale statistics, would scan): the latest end for a lower bound (recent windows are the selective ones), else
    /// the earliest start. Hints with a range on <c>date($param)</c> are planned as index seeks (semantics page 6).
    /// </summary>
    internal static string PeriodHint(EntityKind kind, EntityFilter filter)
    {
        if (!DatedKinds.Contains(kind)) return "";
        var label = GraphNames.VersionLabel(kind);
        if (filter.From is not null) return $" USING INDEX v:{label}(endLatest)";
        return filter.To is not null ? $" USING INDEX v:{label}(startEarliest)" : "";
    }

    /// <summary>The filter of <see cref="EntityFilter"/> on version node <c>v</c> (after the knowledge-time test).</summary>
    internal static string Conditions(EntityFilter filter, string normalizedNames)
    {
        var cypher = new StringBuilder(Known.Filter("v"));
        if (filter.Ids is not null) cypher.Append(" AND v.itemId IN $ids");
        if (normalizedNames.Length > 0) cypher.Append(" AND v.names CONTAINS $names");
        if (filter.From is not null || filter.To is not null) cypher.Append(" AND v.hasPeriod = true");
        if (filter.To is not null) cypher.Append(" AND v.startEarliest <= date($toDay)");
        if (filter.From is not null) cypher.Append(" AND v.endLatest >= date($fromDay)");
        if (filter.Category is not null) cypher.Append(" AND v.category = $category");
        if (filter.Categories is not null) cypher.Append(" AND v.category IN $categories");
        // Names and aliases, or a source's publisher, both stored normalized on the version (VersionRow).
        if (filter.TextContains is not null) cypher.Append(" AND (v.names CONTAINS $text OR v.publisherKey CONTAINS $text)");
        if (filter.Language is not null) cypher.Append(" AND v.languageKey = $language");
        // In force from the entry into force on (Agreement.InForce): possibly once its earliest day has come,
        // certainly once its latest has; an agreement without an entry into force has neither and never matches.
        if (filter.InForceOn is not null)
            cypher.Append(filter.InForceCertainOnly ? " AND v.inForceLatest <= date($inForceOn)" : " AND v.inForceEarliest <= date($inForceOn)");
        if (filter.Place is not null) cypher.Append(" AND v.placeKey = $place");
        if (filter.Places is not null) cypher.Append(" AND v.placeKey IN $places");
        if (filter.References is not null) cypher.Append(" AND all(wanted IN $references WHERE wanted IN coalesce(v.references, []))");
        return cypher.ToString();
    }
}
