using Xunit.Abstractions;
using Xunit.Sdk;

namespace ScoGraph.Storage.ContractTests;

/// <summary>
/// A contract test: a plain <see cref="FactAttribute"/> unless the adapter's concrete class carries a
/// <see cref="ContractSkipAttribute"/> with a reason, in which case the test is reported as skipped with it (an
/// adapter whose server is not there shows every contract test as skipped, none as passed).
/// </summary>
[XunitTestCaseDiscoverer("ScoGraph.Storage.ContractTests.ContractFactDiscoverer", "ScoGraph.Storage.ContractTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <inheritdoc cref="ContractFactAttribute"/>
[XunitTestCaseDiscoverer("ScoGraph.Storage.ContractTests.ContractTheoryDiscoverer", "ScoGraph.Storage.ContractTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractTheoryAttribute : TheoryAttribute;

/// <summary>
/// On an adapter's concrete contract class: why its contract tests cannot run in this environment (null when they
/// can). Read once per test method at discovery.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class ContractSkipAttribute : Attribute
{
    public abstract string? SkipReason { get; }

    internal static string? ReasonFor(ITestMethod method) => method.TestClass.Class
        .GetCustomAttributes(typeof(ContractSkipAttribute).AssemblyQualifiedName)
        .OfType<IReflectionAttributeInfo>()
        .Select(a => (a.Attribute as ContractSkipAttribute)?.SkipReason)
        .FirstOrDefault(r => r is not null);
}

public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute) =>
        ContractSkipAttribute.ReasonFor(testMethod) is string reason
            ? [new SkippedContractTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute) =>
        ContractSkipAttribute.ReasonFor(testMethod) is string reason
            ? [new SkippedContractTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>A contract test case reported as skipped with the adapter's reason.</summary>
public sealed class SkippedContractTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedContractTestCase() { }

    public SkippedContractTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod, string reason)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("ContractSkipReason", _reason);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("ContractSkipReason");
        base.Deserialize(data);
    }
}
