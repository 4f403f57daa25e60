using FluentAI.Compiler.Emit.Cecil;
using Mono.Cecil;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// The IL of a small typed function, pinned as text: what the emitter hands the Cecil sink (a
/// <c>LoggingILWriter</c> listing), and what the sink writes into the assembly (short forms chosen).
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

        Assert.AreEqual(
            """
            .method long fib$typed(long)
              .local V0 long
              ldarg 0
              stloc V0
              call CompiledOps::CheckStack
            L0:
              ldloc V0
              ldc.i8 2
              bge L1
              ldloc V0
              ret
            L1:
              ldloc V0
              ldc.i8 1
              sub.ovf
              call fib$typed
              ldloc V0
              ldc.i8 2
              sub.ovf
              call fib$typed
              add.ovf
              ret

            """,
            listing.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void TypedFib_AsTheAssemblyHoldsIt()
    {
        CecilBuildResult build = CecilTestBuilds.Build("Golden", ("m.ai", Fib));
        using ModuleDefinition module = ModuleDefinition.ReadModule(new MemoryStream(build.Image));
        MethodDefinition method = module.Types.Single(t => t.Name == "<m>").Methods.Single(m => m.Name == "fib$typed");

        Assert.AreEqual(
            """
            IL_0000: ldarg.0
            IL_0001: stloc.0
            IL_0002: call System.Void FluentAI.Runtime.Compiled.CompiledOps::CheckStack()
            IL_0007: ldloc.0
            IL_0008: ldc.i8 2
            IL_0011: bge.s IL_0015
            IL_0013: ldloc.0
            IL_0014: ret
            IL_0015: ldloc.0
            IL_0016: ldc.i8 1
            IL_001f: sub.ovf
            IL_0020: call System.Int64 Golden.<m>::fib$typed(System.Int64)
            IL_0025: ldloc.0
            IL_0026: ldc.i8 2
            IL_002f: sub.ovf
            IL_0030: call System.Int64 Golden.<m>::fib$typed(System.Int64)
            IL_0035: add.ovf
            IL_0036: ret
            """,
            string.Join("\n", method.Body.Instructions.Select(i => i.ToString())));
        Assert.AreEqual("n", method.Parameters[0].Name);
    }
}
