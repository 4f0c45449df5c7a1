using System.Collections;

namespace ScoGraph.Api.Operations;

/// <summary>
/// The logging scope <see cref="RequestIdMiddleware"/> opens: one <c>RequestId</c> property, so structured formatters
/// (the JSON console, OpenTelemetry) get it as a field and the simple console prints <c>RequestId:...</c>.
/// </summary>
public sealed class RequestIdScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Key = "RequestId";

    public string RequestId { get; } = requestId;

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Key, RequestId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{RequestId}";
}
