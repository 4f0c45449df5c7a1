using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>The mutation documents the specs send, and small helpers to send them with the test key.</summary>
public static class MutationDocuments
{
    public const string Key = "test-key";

    /// <summary>Every field of every user error, so a spec can check type, path, code, id and line.</summary>
    public const string ProblemFields = """
        fragment Problem on UserError {
          __typename message path
          ... on ValidationError { code }
          ... on UnknownReferenceError { id }
          ... on ImportLineError { line }
        }
        """;

    public static readonly string UpsertState = """
        mutation ($input: StateInput!) {
          upsertState(input: $input) { state { id iso3 name aliases sources { id } } errors { ...Problem } }
        }
        """ + ProblemFields;

    public static readonly string UpsertOrganization = """
        mutation ($input: OrganizationInput!) {
          upsertOrganization(input: $input) { organization { id name aliases parent { id } } errors { ...Problem } }
        }
        """ + ProblemFields;

    public static readonly string UpsertOfficial = """
        mutation ($input: OfficialInput!) {
          upsertOfficial(input: $input) { official { id name aliases nationality { id } } errors { ...Problem } }
        }
        """ + ProblemFields;

    public static readonly string UpsertPost = """
        mutation ($input: PostInput!) {
          upsertPost(input: $input) { post { id title organization { id } state { id } } errors { ...Problem } }
        }
        """ + ProblemFields;

    public static readonly string UpsertSource = """
        mutation ($input: SourceInput!) {
          upsertSource(input: $input) { source { id title url publisher published language excerpt } errors { ...Problem } }
        }
        """ + ProblemFields;

    public static readonly string RecordTenure = """
        mutation ($input: TenureInput!) {
          recordTenure(input: $input) {
            tenure { id official { id } post { id } period { start end } sources { id } }
            errors { ...Problem }
          }
        }
        """ + ProblemFields;

    public static readonly string RecordMeeting = """
        mutation ($input: MeetingInput!) {
          recordMeeting(input: $input) {
            meeting { id title kind city host { id } period { start end } virtual topics decisions sources { id } }
            errors { ...Problem }
          }
        }
        """ + ProblemFields;

    public static readonly string RecordAgreement = """
        mutation ($input: AgreementInput!) {
          recordAgreement(input: $input) {
            agreement { id title kind signed entryIntoForce parties { party { ... on State { id } } signed ratified } }
            errors { ...Problem }
          }
        }
        """ + ProblemFields;

    public static readonly string RecordMembershipChange = """
        mutation ($input: MembershipChangeInput!) {
          recordMembershipChange(input: $input) {
            membershipChange { id state { id } organization { id } fromStatus toStatus effective }
            errors { ...Problem }
          }
        }
        """ + ProblemFields;

    public static readonly string RecordClaim = """
        mutation ($input: ClaimInput!) {
          recordClaim(input: $input) {
            conflict { predicate description claims { value sources { id } } }
            errors { ...Problem }
          }
        }
        """ + ProblemFields;

    public static readonly string Retract = """
        mutation ($id: ID!, $reason: String!) {
          retract(id: $id, reason: $reason) {
            retracted { id version recordedAt retractedAt retractionReason content }
            errors { ...Problem }
          }
        }
        """ + ProblemFields;

    public static readonly string ImportFacts = """
        mutation ($lines: String!, $dryRun: Boolean) {
          importFacts(lines: $lines, dryRun: $dryRun) { created updated unchanged committed errors { ...Problem } }
        }
        """ + ProblemFields;

    public const string History = """
        query ($id: ID!) { history(id: $id) { id version recordedAt retractedAt retractionReason recordedBy retractedBy content } }
        """;

    /// <summary>Sends a mutation with the test key (or <paramref name="apiKey"/>) and returns the named root field's payload (asserting no GraphQL errors).</summary>
    public static async Task<JsonElement> MutateAsync(this ApiServer server, string document, object variables, string field, string apiKey = Key) =>
        (await server.QueryAsync(document, variables, apiKey)).Data().GetProperty(field);

    /// <summary>The versions <c>history(id)</c> lists, oldest first; none when the graph never held the id (a NOT_FOUND error).</summary>
    public static async Task<JsonElement[]> HistoryAsync(this ApiServer server, string id)
    {
        var response = await server.QueryAsync(History, new { id });
        if (response.TryGetProperty("errors", out var errors) && errors.GetArrayLength() == 1
            && errors[0].TryGetProperty("extensions", out var extensions) && extensions.GetProperty("code").GetString() == "NOT_FOUND")
            return [];
        return response.Data().GetProperty("history").EnumerateArray().ToArray();
    }

    /// <summary>The payload's <c>errors</c>, after asserting there are none (their JSON in the failure).</summary>
    public static void AssertNoErrors(this JsonElement payload)
    {
        var errors = payload.GetProperty("errors");
        Assert.True(errors.GetArrayLength() == 0, $"Unexpected user errors: {errors}");
    }

    public static string[] Strings(this JsonElement list) => list.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
