using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Graph;
using ScoGraph.Storage.Neo4j.Reading;
using ScoGraph.Storage.Neo4j.Writing;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>How statements are built and domain values mapped to parameters (no server).</summary>
public sealed class StatementSpecs
{
    private static BatchPlan Plan(params Entity[] entities) =>
        BatchPlan.Build(Batch.Upserting(entities), new Dictionary<string, StoredLatest>(), new Dictionary<int, IReadOnlyCollection<string>>());

    [Fact]
    public void A_version_row_carries_the_sort_keys_names_and_bound_days_of_the_index_entry()
    {
        var meeting = Summit("2017-astana-summit", "Astana Summit", "2017-06", "2017-06-09");
        var version = Plan([.. Basics(), meeting]).Versions.Single(v => v.Entity.Id == meeting.Id);
        var row = WriteStatements.VersionRow(version, newItem: true, "2026-01-01T00:00:00.0000000Z");

        Assert.Equal("astana summit", row["nameKey"]);
        Assert.Equal(EntityIndexEntry.Of(meeting).SortKey(EntityOrderField.Date), row["dateKey"]);
        Assert.Equal("|astana summit|", row["names"]);
        Assert.Equal(new[] { "astana summit" }, row["searchNames"]);
        Assert.Equal("2017-06-01", row["startEarliest"]);
        Assert.Equal("2017-06-09", row["endLatest"]);
        Assert.Equal("HEADS_OF_STATE", row["category"]);
        Assert.Equal("astana", row["placeKey"]);
        Assert.Equal(true, row["hasPeriod"]);
        Assert.Null(row["retractedAt"]);
        Assert.Equal(new[] { "KAZ", "IND" }, (string[])row["references"]!);
        var fields = (Dictionary<string, object?>[])row["fields"]!;
        Assert.All(fields, f => Assert.Equal("FIELD", f["origin"]));
        Assert.Contains(fields, f => f["predicate"] as string == Predicates.Title && f["value"] as string == "Astana Summit");
    }

    [Fact]
    public void Open_bounds_become_the_extreme_days_and_timeless_facts_say_so()
    {
        var tenure = Tenure("bolat-nurgaliyev", "2022-01-01", null);
        var plan = Plan([.. WithSecretariat(), tenure]);
        var version = plan.Versions.Single(v => v.Entity.Id == tenure.Id);
        var holds = version.Facts.Select((f, i) => (f, i)).Single(x => x.f.Predicate == Predicates.HoldsPost);
        var row = WriteStatements.FactRow(holds.f, holds.i, version, "2026-01-01T00:00:00.0000000Z");

        Assert.Equal(("2022-01-01", "2022-01-01", "9999-12-31", "9999-12-31"),
            (row["startEarliest"], row["startLatest"], row["endEarliest"], row["endLatest"]));
        Assert.Equal(("2022-01-01", (string?)null), (row["validStart"], (string?)row["validEnd"]));
        Assert.Equal(("bolat-nurgaliyev", "sco-secretary-general"), (row["subject"], row["target"]));
        Assert.Equal("RELATION", row["origin"]);

        var name = plan.Versions.Single(v => v.Entity.Id == "IND").Facts[0];
        var nameRow = WriteStatements.FactRow(name, 0, plan.Versions.Single(v => v.Entity.Id == "IND"), "x");
        Assert.Equal((false, "0001-01-01", "9999-12-31"), (nameRow["hasValid"], nameRow["startEarliest"], nameRow["endLatest"]));
    }

    [Fact]
    public void Writes_group_rows_by_label_and_type_and_chunk_them()
    {
        var sources = Enumerable.Range(0, 5).Select(i => (Entity)Source($"src-{i}")).ToArray();
        var plan = Plan([.. Basics(), .. sources, Tenure("rashid-alimov", "2016", null), SecretaryGeneral(), Official("rashid-alimov", "Rashid Alimov", "TJK")]);
        var statements = WriteStatements.Write(plan, DateTimeOffset.UnixEpoch, batchSize: 3);

        Assert.Contains("SET c.last = datetime($recordedAt)", statements[0].Text);
        Assert.All(statements.Skip(1), s => Assert.True(((System.Collections.ICollection)s.Parameters!["rows"]!).Count <= 3));
        var sourceStatements = statements.Where(s => s.Text.Contains(":Version:SourceVersion")).ToArray();
        Assert.Equal(3, sourceStatements.Length); // 7 sources in chunks of 3
        Assert.Contains(statements, s => s.Text.Contains("CREATE (s)-[:HOLDS_POST "));
        Assert.Contains(statements, s => s.Text.Contains("CREATE (s)-[:CITES "));
        Assert.Contains(statements, s => s.Text.Contains("CREATE (s)-[:NATIONALITY "));
        // Versions (which create the identity nodes) come before the facts that need them.
        var lastVersion = statements.ToList().FindLastIndex(s => s.Text.Contains(":HAS_VERSION]"));
        var firstFact = statements.ToList().FindIndex(s => s.Text.Contains("MATCH (o:Item"));
        Assert.True(lastVersion < firstFact);
        Assert.All(statements, s => Assert.Equal("1970-01-01T00:00:00.0000000Z", s.Parameters!["recordedAt"]));
    }

