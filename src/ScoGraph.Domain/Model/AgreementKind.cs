namespace ScoGraph.Domain.Model;

/// <summary>The legal form of an agreement.</summary>
public enum AgreementKind
{
    Charter,
    Convention,
    Treaty,
    Agreement,
    Declaration,
    Programme,

    /// <summary>Regulations, rules of procedure or a decision a council adopts (e.g. the regulations on admitting new members).</summary>
    Regulation,

    /// <summary>A joint statement, communiqué or appeal of a council.</summary>
    Statement,
}
