namespace ScoGraph.Storage.Neo4j.Testing;

/// <summary>
/// The Cypher queries docs/neo4j-model.md gives analysts, word for word (a test checks the document quotes each one,
/// and <see cref="AnalystQuerySpecs"/> runs each against a seeded database and checks its answer against the store port).
/// They read current knowledge (<c>retractedAt IS NULL</c>) except where a knowledge time is the point.
/// </summary>
public static class AnalystQueries
{
    /// <summary>1. The members of an organization on a date: each state's latest status change on or before it.</summary>
    public const string MembersOnDate = """
        MATCH (s:State)-[r:CHANGED_STATUS]->(o:Item {id: $org})
        WHERE r.retractedAt IS NULL AND r.startLatest <= date($day)
        WITH s, r ORDER BY r.startLatest DESC, r.startEarliest DESC
        WITH s, collect(r)[0] AS latest
        WHERE latest.value = 'MEMBER'
        RETURN s.id AS state, s.name AS name, latest.validStart AS since
        ORDER BY state
        """;

    /// <summary>2. Who held a post (the SCO Secretary-General) on a date, and how surely.</summary>
    public const string PostHolderOnDate = """
        MATCH (o:Official)-[r:HOLDS_POST]->(p:Item {id: $post})
        WHERE r.retractedAt IS NULL AND r.startEarliest <= date($day) AND r.endLatest >= date($day)
        RETURN o.id AS official, o.name AS name, r.validStart AS start, r.validEnd AS end,
               CASE WHEN r.startLatest <= date($day) AND r.endEarliest >= date($day) THEN 'CERTAIN' ELSE 'POSSIBLE' END AS certainty
        ORDER BY official
        """;

    /// <summary>3. Who attended a summit, in which role.</summary>
    public const string MeetingParticipants = """
        MATCH (x:Item)-[r:PARTICIPATED_IN]->(m:Item {id: $meeting})
        WHERE r.retractedAt IS NULL
        RETURN x.id AS participant, x.kind AS kind, r.value AS role
        ORDER BY participant
        """;

    /// <summary>4. The parties of an agreement and when each joined.</summary>
    public const string AgreementParties = """
        MATCH (s:Item)-[r:PARTY_TO]->(a:Item {id: $agreement})
        WHERE r.retractedAt IS NULL
        RETURN s.id AS party, s.name AS name, r.validStart AS joined
        ORDER BY party
        """;

    /// <summary>5. A state's timeline: its dated facts, earliest first.</summary>
    public const string StateTimeline = """
        MATCH (s:Item {id: $state})-[r]->(x)
        WHERE r.retractedAt IS NULL AND r.hasValid = true
        RETURN r.validStart AS date, r.predicate AS predicate, coalesce(r.object, x.itemId) AS other, r.value AS value, r.itemId AS statedBy
        ORDER BY r.startEarliest, r.startLatest, statedBy, predicate
        """;

    /// <summary>
    /// 6. What changed between two dates: status changes, tenures starting or ending, agreements signed or entering
    /// into force, meetings held, whose date possibly lies in the range.
    /// </summary>
    public const string ChangesBetween = """
        MATCH ()-[r:CHANGED_STATUS|HOLDS_POST|FIELD]->()
        WHERE r.retractedAt IS NULL AND r.hasValid = true
          AND (r.predicate IN ['membershipChange', 'holdsPost']
               OR (r.predicate IN ['signed', 'entryIntoForce'] AND r.itemKind = 'AGREEMENT')
               OR (r.predicate = 'start' AND r.itemKind = 'MEETING'))
        UNWIND [['start', r.validStart, r.startEarliest, r.startLatest], ['end', r.validEnd, r.endEarliest, r.endLatest]] AS event
        WITH r, event
        WHERE event[1] IS NOT NULL AND (event[0] = 'start' OR r.predicate = 'holdsPost')
          AND event[2] <= date($to) AND event[3] >= date($from)
        RETURN event[1] AS date, r.predicate AS change, event[0] AS edge, r.subject AS subject, r.object AS object, r.value AS value,
               r.itemId AS statedBy
        ORDER BY event[2], event[3], statedBy, edge
        """;

    /// <summary>7. The facts about an entity as the graph knew them at a past instant (bitemporal read).</summary>
    public const string FactsKnownAt = """
        MATCH (s:Item {id: $id})-[r]->()
        WHERE r.subject = $id AND r.recordedAt <= datetime($knownAt)
          AND (r.retractedAt IS NULL OR r.retractedAt > datetime($knownAt))
        RETURN r.predicate AS predicate, r.object AS object, r.value AS value, r.validStart AS start, r.validEnd AS end,
               r.revision AS revision, r.itemId AS statedBy
        ORDER BY predicate, r.startEarliest, statedBy
        """;

    /// <summary>8. Conflicting claims: subjects and predicates for which current claims and fields give different values.</summary>
    public const string ConflictingClaims = """
        MATCH (s:Item)-[c:CLAIMED]->(:Item)
        WHERE c.retractedAt IS NULL AND NOT c.predicate IN ['heldPost', 'cityAlias']
        WITH DISTINCT s, c.predicate AS predicate
        MATCH (s)-[f:CLAIMED|FIELD]->()
        WHERE f.predicate = predicate AND f.retractedAt IS NULL
        WITH s, predicate, f.value AS value, count(*) AS statements
        ORDER BY value
        WITH s, predicate, collect(value) AS values, collect(statements) AS counts
        WHERE size(values) > 1
        RETURN s.id AS subject, predicate, values, counts
        ORDER BY subject, predicate
        """;

    public static IReadOnlyList<(string Name, string Cypher)> All { get; } =
    [
        (nameof(MembersOnDate), MembersOnDate),
        (nameof(PostHolderOnDate), PostHolderOnDate),
        (nameof(MeetingParticipants), MeetingParticipants),
        (nameof(AgreementParties), AgreementParties),
        (nameof(StateTimeline), StateTimeline),
        (nameof(ChangesBetween), ChangesBetween),
        (nameof(FactsKnownAt), FactsKnownAt),
        (nameof(ConflictingClaims), ConflictingClaims),
    ];
}