    [Fact]
    public void Several_kinds_text_and_language_filter_in_the_list_statement_itself()
    {
        var filter = new EntityFilter(Categories: ["HEADS_OF_STATE", "CONFERENCE"], TextContains: "Xinhua  News", Language: "EN");

        var list = ListStatement.For(new EntityQuery(EntityKind.Source, filter))!;

        Assert.Contains("v.category IN $categories", list.Statement.Text);
        Assert.Contains("(v.names CONTAINS $text OR v.publisherKey CONTAINS $text)", list.Statement.Text);
        Assert.Contains("v.languageKey = $language", list.Statement.Text);
        Assert.Equal(("xinhua news", "en"), (list.Statement.Parameters!["text"], list.Statement.Parameters["language"]));
        Assert.Null(ListStatement.For(new EntityQuery(EntityKind.Meeting, new EntityFilter(Categories: []))));
    }

    [Fact]
    public void A_source_version_keeps_its_publisher_and_language_in_the_forms_the_filters_compare()
    {
        var source = Source("xinhua-2017") with { Publisher = "Xinhua  News", Language = "EN" };

        var row = WriteStatements.VersionRow(Plan(source).Versions.Single(), newItem: true, "2026-01-01T00:00:00.0000000Z");

        Assert.Equal(("xinhua news", "en"), (row["publisherKey"], row["languageKey"]));
    }

    [Fact]
    public void In_force_on_a_day_compares_the_day_with_the_entry_into_forces_earliest_or_latest_day()
    {
        var possibly = ListStatement.For(new EntityQuery(EntityKind.Agreement, new EntityFilter(InForceOn: new DateOnly(2017, 6, 1))))!;
        var certainly = ListStatement.For(new EntityQuery(EntityKind.Agreement,
            new EntityFilter(InForceOn: new DateOnly(2017, 6, 1), InForceCertainOnly: true)))!;
        var row = WriteStatements.VersionRow(Plan([.. Basics(), RoadTransport("2017")]).Versions.Single(v => v.Entity is Agreement),
            newItem: true, "2026-01-01T00:00:00.0000000Z");

        Assert.Contains("v.inForceEarliest <= date($inForceOn)", possibly.Statement.Text);
        Assert.Contains("v.inForceLatest <= date($inForceOn)", certainly.Statement.Text);
        Assert.Equal("2017-06-01", possibly.Statement.Parameters!["inForceOn"]);
        Assert.Equal(("2017-01-01", "2017-12-31"), (row["inForceEarliest"], row["inForceLatest"]));
    }

    [Fact]
    public void The_batch_writer_is_recorded_by_every_statement_that_records_or_retracts()
    {
        var tenure = Tenure("rashid-alimov", "2016", "2018");
        var stored = new Dictionary<string, StoredLatest>
        {
            [tenure.Id] = new(tenure.Id, EntityKind.Tenure, 1, true, Domain.Serialization.EntityJson.Serialize(tenure)),
        };
        var batch = new WriteBatch([new Upsert(Source("src-new")), new Retract(tenure.Id, "wrong")], RecordedBy: "importer");
        var plan = BatchPlan.Build(batch, stored, new Dictionary<int, IReadOnlyCollection<string>>());

        var writing = WriteStatements.Write(plan, DateTimeOffset.UnixEpoch, 100).Skip(1).ToArray();

        Assert.NotEmpty(writing);
        Assert.All(writing, s => Assert.Equal("importer", s.Parameters!["recordedBy"]));
        Assert.Contains(writing, s => s.Text.Contains("v.retractedBy = $recordedBy"));
        Assert.Contains(writing, s => s.Text.Contains("r.retractedBy = $recordedBy"));
        Assert.Contains(writing, s => s.Text.Contains("recordedBy: $recordedBy"));
    }

