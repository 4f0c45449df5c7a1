using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Import;

public class ImportLineParserSpecs
{
    private static Entity Entity(string json) =>
        Assert.IsType<Upsert>(Assert.Single(JsonLinesReader.Read(json), l => l.IsValid).Item).Entity;

    private static IReadOnlyList<string> Errors(string json) =>
        JsonLinesReader.Read(json).SelectMany(l => l.Errors).Select(e => e.ToString()).ToArray();

    [Fact]
    public void Reads_every_entity_type_of_the_format()
    {
        var membership = Assert.IsType<MembershipChange>(Entity(
            """{"type":"membershipChange","id":"IND-observer-2005","state":"IND","toStatus":"OBSERVER","effective":"2005-07-05","decidedAt":"2005-astana-summit","sources":["sco-members-page"]}"""));
        Assert.Equal(("IND", "sco", MembershipStatus.None, MembershipStatus.Observer), (membership.State, membership.Organization, membership.From, membership.To));
        Assert.Equal(PartialDate.Parse("2005-07-05"), membership.Effective);
        Assert.Equal([new SourceRef("sco-members-page")], membership.Sources);

        var meeting = Assert.IsType<Meeting>(Entity(
            """{"type":"meeting","id":"m","title":"T","kind":"HEADS_OF_STATE","start":"2017-06-08","end":"2017-06-09","city":"Astana","country":"KAZ","host":"KAZ","virtual":false,"participants":[{"entity":"IND","role":"acceding","represented":"IND"}],"topics":["a"],"decisions":["b"],"sources":[{"id":"s","quote":"q"}]}"""));
        Assert.Equal(new Participant("IND", "acceding", "IND"), Assert.Single(meeting.Participants));
        Assert.Equal((MeetingKind.HeadsOfState, false, "2017-06-08–2017-06-09"), (meeting.MeetingKind, meeting.Virtual, meeting.Period.ToString()));
        Assert.Equal([new SourceRef("s", "q")], meeting.Sources);

        var agreement = Assert.IsType<Agreement>(Entity(
            """{"type":"agreement","id":"a","title":"T","kind":"CHARTER","signed":"2002-06-07","place":"Saint Petersburg","meeting":"m","entryIntoForce":"2003-09-19","parties":[{"party":"CHN","signed":"2002-06-07","ratified":"2002","acceded":null}]}"""));
        Assert.Equal(new AgreementParty("CHN", PartialDate.Parse("2002-06-07"), PartialDate.Parse("2002")), Assert.Single(agreement.Parties));

        Assert.IsType<Source>(Entity("""{"type":"source","id":"s","title":"T","publisher":"P","url":"https://x.org","published":"2017","language":"en","excerpt":"E"}"""));
        Assert.IsType<State>(Entity("""{"type":"state","id":"IND","name":"India","iso3":"IND","aliases":["Bharat"]}"""));
        Assert.IsType<Organization>(Entity("""{"type":"organization","id":"sco-rats","name":"RATS","parent":"sco"}"""));
        Assert.IsType<Official>(Entity("""{"type":"official","id":"o","name":"N","aliases":[],"nationality":"KAZ"}"""));
        Assert.IsType<Post>(Entity("""{"type":"post","id":"p","title":"T","state":"KAZ"}"""));
        var tenure = Assert.IsType<Tenure>(Entity("""{"type":"tenure","id":"t","official":"o","post":"p","start":"2016"}"""));
        Assert.Null(tenure.Period.End);
    }

    [Fact]
    public void A_claim_gets_its_derived_id()
    {
        var claim = Assert.IsType<Claim>(Entity(
            """{"type":"claim","subject":"sco-road-transport-agreement","predicate":"entryIntoForce","value":"2014","sources":["seed"],"note":"n"}"""));

        Assert.Equal(Claim.IdFor("sco-road-transport-agreement", "entryIntoForce", "2014"), claim.Id);
        Assert.Equal("n", claim.Note);
    }

    [Fact]
    public void Retractions_target_an_id_or_the_claims_of_a_subject_and_predicate()
    {
        var lines = JsonLinesReader.Read("""
            {"type":"retraction","target":"IND-observer-2005","reason":"wrong date"}
            {"type":"retraction","subject":"x","predicate":"end","reason":"duplicate"}
            {"type":"retraction","subject":"x","predicate":"end","value":"2022","reason":"typo"}
            """).ToArray();

        Assert.Equal(new Retract("IND-observer-2005", "wrong date"), lines[0].Item);
        Assert.Equal(new RetractClaims("x", "end", null, "duplicate"), lines[1].Item);
        Assert.Equal(new RetractClaims("x", "end", "2022", "typo"), lines[2].Item);
    }

    [Fact]
    public void A_bad_date_is_reported_with_line_field_and_accepted_shapes()
    {
        var json = "\n\n\n\n\n\n\n\n\n\n\n" +
            """{"type":"membershipChange","id":"x","state":"IND","toStatus":"OBSERVER","effective":"2006-13"}""";

        Assert.Equal(
            ["line 12: field \"effective\": \"2006-13\" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD): month 13 does not exist"],
            Errors(json));
    }

