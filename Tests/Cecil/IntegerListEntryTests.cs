using System.Reflection;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// A public method of a built assembly whose typed code keeps a list parameter as integer cells takes any object, as
/// the typed code of other list functions does: a list of integers is taken into cells whole, and anything
/// else (a list with another element, a number) takes the general call, which gives the VM's value or error.
/// </summary>
[TestClass]
public sealed class IntegerListEntryTests
{
    private const string Lists = """
        (module lists (export sum-to)
          (define (sum xs) (if (empty? xs) 0 (+ (head xs) (sum (tail xs)))))
          (define (sum-to xs n) (if (= n 0) (sum xs) (sum-to (cons n xs) (- n 1)))))
        """;

    private static readonly Lazy<CecilBuildResult> Library = new(() => CecilTestBuilds.Build(
        new CecilBuildOptions { AssemblyName = "Lists" },
        (Path.Combine(Path.GetTempPath(), "fluentc-integer-list-entry", "lists.ai"), Lists)));

    [TestMethod]
    public void APublicMethod_TakesAnyList_AndGivesTheVmsValueOrError()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        MethodInfo method = loaded.Assembly.GetType("Lists.Lists", throwOnError: true)!.GetMethod("SumTo", BindingFlags.Public | BindingFlags.Static)!;
        Assert.AreEqual(typeof(object), method.GetParameters()[0].ParameterType, "a list parameter is an object to C#, whatever typed code makes of it");
        Assert.AreEqual(typeof(long), method.ReturnType, "sum-to is typed: a long to C#");
        var sumTo = method.CreateDelegate<Func<object?, long, long>>();

        Assert.AreEqual(55L, sumTo(FluentList.Empty, 10));
        Assert.AreEqual(12L, sumTo(FluentList.FromSpan([1L, 2L, 3L]), 3));
        Assert.AreEqual(1045L, sumTo(FluentList.Range(100, 1, 10), 0));
        var mismatch = Assert.ThrowsExactly<FluentException>(() => sumTo(FluentList.FromSpan([1L, "x"]), 1), "an element that is not an integer: the general call, which raises +'s error");
        StringAssert.Contains(mismatch.Message, "String");
        var error = Assert.ThrowsExactly<FluentException>(() => sumTo(5L, 1), "not a list: the general call raises cons's error");
        StringAssert.Contains(error.Message, "List");
    }

    private const string Nodes = """
        (module nodes (export deep)
          (define (total xs acc) (if (empty? xs) acc (total (tail xs) (+ acc (head xs)))))
          (define (deep n xs) (if (= n 0) (total xs 0) (+ 0 (deep (- n 1) (cons n xs))))))
        """;

    private static readonly Lazy<CecilBuildResult> NodeLibrary = new(() => CecilTestBuilds.Build(
        new CecilBuildOptions { AssemblyName = "Nodes" },
        (Path.Combine(Path.GetTempPath(), "fluentc-integer-list-entry", "nodes.ai"), Nodes)));

    [TestMethod]
    public void APublicMethod_WhoseListsLiveInFrames_TakesAnyList_AndGivesTheVmsValueOrError()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(NodeLibrary.Value);
        MethodInfo method = loaded.Assembly.GetType("Nodes.Nodes", throwOnError: true)!.GetMethod("Deep", BindingFlags.Public | BindingFlags.Static)!;
        Assert.AreEqual(typeof(object), method.GetParameters()[1].ParameterType, "a list parameter is an object to C#, whatever typed code makes of it");
        var deep = method.CreateDelegate<Func<long, object?, long>>();

        Assert.AreEqual(55L, deep(10, FluentList.Empty));
        Assert.AreEqual(16L, deep(3, FluentList.FromSpan([4L, 6L])));
        Assert.AreEqual(5050L + 3L, deep(2, FluentList.Range(1, 1, 100)), "a list from C#, taken into nodes that the public method pins");
        Assert.AreEqual(50_005_000L, deep(10_000, FluentList.Empty), "10,000 frames, each with one node");
        var mismatch = Assert.ThrowsExactly<FluentException>(() => deep(1, FluentList.FromSpan([1L, "x"])), "an element that is not an integer: the general call, which raises +'s error");
        StringAssert.Contains(mismatch.Message, "String");
    }
}
