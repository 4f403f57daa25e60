using FluentAI.Compiler.Emit.Cecil;

namespace FluentAI.Tests.Cecil;

[TestClass]
public sealed class ClrNamesTests
{
    [TestMethod]
    [DataRow("fib", "Fib")]
    [DataRow("math-utils", "MathUtils")]
    [DataRow("even?", "IsEven")]
    [DataRow("is-empty?", "IsEmpty")]
    [DataRow("island?", "IsIsland")]
    [DataRow("set!", "Set")]
    [DataRow("list->string", "ListString")]
    [DataRow("fib_x", "FibX")]
    [DataRow("fooBar", "FooBar")]
    [DataRow("3d-point", "_3dPoint")]
    [DataRow("Circle", "Circle")]
    [DataRow("+", null)]
    [DataRow("?", null)]
    public void PascalCase(string fluentName, string? expected) => Assert.AreEqual(expected, ClrNames.Pascal(fluentName));

    [TestMethod]
    [DataRow("n", 0, "n")]
    [DataRow("max-depth", 0, "maxDepth")]
    [DataRow("X", 0, "x")]
    [DataRow("+", 2, "arg2")]
    public void CamelCaseParameters(string fluentName, int position, string expected) => Assert.AreEqual(expected, ClrNames.Camel(fluentName, position));

    [TestMethod]
    [DataRow("MathLib", true)]
    [DataRow("My.Company.Maths", true)]
    [DataRow("_x.y1", true)]
    [DataRow("1st", false)]
    [DataRow("a..b", false)]
    [DataRow("a-b", false)]
    [DataRow("", false)]
    public void Namespaces(string name, bool valid) => Assert.AreEqual(valid, ClrNames.IsNamespace(name));

    [TestMethod]
    [DataRow("hello", "Hello")]
    [DataRow("math-utils", "MathUtils")]
    [DataRow("Company.my-lib", "Company.MyLib")]
    [DataRow("+", "FluentAIProgram")]
    public void DefaultNamespaceComesFromTheAssemblyName(string assemblyName, string expected) =>
        Assert.AreEqual(expected, CecilBuildOptions.DefaultNamespace(assemblyName));
}
