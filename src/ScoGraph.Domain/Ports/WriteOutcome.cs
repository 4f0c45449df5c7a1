namespace ScoGraph.Domain.Ports;

/// <summary>What a write item did.</summary>
public enum WriteOutcome
{
    /// <summary>A new current version of an id that had none (new, or previously retracted).</summary>
    Created,

    /// <summary>Same content as the current version: nothing written (idempotent re-import).</summary>
    Unchanged,

    /// <summary>A new version replaced the current one, which stays in history.</summary>
    Superseded,

    /// <summary>The current version(s) were retracted.</summary>
    Retracted,

    /// <summary>A retraction found nothing current to retract; nothing written.</summary>
    NotFound,
}
