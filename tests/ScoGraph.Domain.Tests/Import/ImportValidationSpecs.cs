using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Validation;

namespace ScoGraph.Domain.Tests.Import;

public class ImportValidationSpecs
{
    private static ImportBatch Check(string json, Dictionary<string, EntityKind>? store = null) =>
        ImportValidation.Validate(JsonLinesReader.Read(json).ToList(), store ?? []);

    private const string Base = """
        {"type":"source","id":"s","title":"Page"}
        {"type":"state","id":"IND","name":"India","iso3":"IND","sources":["s"]}
        {"type":"organization","id":"sco","name":"SCO"}
        """;

    [Fact]
    public void Lines_may_refer_to_ids_defined_later_in_the_batch()
    {
        var batch = Check("""
            {"type":"membershipChange","id":"c","state":"IND","toStatus":"OBSERVER","effective":"2005-07-05","sources":["s"]}
            """ + "\n" + Base);

        Assert.True(batch.IsValid, string.Join("\n", batch.Errors));
        Assert.Equal(4, batch.ToWriteBatch().Items.Count);
    }

    [Fact]
    public void A_large_valid_import_can_be_written_in_chunks_in_line_order()
    {
        var batch = Check(Base);

        var chunks = batch.ToWriteBatches(2).ToArray();

        Assert.Equal([2, 1], chunks.Select(c => c.Items.Count));
        Assert.Equal(batch.ToWriteBatch().Items, chunks.SelectMany(c => c.Items));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.ToWriteBatches(0).ToArray());
    }

    [Fact]
    public void Ids_known_to_the_store_count_as_defined()
    {
        var batch = Check("""{"type":"official","id":"o","name":"N","nationality":"KAZ","sources":["old-source"]}""",
            new() { ["KAZ"] = EntityKind.State, ["old-source"] = EntityKind.Source });

        Assert.True(batch.IsValid, string.Join("\n", batch.Errors));
    }

    [Fact]
    public void External_references_are_the_ids_used_but_not_defined()
    {
        var lines = JsonLinesReader.Read(Base + "\n" + """{"type":"official","id":"o","name":"N","nationality":"KAZ","sources":["s","old"]}""").ToList();

        Assert.Equal(["KAZ", "old"], ImportValidation.ExternalReferences(lines).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validation_errors_carry_the_line_and_field_path_and_stop_the_whole_batch()
    {
        var batch = Check(Base + "\n" + """
            {"type":"agreement","id":"a","title":"T","kind":"TREATY","parties":[{"party":"IND"},{"party":"atlantis"}]}
            {"type":"tenure","id":"t","official":"IND","post":"p","start":"2018","end":"2016"}
            """);

        Assert.False(batch.IsValid);
        Assert.Equal(
        [
            "line 4: field \"parties[1].party\": refers to unknown state or organization \"atlantis\" (define it in the same batch or import it first)",
            "line 5: field \"official\": \"IND\" is a state, expected an official",
            "line 5: field \"post\": refers to unknown post \"p\" (define it in the same batch or import it first)",
            "line 5: field \"end\": end 2016 is before start 2018",
        ], batch.Errors.Select(e => e.ToString()));
        Assert.Throws<InvalidOperationException>(() => batch.ToWriteBatch());
    }

    [Fact]
    public void An_id_defined_twice_in_one_import_is_refused()
    {
        var batch = Check(Base + "\n" + """{"type":"state","id":"IND","name":"Bharat","iso3":"IND"}""");

        Assert.Equal(["line 4: field \"id\": \"IND\" is already defined on line 2; an id may appear once per import"], batch.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_same_claim_twice_is_refused_but_different_values_stand_side_by_side()
    {
        var claims = """
            {"type":"claim","subject":"IND","predicate":"joined","value":"2017","sources":["s"]}
            {"type":"claim","subject":"IND","predicate":"joined","value":"2016","sources":["s"]}
            {"type":"claim","subject":"IND","predicate":"joined","value":"2017","sources":["s"]}
            """;

        var batch = Check(Base + "\n" + claims);

        Assert.Equal(["line 6: field \"value\": the same claim (subject, predicate and value) is already on line 4; merge their sources"],
            batch.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_broken_line_does_not_make_references_to_its_id_fail_too()
    {
        var batch = Check("""
            {"type":"state","id":"KAZ","name":"","iso3":"KAZ"}
            {"type":"official","id":"o","name":"N","nationality":"KAZ"}
            """);

        Assert.Equal(["line 1: field \"name\": must not be empty"], batch.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_retraction_target_must_look_like_an_id()
    {
        var batch = Check("""{"type":"retraction","target":"no such thing","reason":"r"}""");

        Assert.Contains("is not a valid id", Assert.Single(batch.Errors).Message);
    }

    [Fact]
    public void A_retraction_is_refused_for_what_the_retract_mutation_refuses()
    {
        var batch = Check($$"""
            {"type":"retraction","subject":"no such thing","predicate":"Entry Into Force","reason":"r"}
            {"type":"retraction","target":"IND","reason":"{{new string('x', 1001)}}"}
            {"type":"retraction","subject":"IND","predicate":"entryIntoForce","value":"2017","reason":"wrong year"}
            """);

        Assert.Equal(
            [(1, "subject", ErrorCodes.InvalidId), (1, "predicate", ErrorCodes.InvalidPredicate), (2, "reason", ErrorCodes.InvalidText)],
            batch.Errors.Select(e => (e.Line, e.Field, e.Code)));
    }
}
