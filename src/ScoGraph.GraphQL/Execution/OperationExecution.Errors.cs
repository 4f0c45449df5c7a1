using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Field errors and null propagation (spec 6.4.4): where an error is recorded, which errors graphql-js drops
/// (those below a position already nulled), and how a late failure nulls its nearest nullable ancestor.
/// </summary>
internal sealed partial class OperationExecution
{
    /// <summary>
    /// Applies the null propagations of deferred fields that failed in a non-null position. They wait until the
    /// ready work is done, as a rejection takes a few ticks to travel up graphql-js's promise chain: errors of
    /// siblings that fail in the same tick are still reported, as graphql-js reports them.
    /// </summary>
    private bool FlushBubbles()
    {
        if (_pendingBubbles is not { Count: > 0 } bubbles) return false;
        _pendingBubbles = null;
        foreach (var (error, from) in bubbles) PropagateFromDeferred(error, from);
        return true;
    }

    private List<(GraphQLError Error, ResponsePath? From)>? _pendingBubbles;


    private static GraphQLError Error(string message, CollectedField field, ResponsePath path) =>
        new(message, Locations(field), path.ToList());

    private static IReadOnlyList<SourceLocation>? Locations(CollectedField field)
    {
        var locations = new List<SourceLocation>(field.Nodes.Count);
        foreach (var node in field.Nodes)
        {
            if (node.Location is { } location) locations.Add(new SourceLocation(location.Line, location.Column));
        }
        return locations.Count > 0 ? locations : null;
    }

    /// <summary>
    /// graphql-js locatedError: the error clients see for <paramref name="exception"/>, at the field's locations and
    /// path. Exceptions that are not GraphQL's own go through the error filters and, unclaimed, are masked when the
    /// execution masks. Diagnostic listeners are told of every one.
    /// </summary>
    private GraphQLError ToError(Exception exception, CollectedField field, ResponsePath path)
    {
        var error = Locate(exception, field, path, out var thrown);
        // A resolver stopped by the request's own cancellation did not fail: nothing to report.
        if (_diagnostics is not null && !(thrown is OperationCanceledException && CancellationToken.IsCancellationRequested))
        {
            _diagnostics.ResolverError(DiagnosticContext!, error, thrown);
        }
        return error;
    }

    private GraphQLError Locate(Exception exception, CollectedField field, ResponsePath path, out Exception thrown)
    {
        thrown = exception;
        switch (exception)
        {
            case GraphQLErrorException { Error: var error }:
                return error.Path is not null ? error : error with { Locations = error.Locations ?? Locations(field), Path = path.ToList() };
            case GraphQLException graphQL:
                return new GraphQLError(graphQL.Message, Locations(field), path.ToList(), graphQL.Extensions);
            case AggregateException { InnerExceptions.Count: 1 } aggregate:
                return Locate(aggregate.InnerException!, field, path, out thrown);
            case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                return Locate(inner, field, path, out thrown); // e.g. a record constructor refusing an argument
            case Types.GraphQLCoercionException coercion:
                // A resolver's value its type cannot serialize: the engine's own message, which holds no internals.
                return new GraphQLError(coercion.Message, Locations(field), path.ToList(), _maskUnexpected ? InternalError : null);
        }
        foreach (var filter in _errorFilters)
        {
            if (filter.OnException(exception) is { } filtered)
            {
                return filtered with { Locations = filtered.Locations ?? Locations(field), Path = path.ToList() };
            }
        }
        if (!_maskUnexpected) return new GraphQLError(exception.Message, Locations(field), path.ToList());
        return new GraphQLError(ErrorCodes.UnexpectedErrorMessage, Locations(field), path.ToList(), _requestId is null
            ? InternalError
            : new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError, ["requestId"] = _requestId });
    }

    private static readonly IReadOnlyDictionary<string, object?> InternalError =
        new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError };

    private void RecordError(GraphQLError error, ResponsePath position)
    {
        if (IsNulled(position)) return;
        (_nulledPositions ??= new HashSet<ResponsePath>(ReferenceEqualityComparer.Instance)).Add(position);
        _errors.Add(error);
    }

    private bool IsNulled(ResponsePath? position)
    {
        if (_dataNulled) return true;
        if (_nulledPositions is null) return false;
        for (var p = position; p is not null; p = p.Parent)
        {
            if (_nulledPositions.Contains(p)) return true;
        }
        return false;
    }

    private void NullData(GraphQLError error)
    {
        if (_dataNulled) return;
        _errors.Add(error);
        _dataNulled = true;
    }

    /// <summary>A non-null field that failed after an await: null the nearest nullable ancestor (or the whole data).</summary>
    private void PropagateFromDeferred(GraphQLError error, ResponsePath? position)
    {
        for (var p = position; p is not null; p = p.Parent)
        {
            if (!p.Nullable) continue;
            if (IsNulled(p)) return; // already discarded: graphql-js drops the error too
            p.Store(null);
            RecordError(error, p);
            return;
        }
        NullData(error);
    }

    /// <summary>A failure moving up through non-null positions, carrying the error to record where it stops.</summary>
    private sealed class Bubble(GraphQLError error)
    {
        public GraphQLError Error { get; } = error;
    }
}
