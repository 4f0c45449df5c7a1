using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ScoGraph.Domain.Model;

/// <summary>
/// The outside spelling of the domain's enums: <c>MembershipStatus.DialoguePartner</c> ↔ <c>DIALOGUE_PARTNER</c>,
/// as used by the import format, the GraphQL schema and stored facts.
/// </summary>
public static class EnumText<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => ToScreamingSnake(v.ToString()));

    private static readonly FrozenDictionary<string, T> Values =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every accepted spelling, in declaration order (for error messages and schemas).</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<T>().Select(v => Names[v]).ToArray();

    public static string Format(T value) => Names[value];

    /// <summary>Exact, case-sensitive match on the outside spelling (<c>MEMBER</c>, not <c>Member</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out T value)
    {
        value = default;
        return text is not null && Values.TryGetValue(text, out value);
    }

    private static string ToScreamingSnake(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i])) text.Append('_');
            text.Append(char.ToUpperInvariant(pascal[i]));
        }
        return text.ToString();
    }
}
