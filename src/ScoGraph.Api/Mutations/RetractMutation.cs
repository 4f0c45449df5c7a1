using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Validation;
using ScoGraph.Domain.Versions;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// <c>retract(id, reason)</c>: retracts the current version of an entity or claim. Nothing is deleted: the version
/// stays in <c>history</c> and is still seen by queries with a <c>knownAt</c> before the retraction.
/// </summary>
public static class RetractMutation
{
    public static async Task<RetractPayload> ResolveAsync(IResolverContext context)
    {
        var writer = ApiKeyAuthorization.Demand(context);
        var id = context.Argument<string>("id") ?? "";
        var reason = context.Argument<string>("reason") ?? "";
        var store = context.Services.GetRequiredService<ITimelineStore>();
        var cancellationToken = context.CancellationToken;

        WriteItem[] items = [new Retract(id, reason)];
        var issues = await new WriteValidator(store).ValidateAsync(items, cancellationToken);
        if (issues.Count > 0)
            return Refused(issues.Select(i => UserErrors.From(i.Issue, [], field => field == "target" ? "id" : field)));

        WriteResult result;
        try
        {
            result = await store.WriteAsync(new WriteBatch(items, writer.Name), cancellationToken);
        }
        catch (WriteRejectedException rejected)
        {
            return Refused([new ValidationUserError(rejected.Reason, ["id"], ErrorCodes.Invalid)]);
        }

        var history = await store.HistoryAsync(id, cancellationToken);
        if (result.Items[0] is { Outcome: WriteOutcome.Retracted, Revision: int revision })
            return new RetractPayload(history.Single(version => version.Version.Revision == revision), []);
        return Refused([NothingCurrent(id, history)]);
    }

    /// <summary>Why nothing was retracted: the id was never known, or its last version is already retracted.</summary>
    private static UserError NothingCurrent(string id, IReadOnlyList<Versioned<Entity>> history) => history.Count == 0
        ? new UnknownReferenceUserError($"The graph holds nothing with the id \"{id}\"; there is nothing to retract.", ["id"], id)
        : new ValidationUserError(
            $"\"{id}\" is already retracted (version {history[^1].Version.Revision}, at {history[^1].Version.RetractedAt:O}: " +
            $"{history[^1].Version.RetractionReason}); there is no current version to retract.", ["id"], AlreadyRetractedCode);

    /// <summary>The <c>ValidationError.code</c> of a retraction whose target has no current version left.</summary>
    public const string AlreadyRetractedCode = "ALREADY_RETRACTED";

    private static RetractPayload Refused(IEnumerable<UserError> errors) => new(null, errors.ToArray());
}
