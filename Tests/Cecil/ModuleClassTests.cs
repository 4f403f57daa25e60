using System.Reflection;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Runtime.Effects;
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Cecil;

/// <summary>Built modules used as .NET classes: typed and untyped methods, properties, initialization, imports, errors.</summary>
[TestClass]
public sealed class ModuleClassTests
{
    private const string Numbers = """
        (module numbers (export square cancel positive? halve describe fail origin size)
          (io:print "numbers loaded")
          (define (square x) (* x x))
          (define (cancel x) (- (* x x) (* x x)))
          (define (positive? n) (> n 0))
          (define (halve n) (/ n 2))
          (define (describe x) (string-append "got " (to-string x)))
          (define (fail x) (error:raise "oops" "bad input"))
          (define origin [0 0])
          (define (size xs) (if (empty? xs) 0 (+ 1 (size (tail xs))))))
        """;

    private const string User = """
        (module user (export square-plus-one)
          (import "numbers" (square))
          (define (square-plus-one x) (+ (square x) 1)))
        """;

    private static readonly Lazy<CecilBuildResult> Library = new(() =>
    {
        string folder = Path.Combine(Path.GetTempPath(), "fluentc-module-class-tests");
        return CecilTestBuilds.Build(
            new CecilBuildOptions { AssemblyName = "Lib" },
            (Path.Combine(folder, "numbers.ai"), Numbers),
            (Path.Combine(folder, "user.ai"), User));
    });

    [TestMethod]
    public void TypedMethodsTakeAndReturnLongAndBool()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);

        Assert.AreEqual(144L, Function<Func<long, long>>(loaded, "Numbers", "Square")(12));
        Assert.IsFalse(Function<Func<long, bool>>(loaded, "Numbers", "IsPositive")(-3));
        Assert.IsTrue(Function<Func<long, bool>>(loaded, "Numbers", "IsPositive")(3));
    }

    [TestMethod]
    public void TypedListCodeTakesAFluentAIValueAndReturnsALong()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        Func<object?, long> size = Function<Func<object?, long>>(loaded, "Numbers", "Size");

        Assert.AreEqual(3L, size(FluentList.FromSpan([1L, "two", 3.0])));
        Assert.AreEqual(0L, size(FluentList.Empty));
        var error = Assert.ThrowsExactly<FluentException>(() => size(5L), "not a list: the boxed code raises the builtin's error");
        StringAssert.Contains(error.Message, "List");
    }

    [TestMethod]
    public void OverflowInsideTypedCodeFallsBackToBigIntegers()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);

        Assert.AreEqual(0L, Function<Func<long, long>>(loaded, "Numbers", "Cancel")(5_000_000_000));
    }

    [TestMethod]
    public void AResultTooLargeForALongIsAnOverflowException()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        Func<long, long> square = Function<Func<long, long>>(loaded, "Numbers", "Square");

        Assert.ThrowsExactly<OverflowException>(() => square(5_000_000_000));
    }

    [TestMethod]
    public void UntypedMethodsTakeDotnetValuesAndReturnFluentAIValues()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        Func<object?, object?> halve = Function<Func<object?, object?>>(loaded, "Numbers", "Halve");

        Assert.AreEqual(5L, halve(10));
        Assert.AreEqual(2.5, halve(5.0));
        Assert.AreEqual("got 1.5", Function<Func<object?, object?>>(loaded, "Numbers", "Describe")(1.5f));
    }

    [TestMethod]
    public void OtherExportsAreProperties()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        PropertyInfo origin = Class(loaded, "Numbers").GetProperty("Origin")!;

        Assert.AreEqual(typeof(object), origin.PropertyType);
        Assert.IsInstanceOfType<FluentList>(origin.GetValue(null));
    }

    [TestMethod]
    public void ModuleFormsRunOnceBeforeTheFirstUseAndImportsShareThem()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        using var output = new StringWriter();
        FluentContext? saved = FluentContext.CurrentOrNull;
        FluentContext.CurrentOrNull = new FluentContext(output, TextReader.Null);
        try
        {
            Assert.AreEqual(10L, Function<Func<object?, object?>>(loaded, "User", "SquarePlusOne")(3));
            Assert.AreEqual(16L, Function<Func<long, long>>(loaded, "Numbers", "Square")(4));
            Assert.AreEqual(26L, Function<Func<object?, object?>>(loaded, "User", "SquarePlusOne")(5));
        }
        finally
        {
            FluentContext.CurrentOrNull = saved;
        }

        Assert.AreEqual("numbers loaded\n", output.ToString().ReplaceLineEndings("\n"), "user's import ran numbers once; numbers' own class did not run it again");
    }

    [TestMethod]
    public void CallsOfImportedFunctionsGoStraightToTheOtherModulesCode()
    {
        using Mono.Cecil.ModuleDefinition module = Mono.Cecil.ModuleDefinition.ReadModule(new MemoryStream(Library.Value.Image));
        Mono.Cecil.MethodDefinition squarePlusOne = module.Types.Single(t => t.Name == "<user>").Methods.Single(m => m.Name == "square-plus-one");

        string[] calls = [.. squarePlusOne.Body.Instructions
            .Where(i => i.OpCode == Mono.Cecil.Cil.OpCodes.Call && i.Operand is Mono.Cecil.MethodReference)
            .Select(i => ((Mono.Cecil.MethodReference)i.Operand).DeclaringType.Name + "::" + ((Mono.Cecil.MethodReference)i.Operand).Name)];

        CollectionAssert.Contains(calls, "<numbers>::square", string.Join(", ", calls));
    }

    [TestMethod]
    public void FluentAIErrorsAreFluentExceptions()
    {
        using LoadedAssembly loaded = LoadedAssembly.Load(Library.Value);
        Func<object?, object?> fail = Function<Func<object?, object?>>(loaded, "Numbers", "Fail");

        FluentException error = Assert.ThrowsExactly<FluentException>(() => fail(1));
        Assert.AreEqual("bad input", error.Message);
        Assert.AreEqual("oops", error.Error.Type);
    }

    private static Type Class(LoadedAssembly loaded, string name) => loaded.Assembly.GetType("Lib." + name, throwOnError: true)!;

    private static T Function<T>(LoadedAssembly loaded, string className, string method) where T : Delegate =>
        Class(loaded, className).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<T>();
}
