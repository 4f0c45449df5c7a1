using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Validation;

namespace ScoGraph.Domain.Import;

/// <summary>
/// Checks a whole import: each line's own errors, ids defined twice, then every item with the checks a mutation
/// makes (<see cref="WriteItemValidator"/>) against the ids the batch defines plus the ids the store already knows
/// (<paramref name="storeKnown"/>). Errors are sorted by line, so a script author can fix the file top to bottom.
/// </summary>
public static class ImportValidation
{
    /// <summary>The ids the lines refer to but do not define: look these up in the store before <see cref="Validate"/>.</summary>
    public static IReadOnlySet<string> ExternalReferences(IReadOnlyList<ImportedLine> lines)
    {
        var referenced = new HashSet<string>(WriteValidation.ExternalReferences(lines.Select(l => l.Item).OfType<WriteItem>()), StringComparer.Ordinal);
        // A broken line still defines its id (see Validate), so the store need not be asked about it.
        referenced.ExceptWith(lines.Select(l => l.DeclaredId).OfType<string>());
        return referenced;
    }

    public static ImportBatch Validate(IReadOnlyList<ImportedLine> lines, IReadOnlyDictionary<string, EntityKind> storeKnown)
    {
        var errors = new List<ImportError>();
        var known = new Dictionary<string, EntityKind>(storeKnown, StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedLines = new List<ImportedLine>(lines.Count);
        foreach (var line in lines)
        {
            var lineErrors = new List<ImportError>(line.Errors);
            if (line.DeclaredId is { } id && line.DeclaredKind is { } kind)
            {
                if (firstLine.TryGetValue(id, out var first))
                    lineErrors.Add(new ImportError(line.Line, line.DeclaredKind == EntityKind.Claim ? "value" : "id",
                        line.DeclaredKind == EntityKind.Claim
                            ? $"the same claim (subject, predicate and value) is already on line {first}; merge their sources"
                            : $"\"{id}\" is already defined on line {first}; an id may appear once per import", ErrorCodes.Duplicate));
                else
                    firstLine[id] = line.Line;
                known[id] = kind;
            }
            checkedLines.Add(line with { Errors = lineErrors });
        }

        var validator = new WriteItemValidator(new ReferenceCatalog(known));
        for (var i = 0; i < checkedLines.Count; i++)
        {
            var line = checkedLines[i];
            var lineErrors = line.Errors.ToList();
            if (line.Item is { } item && line.Errors.Count == 0)
                lineErrors.AddRange(validator.Check(item).Select(issue => new ImportError(line.Line, issue.Path, issue.Message, issue.Code, issue.ReferencedId)));
            errors.AddRange(lineErrors);
            checkedLines[i] = line with { Errors = lineErrors, Item = lineErrors.Count == 0 ? line.Item : null };
        }
        return new ImportBatch(checkedLines, errors);
    }
}
