namespace ScoGraph.GraphQL.Language;

/// <summary>
/// A small lossy cache of name strings shared by all parses: the same field and type names arrive in request
/// after request, so reusing their strings saves an allocation per name. Slots are single reference writes
/// (atomic), so concurrent parsers at worst miss the cache; a hit is always checked against the source text.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096; // a power of two
    private const int MaxCachedLength = 48;
    private static readonly string?[] Slots = new string?[Size];

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return new string(name);
        }

        var slot = Hash(name) & (Size - 1);
        var cached = Slots[slot];
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = new string(name);
        Slots[slot] = created;
        return created;
    }

    // Names are short ASCII; a cheap multiplicative hash is enough, a collision only costs an allocation.
    private static uint Hash(ReadOnlySpan<char> name)
    {
        var hash = (uint)name.Length;
        foreach (var c in name)
        {
            hash = (hash * 31) + c;
        }
        return hash ^ (hash >> 13);
    }
}
