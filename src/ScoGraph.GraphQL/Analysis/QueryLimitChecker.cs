using System.Globalization;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// Turns measurements into at most one refusal: the first limit exceeded, in the order the checks are cheap
/// (text length, tokens, then the measures of the parsed operation). The error names the limit and the measured
/// value, and carries <c>extensions.code</c> plus the numbers so clients need not parse the message.
/// </summary>
public static class QueryLimitChecker
{
    /// <summary>Checks the raw document text, before parsing.</summary>
    public static GraphQLError? CheckText(string document, QueryLimits limits)
    {
        if (limits.MaxDocumentLength > 0 && document.Length > limits.MaxDocumentLength)
        {
            return Refuse(QueryLimitCodes.DocumentTooLarge, "maxDocumentLength", document.Length, limits.MaxDocumentLength,
                $"Document length {document.Length} characters exceeds the maximum of {limits.MaxDocumentLength}.");
        }
        if (limits.MaxTokens > 0)
        {
            var tokens = TokenCounter.Count(document);
            if (tokens > limits.MaxTokens)
            {
                return Refuse(QueryLimitCodes.TooManyTokens, "maxTokens", tokens, limits.MaxTokens,
                    $"Document token count {tokens} exceeds the maximum of {limits.MaxTokens}.");
            }
        }
        return null;
    }

    /// <summary>Checks the measures of a parsed operation.</summary>
    public static GraphQLError? Check(QueryAnalysis analysis, QueryLimits limits, bool allowIntrospection = true)
    {
        if (!allowIntrospection && analysis.UsesIntrospection)
        {
            return new GraphQLError(
                "Introspection is disabled on this server.",
                Extensions: new Dictionary<string, object?> { ["code"] = QueryLimitCodes.IntrospectionDisabled });
        }
        if (limits.MaxDepth > 0 && analysis.Depth > limits.MaxDepth)
        {
            return Refuse(QueryLimitCodes.TooDeep, "maxDepth", analysis.Depth, limits.MaxDepth,
                $"Query depth {Depth(analysis.Depth)} exceeds the maximum of {limits.MaxDepth}.");
        }
        if (limits.MaxRootFields > 0 && analysis.RootFields > limits.MaxRootFields)
        {
            return Refuse(QueryLimitCodes.TooManyRootFields, "maxRootFields", analysis.RootFields, limits.MaxRootFields,
                $"Query root field count {Number(analysis.RootFields)} exceeds the maximum of {limits.MaxRootFields}.");
        }
        if (limits.MaxAliases > 0 && analysis.Aliases > limits.MaxAliases)
        {
            return Refuse(QueryLimitCodes.TooManyAliases, "maxAliases", analysis.Aliases, limits.MaxAliases,
                $"Query alias count {Number(analysis.Aliases)} exceeds the maximum of {limits.MaxAliases}.");
        }
        if (limits.MaxDirectivesPerField > 0 && analysis.MaxDirectivesPerField > limits.MaxDirectivesPerField)
        {
            return Refuse(QueryLimitCodes.TooManyDirectives, "maxDirectivesPerField", analysis.MaxDirectivesPerField, limits.MaxDirectivesPerField,
                $"Query directive count {analysis.MaxDirectivesPerField} on one field exceeds the maximum of {limits.MaxDirectivesPerField}.");
        }
        if (limits.MaxCost > 0 && analysis.Cost > limits.MaxCost)
        {
            return Refuse(QueryLimitCodes.TooCostly, "maxCost", analysis.Cost, limits.MaxCost,
                $"Query cost {Number(analysis.Cost)} exceeds the maximum of {limits.MaxCost}.");
        }
        return null;
    }

    private static string Depth(int depth) =>
        depth >= QueryAnalyzer.DepthCeiling ? $"{depth} or more" : depth.ToString(CultureInfo.InvariantCulture);

    private static string Number(long value) =>
        value >= SaturatingMath.Max ? "beyond " + SaturatingMath.Max.ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The error shape of every limit, here and in transports' own limits (such as a batch size).</summary>
    public static GraphQLError Refuse(string code, string limit, long measured, long maximum, string message) =>
        new(message, Extensions: new Dictionary<string, object?>
        {
            ["code"] = code,
            ["limit"] = limit,
            ["measured"] = measured,
            ["maximum"] = maximum,
        });
}
