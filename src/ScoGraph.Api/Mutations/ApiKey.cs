using Microsoft.Extensions.Configuration;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// A configured API key and the name it is known by: the name is what history shows as a version's writer, what
/// rate limits are counted per and what logs may print; the key itself is never shown anywhere.
/// </summary>
public sealed record ApiKey(string Name, string Key)
{
    /// <summary>
    /// The keys in <c>ScoGraph:ApiKeys</c>, in any of its forms: named entries (<c>ApiKeys:0:Name</c> and
    /// <c>ApiKeys:0:Key</c>), a name-to-key map (<c>ApiKeys:alice=KEY</c>), plain entries (<c>ApiKeys:0=KEY</c>) or
    /// one comma-separated string. Keys without a name are called <c>key1</c>, <c>key2</c>... by position.
    /// </summary>
    public static IReadOnlyList<ApiKey> ReadAll(IConfiguration? configuration)
    {
        if (configuration is null) return [];
        var section = configuration.GetSection(ApiKeyAuthorization.ConfigurationKey);
        var keys = new List<ApiKey>();
        AddPlain(keys, section.Value);
        foreach (var child in section.GetChildren())
        {
            if (child.Value is not null)
            {
                // Numeric children are array entries; others name their key (ApiKeys:alice=...).
                if (int.TryParse(child.Key, out _)) AddPlain(keys, child.Value);
                else if (child.Value.Trim() is { Length: > 0 } key) keys.Add(new ApiKey(child.Key, key));
                continue;
            }
            var named = child["Key"]?.Trim();
            if (string.IsNullOrEmpty(named)) continue;
            var name = child["Name"]?.Trim();
            keys.Add(new ApiKey(string.IsNullOrEmpty(name) ? $"key{keys.Count + 1}" : name, named));
        }
        return keys;
    }

    // An empty JSON array ("ApiKeys": []) reads as the value "" next to the children a later source adds.
    private static void AddPlain(List<ApiKey> keys, string? value)
    {
        foreach (var key in (value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            keys.Add(new ApiKey($"key{keys.Count + 1}", key));
    }

    public override string ToString() => Name; // never the key, even by accident in a log line
}
