using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Validation;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Validation;

public class EntityValidatorSpecs
{
    private static readonly EntityValidator Validator = new(ReferenceCatalog.Of([.. All, new State { Id = "TJK", Name = "Tajikistan", Iso3 = "TJK" }, new Source { Id = "seed-000", Title = "Seed" }]));

    private static IReadOnlyList<string> Issues(Entity entity) => Validator.Check(entity).Select(i => i.ToString()).ToArray();

    [Fact]
    public void The_sample_graph_is_valid()
    {
        foreach (var entity in All) Assert.Empty(Issues(entity));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-ind")]
    [InlineData("in d")]
    [InlineData("ind/1")]
    [InlineData("Ĳssel")]
    public void Ids_must_be_slugs(string id)
    {
        var issue = Assert.Single(Validator.Check(Alimov with { Id = id }));

        Assert.Equal("id", issue.Path);
        Assert.Contains("is not a valid id", issue.Message);
    }

    [Fact]
    public void An_overlong_id_is_refused()
    {
        Assert.Equal("id", Assert.Single(Validator.Check(Alimov with { Id = new string('a', 121) })).Path);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("   ", "must not be empty")]
    [InlineData("Rashid\nAlimov", "must not contain control characters (line breaks, tabs)")]
    public void Names_must_be_real_names(string name, string message)
    {
        Assert.Equal([$"field \"name\": {message}"], Issues(Alimov with { Name = name }));
    }

    [Fact]
    public void Aliases_are_checked_one_by_one_with_their_index()
    {
        Assert.Equal(["field \"aliases[1]\": must not be empty"], Issues(India with { Aliases = ["Bharat", " "] }));
    }

    [Fact]
    public void A_state_id_is_its_iso3_code()
    {
        Assert.Equal(["field \"iso3\": must equal the id (\"IND\"): a state's id is its ISO 3166 alpha-3 code"], Issues(India with { Iso3 = "IDN" }));
        Assert.Contains("is not an ISO 3166 alpha-3 code", Assert.Single(Issues(India with { Iso3 = "in" })));
    }

    [Fact]
    public void Error_codes_with_digits_are_kept_so_clients_can_branch_on_them()
    {
        Assert.Equal(ErrorCodes.InvalidIso3, Assert.Single(Validator.Check(India with { Iso3 = "in" })).Code);
    }

    [Fact]
    public void A_period_whose_end_is_before_its_start_is_refused_on_the_end()
    {
        var issue = Assert.Single(Validator.Check(AlimovTerm with { Period = new(D("2018"), D("2016")) }));

        Assert.Equal(new ValidationIssue("end", "end 2016 is before start 2018", ErrorCodes.PeriodStartAfterEnd), issue);
    }

    [Fact]
    public void Overlapping_imprecise_bounds_are_accepted()
    {
        Assert.Empty(Issues(AlimovTerm with { Period = new(D("2016-05"), D("2016")) }));
    }

    [Fact]
    public void A_tenure_needs_a_start()
    {
        Assert.Equal(["field \"start\": a tenure needs a start date"], Issues(AlimovTerm with { Period = new(null, D("2018")) }));
    }

    [Fact]
    public void References_to_unknown_entities_name_the_field_and_the_missing_id()
    {
        Assert.Equal(
            ["field \"official\": refers to unknown official \"nobody\" (define it in the same batch or import it first)"],
            Issues(AlimovTerm with { Official = "nobody" }));
    }

    [Fact]
    public void An_unknown_reference_carries_its_code_and_the_unknown_id()
    {
        var issue = Assert.Single(Validator.Check(RoadTransport with { Parties = [new("IND"), new("atlantis")] }));

        Assert.Equal((ErrorCodes.UnknownReference, "atlantis"), (issue.Code, issue.ReferencedId));
        Assert.Equal(["parties", "1", "party"], issue.Segments);
    }

    [Fact]
    public void Every_issue_names_the_rule_it_broke()
    {
        Assert.Equal(ErrorCodes.InvalidId, Validator.Check(Alimov with { Id = "a b" }).Single().Code);
        Assert.Equal(ErrorCodes.WrongReferenceKind, Validator.Check(AlimovTerm with { Post = "IND" }).Single().Code);
        Assert.Equal(ErrorCodes.SelfReference, Validator.Check(Sco with { Parent = "sco" }).Single().Code);
        Assert.Equal(ErrorCodes.StatusUnchanged, Validator.Check(IndiaMember with { To = MembershipStatus.Observer }).Single().Code);
        Assert.Equal(ErrorCodes.Duplicate, Validator.Check(RoadTransport with { Parties = [new("IND"), new("IND")] }).Single().Code);
        Assert.Equal(ErrorCodes.InvalidName, Validator.Check(Alimov with { Name = "" }).Single().Code);
        Assert.Equal(ErrorCodes.EntryIntoForceBeforeSignature, Validator.Check(RoadTransport with { EntryIntoForce = D("2013") }).Single().Code);
        Assert.Null(Validator.Check(Alimov with { Name = "" }).Single().ReferencedId);
    }

    [Fact]
    public void References_to_entities_of_the_wrong_kind_say_what_was_expected()
    {
        Assert.Equal(["field \"post\": \"IND\" is a state, expected a post"], Issues(AlimovTerm with { Post = "IND" }));
        Assert.Equal(["field \"decidedAt\": \"IND\" is a state, expected a meeting"], Issues(IndiaMember with { DecidedAt = "IND" }));
    }

    [Fact]
    public void Errors_inside_lists_carry_the_element_path()
    {
        var agreement = RoadTransport with { Parties = [new("IND"), new("atlantis"), new("KAZ", D("2014"), Ratified: D("2013"))] };

        Assert.Equal(
        [
            "field \"parties[1].party\": refers to unknown state or organization \"atlantis\" (define it in the same batch or import it first)",
            "field \"parties[2].ratified\": ratification 2013 is before signature 2014",
        ], Issues(agreement));
    }

    [Fact]
    public void A_party_listed_twice_is_refused()
    {
        Assert.Equal(["field \"parties\": lists \"IND\" more than once"], Issues(RoadTransport with { Parties = [new("IND"), new("IND")] }));
    }

    [Fact]
    public void Entry_into_force_certainly_before_signature_is_refused()
    {
        Assert.Equal(["field \"entryIntoForce\": entry into force 2013 is before signature 2014-09-12"], Issues(RoadTransport with { EntryIntoForce = D("2013") }));
        Assert.Empty(Issues(RoadTransport with { EntryIntoForce = D("2014") }));
    }

    [Fact]
    public void Self_references_are_refused()
    {
        Assert.Equal(["field \"parent\": refers to \"sco\" itself; an entity cannot refer to itself here"], Issues(Sco with { Parent = "sco" }));
        Assert.Contains("field \"participants[0]\": a meeting cannot take part in itself",
            Issues(Astana with { Participants = [new("2017-astana-summit")] }));
        Assert.Equal(["field \"sources[0]\": a source cannot cite itself"], Issues(Page with { Sources = [new("sectsco-page")] }));
    }

    [Fact]
    public void Participants_must_be_officials_states_or_organizations_and_listed_once()
    {
        Assert.Equal(["field \"participants[0].entity\": \"sectsco-page\" is a source, expected an official or state or organization"],
            Issues(Astana with { Participants = [new("sectsco-page")] }));
        Assert.Equal(["field \"participants\": lists \"IND\" more than once"],
            Issues(Astana with { Participants = [new("IND"), new("IND", "observer")] }));
    }

    [Fact]
    public void A_membership_change_must_change_the_status()
    {
        Assert.Equal(["field \"toStatus\": is the same as \"fromStatus\" (OBSERVER): a change must change the status"],
            Issues(IndiaMember with { To = MembershipStatus.Observer }));
    }

    [Fact]
    public void A_membership_change_without_an_effective_date_is_refused()
    {
        Assert.Equal(["field \"effective\": an effective date is required"], Issues(IndiaMember with { Effective = default }));
    }

    [Fact]
    public void Undefined_enum_values_are_refused()
    {
        Assert.Equal(["field \"toStatus\": is not a membership status"], Issues(IndiaMember with { To = (MembershipStatus)42 }));
        Assert.Equal(["field \"kind\": is not a meeting kind"], Issues(Astana with { MeetingKind = (MeetingKind)42 }));
    }

    [Fact]
    public void A_post_belongs_to_exactly_one_owner()
    {
        Assert.Equal(["field \"organization\": give the organization or the state the post belongs to"], Issues(SecretaryGeneral with { Organization = null }));
        Assert.Equal(["field \"organization\": give either organization or state, not both"], Issues(SecretaryGeneral with { State = "KAZ" }));
    }

    [Fact]
    public void Sources_must_be_known_sources_with_real_quotes()
    {
        Assert.Equal(
        [
            "field \"sources[0].id\": refers to unknown source \"nowhere\" (define it in the same batch or import it first)",
            "field \"sources[1].id\": \"IND\" is a state, expected a source",
            "field \"sources[2].quote\": must not be empty",
        ], Issues(Alimov with { Sources = [new("nowhere"), new("IND"), new("sectsco-page", "")] }));
    }

    [Fact]
    public void Source_fields_have_the_right_shape()
    {
        Assert.Equal(
        [
            "field \"url\": \"ftp://example.org/x\" is not an absolute http(s) URL",
            "field \"language\": \"English\" is not a language tag like \"en\", \"ru\" or \"zh-Hans\"",
        ], Issues(Page with { Url = "ftp://example.org/x", Language = "English" }));
    }

    [Fact]
    public void A_claim_needs_a_known_subject_a_predicate_name_a_value_and_a_source()
    {
        var claim = Claim.Create("nowhere", "entry into force", " ", []);

        Assert.Equal(
        [
            "field \"subject\": refers to unknown entity \"nowhere\" (define it in the same batch or import it first)",
            "field \"predicate\": \"entry into force\" is not a predicate name: lowerCamelCase letters and digits, like \"entryIntoForce\"",
            "field \"value\": must not be empty",
            "field \"sources\": a claim must cite at least one source",
        ], Issues(claim));
    }

    [Fact]
    public void A_claim_id_must_be_derived_from_its_content()
    {
        Assert.Equal(["field \"id\": must be derived from subject, predicate and value (Claim.IdFor)"], Issues(InForce2014 with { Value = "2015" }));
    }

    [Fact]
    public void A_claim_about_a_claim_is_refused()
    {
        var meta = Claim.Create(InForce2014.Id, "reliability", "low", [new("sectsco-page")]);
        var catalog = ReferenceCatalog.Of([.. All, meta]);

        Assert.Contains(new EntityValidator(catalog).Check(meta), i => i.Message == "a claim cannot be about another claim");
    }
}
