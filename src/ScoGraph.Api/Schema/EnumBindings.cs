using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema;

/// <summary>The schema's enums as domain enums (outside spelling <c>DIALOGUE_PARTNER</c> ↔ <c>DialoguePartner</c>).</summary>
public static class EnumBindings
{
    public static SchemaBuilder BindDomainEnums(this SchemaBuilder builder) => builder
        .BindEnum<Certainty>("Certainty")
        .BindEnum<DatePrecision>("DatePrecision")
        .BindEnum<MembershipStatus>("MembershipStatus")
        .BindEnum<MeetingKind>("MeetingKind")
        .BindEnum<AgreementKind>("AgreementKind")
        .BindEnum<EntityKind>("EntityKind")
        .BindEnumValue("SortDirection", "ASC", SortDirection.Ascending)
        .BindEnumValue("SortDirection", "DESC", SortDirection.Descending)
        .BindEnumValue("StateOrderField", "NAME", EntityOrderField.Name)
        .BindEnumValue("StateOrderField", "ISO3", EntityOrderField.Id)
        .BindEnumValue("MeetingOrderField", "DATE", EntityOrderField.Date)
        .BindEnumValue("MeetingOrderField", "TITLE", EntityOrderField.Name)
        .BindEnumValue("AgreementOrderField", "SIGNED", EntityOrderField.Date)
        .BindEnumValue("AgreementOrderField", "TITLE", EntityOrderField.Name)
        .BindEnumValue("OfficialOrderField", "NAME", EntityOrderField.Name)
        .BindEnumValue("OfficialOrderField", "ID", EntityOrderField.Id)
        .BindEnumValue("PostOrderField", "TITLE", EntityOrderField.Name)
        .BindEnumValue("PostOrderField", "ID", EntityOrderField.Id)
        .BindEnumValue("SourceOrderField", "TITLE", EntityOrderField.Name)
        .BindEnumValue("SourceOrderField", "PUBLISHED", EntityOrderField.Date)
        .BindEnumValue("SourceOrderField", "ID", EntityOrderField.Id);
}
