namespace ScoGraph.GraphQL.Validation;

/// <summary>Stops the walk when the error limit or a work budget is exhausted (graphql-js's abort), caught by the validator.</summary>
internal sealed class ValidationAbortedException(bool errorLimitReached) : Exception("Validation aborted.")
{
    /// <summary>True when the error limit was hit (the limit error is already recorded); false for a work budget.</summary>
    public bool ErrorLimitReached { get; } = errorLimitReached;
}