    [Fact]
    public void Retracting_stored_versions_finds_their_relations_again_by_subject_type_and_target()
    {
        var tenure = Tenure("rashid-alimov", "2016", "2018");
        var stored = new Dictionary<string, StoredLatest>
        {
            [tenure.Id] = new(tenure.Id, EntityKind.Tenure, 1, true, Domain.Serialization.EntityJson.Serialize(tenure)),
        };
        var plan = BatchPlan.Build(Batch.Retracting(tenure.Id, "wrong"), stored, new Dictionary<int, IReadOnlyCollection<string>>());
        var statements = WriteStatements.Write(plan, DateTimeOffset.UnixEpoch, 100);

        Assert.Contains(statements, s => s.Text.Contains("SET v.retractedAt = datetime($recordedAt)"));
        var holds = Assert.Single(statements, s => s.Text.Contains("-[r:HOLDS_POST]->"));
        var row = Assert.Single((Dictionary<string, object?>[])holds.Parameters!["rows"]!);
        Assert.Equal(("rashid-alimov", "sco-secretary-general", tenure.Id, 1, "wrong"),
            (row["subject"], row["target"], row["itemId"], row["revision"], row["reason"]));
        Assert.Contains(statements, s => s.Text.Contains("-[r:CITES]->"));
    }

    [Fact]
    public void A_version_records_its_relationships_and_a_retraction_finds_them_from_that_record()
    {
        var tenure = Tenure("rashid-alimov", "2016", "2018");
        var version = Plan([.. WithSecretariat(), tenure]).Versions.Single(v => v.Entity.Id == tenure.Id);
        var relations = (string[])WriteStatements.VersionRow(version, true, "x")["relations"]!;
        Assert.Equal(["HOLDS_POST\u001Frashid-alimov\u001Fsco-secretary-general", "CITES\u001Frashid-alimov-sg\u001Fsrc-about"], relations);

        // A record that differs from today's projection (an older ScoGraph wrote it) is what the retraction follows.
        var stored = new Dictionary<string, StoredLatest>
        {
            [tenure.Id] = new(tenure.Id, EntityKind.Tenure, 3, true, Domain.Serialization.EntityJson.Serialize(tenure), ["PART_OF\u001Fa\u001Fb"]),
        };
        var plan = BatchPlan.Build(Batch.Retracting(tenure.Id, "wrong"), stored, new Dictionary<int, IReadOnlyCollection<string>>());
        var statements = WriteStatements.Write(plan, DateTimeOffset.UnixEpoch, 100);
        var partOf = Assert.Single(statements, s => s.Text.Contains("-[r:PART_OF]->"));
        Assert.Equal(("a", "b", 3), (((Dictionary<string, object?>[])partOf.Parameters!["rows"]!)[0]["subject"],
            ((Dictionary<string, object?>[])partOf.Parameters["rows"]!)[0]["target"], ((Dictionary<string, object?>[])partOf.Parameters["rows"]!)[0]["revision"]));
        Assert.DoesNotContain(statements, s => s.Text.Contains("-[r:HOLDS_POST]->"));
        Assert.Throws<InvalidDataException>(() => RelationKey.Parse("HAS_VERSION\u001Fa\u001Fb"));
        Assert.Throws<InvalidDataException>(() => RelationKey.Parse("FIELD\u001Fa\u001Fb"));
    }

