using System.Reflection;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Hosting;
using FluentAI.Runtime;
using FluentAI.Runtime.Printing;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// Data values are matched by constructor name and arity, so a value built by an assembly of <c>fluentc build</c>
/// and one built by an engine that declares the same constructor must match each other's patterns, compare equal,
/// and have classes of the same key (their key types come from the same hash in every process).
/// </summary>
[TestClass]
public sealed class DataAcrossEnginesTests
{
    private const string Trees = FluentAI.Tests.Hosting.UnboxedFieldTests.Tree;

    private static readonly Lazy<CecilBuildResult> Library = new(() => CecilTestBuilds.Build(
        new CecilBuildOptions { AssemblyName = "Trees" },
        (Path.Combine(Path.GetTempPath(), "fluentc-data-across-engines", "trees.ai"), "(module trees (export build tree-sum)\n" + Trees + ")")));

    [TestMethod]
    [DataRow(ExecutionMode.Dynamic)]
    [DataRow(ExecutionMode.Vm)]
    public void AnAssemblysValues_AndAnEnginesValues_MatchEachOther(ExecutionMode mode)
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        Type trees = loaded.Assembly.GetType("Trees.Trees", throwOnError: true)!;
        var build = trees.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<long, long, object?>>();
        var treeSum = trees.GetMethod("TreeSum", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<object?, long>>();
        var engine = new FluentEngine(new FluentEngineOptions { Mode = mode, Output = TextWriter.Null });
        engine.Eval(Trees);

        object? built = build(3, 1);
        object? evaluated = engine.Call("build", 3L, 1L);

        Assert.AreEqual("(Node (Node (Node (Leaf) 4 (Leaf)) 2 (Node (Leaf) 5 (Leaf))) 1 (Node (Node (Leaf) 6 (Leaf)) 3 (Node (Leaf) 7 (Leaf))))", Printer.Display(built));
        Assert.IsTrue(RuntimeOps.Equal(built, evaluated));
        Assert.AreEqual(28L, treeSum(evaluated), "the assembly's typed match on the engine's value");
        Assert.AreEqual(28L, engine.Call("tree-sum", built), "the engine's match on the assembly's value");
        Assert.AreSame(build(0, 1), engine.Call("build", 0L, 1L), "(Leaf) is one object in the process: the key type is the same");
        IReadOnlyList<Type> nodeShapes = DataShapes.All("Node", 3);
        CollectionAssert.Contains(nodeShapes.ToList(), built!.GetType());
        CollectionAssert.Contains(nodeShapes.ToList(), evaluated!.GetType());
    }
}
