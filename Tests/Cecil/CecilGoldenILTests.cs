using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Tests.Emit;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// The IL of a small typed function, pinned as text in Cecil/Golden: what the emitter hands the Cecil sink
/// (a <c>LoggingILWriter</c> listing), and what the sink writes into the assembly (short forms chosen,
/// the stack limit carried as the last parameter and checked before the first non-tail call of a frame).
/// </summary>
[TestClass]
public sealed class CecilGoldenILTests
{
    private const string Fib = "(module m (export fib) (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))";

    [TestMethod]
    public void TypedFib_AsTheEmitterWritesIt()
    {
        CecilBuildResult build = CecilTestBuilds.Build(new CecilBuildOptions { AssemblyName = "Golden", KeepListings = true }, ("m.ai", Fib));
        string listing = build.Listings.Single(l => l.StartsWith(".method long fib$typed(", StringComparison.Ordinal));

        GoldenListing.AssertText("cecil_fib_listing", listing, $"Module: {Fib}");
        StringAssert.Contains(listing, "ldloca V1\n  conv.u\n  ldloc V1\n  blt.un", "the stack check");
    }

    [TestMethod]
    public void TypedFib_AsTheAssemblyHoldsIt()
    {
        CecilBuildResult build = CecilTestBuilds.Build("Golden", ("m.ai", Fib));
        using ModuleDefinition module = ModuleDefinition.ReadModule(new MemoryStream(build.Image));
        MethodDefinition method = module.Types.Single(t => t.Name == "<m>").Methods.Single(m => m.Name == "fib$typed");

        GoldenListing.AssertText("cecil_fib_assembly", string.Join("\n", method.Body.Instructions.Select(i => i.ToString())), $"Module: {Fib}");
        Assert.IsTrue(method.Body.Instructions.Any(i => i.OpCode == OpCodes.Ldloca_S), "short forms");
        Assert.AreEqual("n", method.Parameters[0].Name);
        Assert.AreEqual("stackLimit", method.Parameters[1].Name);
    }
}
