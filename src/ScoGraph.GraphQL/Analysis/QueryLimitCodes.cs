namespace ScoGraph.GraphQL.Analysis;

/// <summary>The <c>extensions.code</c> of each refusal, so clients can tell the limits apart without parsing messages.</summary>
public static class QueryLimitCodes
{
    public const string DocumentTooLarge = "MAX_DOCUMENT_LENGTH_EXCEEDED";
    public const string TooManyTokens = "MAX_TOKENS_EXCEEDED";
    public const string TooDeep = "MAX_DEPTH_EXCEEDED";
    public const string TooManyAliases = "MAX_ALIASES_EXCEEDED";
    public const string TooManyRootFields = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string TooManyDirectives = "MAX_DIRECTIVES_EXCEEDED";
    public const string TooCostly = "MAX_COST_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
