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
}
