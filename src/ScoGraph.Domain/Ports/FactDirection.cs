namespace ScoGraph.Domain.Ports;

/// <summary>Which end of a fact the requested ids are on.</summary>
public enum FactDirection
{
    /// <summary>The ids are the facts' subjects (an official's <c>holdsPost</c>).</summary>
    Outgoing,

    /// <summary>The ids are the facts' objects (a post's holders: <c>holdsPost</c> facts pointing at it).</summary>
    Incoming,
}
