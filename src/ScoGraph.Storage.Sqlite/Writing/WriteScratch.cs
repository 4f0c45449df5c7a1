using ScoGraph.Domain.Model;

namespace ScoGraph.Storage.Sqlite.Writing;

/// <summary>
/// The lists a batch write fills and drops, kept by the store's single writer and reused batch after batch: new ones
/// for each batch of thousands of items went through the large object heap every time, and a long import left it
/// fragmented (hundreds of megabytes of resident memory the GC gave back late).
/// </summary>
internal sealed class WriteScratch
{
    /// <summary>Beyond this many entries a list is let go after its batch rather than kept for the next.</summary>
    private const int KeepAtMost = 1 << 16;

    public List<(int Index, Entity Entity, string Reference)> References { get; private set; } = [];

    public Dictionary<string, bool> KnownReferences { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Empties the lists for the next batch (keeping their room unless one batch made them huge).</summary>
    public void Reset()
    {
        if (References.Capacity > KeepAtMost) References = [];
        else References.Clear();
        if (KnownReferences.Count > KeepAtMost) KnownReferences = new(StringComparer.Ordinal);
        else KnownReferences.Clear();
    }
}