    [Fact]
    public void Fact_loads_expand_only_the_types_of_the_asked_predicates()
    {
        var outgoing = FactStatements.Load(new FactQuery(["rashid-alimov"], Predicates: [Predicates.HoldsPost, Predicates.Name],
            AsOf: new DateOnly(2017, 1, 1), CertainOnly: true));
        Assert.Contains("-[r:HOLDS_POST|FIELD|CLAIMED]->() WHERE r.subject = id", outgoing.Text);
        Assert.Contains("r.startLatest <= date($day)", outgoing.Text);
        Assert.Equal("2017-01-01", outgoing.Parameters!["day"]);
        Assert.Null(outgoing.Parameters["knownAt"]);

        var incoming = FactStatements.Load(new FactQuery(["sco"], FactDirection.Incoming, [Predicates.MembershipChange],
            KnownAt: new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))));
        Assert.Contains("<-[r:CHANGED_STATUS|CLAIMED]-() WHERE r.object = id", incoming.Text);
        Assert.DoesNotContain("$day", incoming.Text);
        Assert.Equal("2020-01-02T01:04:05.0000000Z", incoming.Parameters!["knownAt"]);
    }

    [Fact]
    public void Every_read_pins_its_knowledge_time_first()
    {
        var statements = new[]
        {
            EntityStatements.Load(["IND"], null),
            FactStatements.Load(new FactQuery(["IND"])),
            FactStatements.InRange(new FactRangeQuery(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31)), Predicates.Events)!,
            FactStatements.MembershipChanges(["sco"], null),
            FactStatements.ClaimPairs(new ConflictQuery()),
            SearchStatements.Candidates("sco", null, null),
            ListStatement.For(new EntityQuery(EntityKind.State))!.Statement,
        };
        Assert.All(statements, s => Assert.StartsWith(Known.Prefix, s.Text));
        Assert.All(statements, s => Assert.True(s.Parameters!.ContainsKey("knownAt")));
    }

    [Fact]
    public void Range_reads_use_one_branch_per_dated_type()
    {
        var statement = FactStatements.InRange(new FactRangeQuery(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), CertainOnly: true),
            Predicates.Events)!;
        Assert.Null(FactStatements.InRange(new FactRangeQuery(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31)), [Predicates.Cites]));
        Assert.Contains("MATCH ()-[r:HOLDS_POST]->()", statement.Text);
        Assert.Contains("MATCH ()-[r:CHANGED_STATUS]->()", statement.Text);
        Assert.Contains("MATCH ()-[r:FIELD]->()", statement.Text);
        Assert.DoesNotContain("CLAIMED", statement.Text);
        Assert.Contains("r.startLatest <= date($toDay) AND r.endEarliest >= date($fromDay)", statement.Text);
        Assert.Equal(10_000, statement.Parameters!["limit"]);
    }

    [Fact]
    public void Types_for_predicates_come_from_the_fixed_map()
    {
        Assert.Equal(["PARTY_TO", "CLAIMED"], GraphNames.TypesFor([Predicates.PartyTo]));
        Assert.Equal(["FIELD", "CLAIMED"], GraphNames.TypesFor(["entryIntoForce", "someFreePredicate"]));
        Assert.Equal(GraphNames.FactTypes, GraphNames.TypesFor(null));
        Assert.DoesNotContain(GraphNames.HasVersion, GraphNames.FactTypes);
    }

    [Fact]
    public void Search_text_becomes_escaped_wildcard_words_all_required()
    {
        Assert.Equal("*alimov* AND *rash*", SearchStatements.LuceneQuery("alimov rash alimov"));
        Assert.Equal(@"\+\-\&\|\!\(\)\{\}\[\]\^\""\~\*\?\:\\\/", SearchStatements.Escape("+-&|!(){}[]^\"~*?:\\/"));
        Assert.Equal("*near* AND *sco* AND *and*", SearchStatements.LuceneQuery(TextNormalizer.Normalize("NEAR(sco AND")));
    }

    [Fact]
    public void Fact_rows_sort_by_id_predicate_start_and_item_in_code_point_order()
    {
        FactStatements.FactRow Row(string subject, string predicate, string start, string item) => new(
            new FactRecord(new Fact(item, EntityKind.Tenure, FactOrigin.Relation, subject, predicate, "x", null, null, []),
                new Domain.Versions.VersionInfo(1, DateTimeOffset.UnixEpoch), Domain.Time.Certainty.Certain),
            DateOnly.Parse(start), DateOnly.Parse(start), 0);
        var rows = new List<FactStatements.FactRow>
        {
            Row("b", "holdsPost", "2001-01-01", "t1"), Row("a", "name", "0001-01-01", "a"), Row("a", "holdsPost", "2005-01-01", "t2"),
            Row("a", "holdsPost", "2001-01-01", "t3"), Row("\uFFFF", "x", "2001-01-01", "t"), Row("😀", "x", "2001-01-01", "t"),
        };
        rows.Sort((x, y) => FactStatements.CompareForLoad(x, y, FactDirection.Outgoing));
        Assert.Equal(["a/holdsPost/t3", "a/holdsPost/t2", "a/name/a", "b/holdsPost/t1", "\uFFFF/x/t", "😀/x/t"],
            rows.Select(r => $"{r.Record.Fact.Subject}/{r.Record.Fact.Predicate}/{r.Record.Fact.ItemId}"));
    }
}
