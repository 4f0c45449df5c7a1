using ScoGraph.Api.Schema.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Validation;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// The shared flow of every upsert/record mutation: check the API key, read the input into an entity, validate it
/// against the store (one batched lookup of the ids it refers to), write it only when nothing is wrong, and answer
/// with the entity the store now holds (the new version, or the identical current one when nothing changed).
/// </summary>
public static class UpsertMutation
{
    public const string InputArgument = "input";

    public static async Task<EntityPayload> ResolveAsync(IResolverContext context, EntityInput input)
    {
        var writer = ApiKeyAuthorization.Demand(context);
        var reader = ReadInput(context);
        var entity = input.Read(reader);
        var store = context.Services.GetRequiredService<ITimelineStore>();
        var written = await WriteAsync(store, entity, reader.Errors,
            issue => UserErrors.From(issue, InputArgument, input.InputName), writer.Name, context.CancellationToken);
        return written.Errors.Count > 0
            ? EntityPayload.Refused(written.Errors)
            : new EntityPayload(GraphNodes.From(written.Stored!), []);
    }

    public static InputReader ReadInput(IResolverContext context) =>
        new(context.Arguments.GetValueOrDefault(InputArgument) as IReadOnlyDictionary<string, object?>, InputArgument);

    /// <summary>
    /// Validates one entity and writes it when neither validation nor reading the input (<paramref name="inputErrors"/>)
    /// found a problem. All problems are reported together; a field the reader already refused (a bad date) is not
    /// reported a second time by the validator (as "required"). <paramref name="recordedBy"/> is the writer's key name.
    /// </summary>
    public static async Task<WriteAttempt> WriteAsync(ITimelineStore store, Entity entity, IReadOnlyList<UserError> inputErrors,
        Func<ValidationIssue, UserError> toError, string recordedBy, CancellationToken cancellationToken)
    {
        WriteItem[] items = [new Upsert(entity)];
        var issues = await new WriteValidator(store).ValidateAsync(items, cancellationToken);
        var refusedPaths = inputErrors.Select(e => string.Join('.', e.Path ?? [])).ToHashSet(StringComparer.Ordinal);
        UserError[] errors =
        [
            .. inputErrors,
            .. issues.Select(i => toError(i.Issue)).Where(e => !refusedPaths.Contains(string.Join('.', e.Path ?? []))),
        ];
        if (errors.Length > 0) return new WriteAttempt(null, errors);

        try
        {
            await store.WriteAsync(new WriteBatch(items, recordedBy), cancellationToken);
        }
        catch (WriteRejectedException rejected)
        {
            // The store refused what validation let through (nothing was written): still the caller's input.
            return new WriteAttempt(null, [new ValidationUserError(rejected.Reason, [InputArgument], ErrorCodes.Invalid)]);
        }

        // The store keeps exactly what it was given (a new version, or none when it equals the current one), so the
        // entity written is the entity stored: no need to read it back.
        return new WriteAttempt(entity, []);
    }
}

/// <summary>The outcome of <see cref="UpsertMutation.WriteAsync"/>: the entity as stored, or the errors that refused it.</summary>
public sealed record WriteAttempt(Entity? Stored, IReadOnlyList<UserError> Errors);