    [Fact]
    public void Format_errors_carry_rule_codes()
    {
        var errors = JsonLinesReader.Read("""
            {"type":"membershipChange","id":"x","state":"IND","toStatus":"MEMBERS","effective":"2006-13"}
            {"type":"state","id":"IND","iso3":"IND"}
            """).SelectMany(l => l.Errors).Select(e => (e.Field, e.Code));

        Assert.Equal([("toStatus", "INVALID_ENUM_VALUE"), ("effective", "INVALID_PARTIAL_DATE"), ("name", "REQUIRED")], errors);
    }

    [Fact]
    public void Every_broken_line_is_reported_and_reading_goes_on()
    {
        var errors = Errors("""
            {"type":"state","id":"IND","name":"India","iso3":"IND"}
            {"type":"state","id":"KAZ","name":"Kazakhstan"
            [1,2,3]
            {"id":"x"}
            {"type":"planet","id":"x"}
            {"type":"official","id":"o","name":42,"aliases":"Al","sources":[7]}
            {"type":"meeting","id":"m","title":"T","kind":"SUMMIT","start":2017,"virtual":"no","participants":[{"role":"r"}]}
            {"type":"membershipChange","id":"c","state":"IND","toStatus":"MEMBERS","effective":"2017","efective":"2017"}
            {"type":"agreement","id":"a","title":"T","kind":"TREATY","parties":[{"party":"CHN","signed":"2006-02-30"},"RUS"]}
            {"type":"retraction","reason":"r"}
            {"type":"claim","subject":"x","predicate":"p","sources":[{"quote":"q"}]}
            """);

        Assert.Equal(
        [
            "line 2: is not valid JSON (Expected depth to be zero at the end of the JSON payload at character 47)",
            "line 3: must be a JSON object like {\"type\": \"state\", ...}",
            "line 4: field \"type\": is required: one of source, state, organization, official, post, tenure, meeting, agreement, membershipChange, claim, retraction",
            "line 5: field \"type\": \"planet\" is not one of source, state, organization, official, post, tenure, meeting, agreement, membershipChange, claim, retraction",
            "line 6: field \"name\": expected a string",
            "line 6: field \"aliases\": expected a list of strings",
            "line 6: field \"sources[0]\": expected a source id or an object with \"id\" and \"quote\"",
            "line 7: field \"kind\": \"SUMMIT\" is not one of HEADS_OF_STATE, SHANGHAI_FIVE_SUMMIT, HEADS_OF_GOVERNMENT, MINISTERIAL, PARLIAMENTARY, JUDICIAL, EXPERT, CONFERENCE, OTHER",
            "line 7: field \"start\": 2017 is a number; write partial dates as strings, like \"2017\"",
            "line 7: field \"participants[0].entity\": is required",
            "line 7: field \"virtual\": expected true or false",
            "line 8: field \"toStatus\": \"MEMBERS\" is not one of DIALOGUE_PARTNER, OBSERVER, MEMBER, PARTNER",
            "line 8: unknown field \"efective\"",
            "line 9: field \"parties[0].signed\": \"2006-02-30\" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD): February 2006 has 28 days",
            "line 9: field \"parties[1]\": expected an object",
            "line 10: field \"target\": is required (an entity or claim id), or give subject and predicate to retract claims",
            "line 11: field \"value\": is required",
            "line 11: field \"sources[0].id\": is required",
        ], errors);
    }

    [Fact]
    public void Blank_lines_and_a_byte_order_mark_are_skipped_but_counted()
    {
        var lines = JsonLinesReader.Read("\uFEFF{\"type\":\"state\",\"id\":\"IND\",\"name\":\"India\",\"iso3\":\"IND\"}\n\n   \n{\"type\":\"x\"}").ToArray();

        Assert.Equal([1, 4], lines.Select(l => l.Line));
        Assert.True(lines[0].IsValid);
    }

    [Fact]
    public void Overlong_and_deeply_nested_lines_are_refused_without_crashing()
    {
        var deep = "{\"type\":\"state\",\"x\":" + new string('[', 100) + new string(']', 100) + "}";
        var errors = JsonLinesReader.Read(deep + "\n" + new string(' ', ImportLineParser.MaxLineLength) + "x").SelectMany(l => l.Errors).ToArray();

        Assert.Equal(2, errors.Length);
        Assert.Contains("is not valid JSON", errors[0].Message);
        Assert.Contains("is longer than", errors[1].Message);
    }

    [Fact]
    public void The_same_line_always_gives_the_same_stored_content()
    {
        const string line = """{"type":"meeting","id":"m","title":"T","kind":"OTHER","start":"2017","participants":[{"entity":"IND"}],"sources":["s",{"id":"t","quote":"q"}]}""";

        Assert.Equal(EntityJson.Serialize(Entity(line)), EntityJson.Serialize(Entity(line)));
    }

    [Fact]
    public void Optional_organization_of_a_membership_change_defaults_to_the_sco()
    {
        var change = Assert.IsType<MembershipChange>(Entity("""{"type":"membershipChange","id":"c","state":"CHN","organization":"shanghai-five","toStatus":"MEMBER","effective":"1996-04-26"}"""));
        Assert.Equal("shanghai-five", change.Organization);
    }
}
