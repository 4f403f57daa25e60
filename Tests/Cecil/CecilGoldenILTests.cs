using FluentAI.Compiler.Emit.Cecil;
using Mono.Cecil;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// The IL of a small typed function, pinned as text: what the emitter hands the Cecil sink (a
/// <c>LoggingILWriter</c> listing), and what the sink writes into the assembly (short forms chosen,
/// the parameter copy dropped, the stack limit carried as the first argument).
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
            .method long fib$typed(UIntPtr, long)
              .local V0 long
              .local V1 Byte
              ldarg 1
              stloc V0
              ldloca V1
              conv.u
              ldarg.0
              bge.un L0
              ldloca V1
              conv.u
              call CompiledOps::NextStackLimit
              starg 0
            L0:
            L1:
              ldloc V0
              ldc.i8 2
              bge L2
              ldloc V0
              ret
            L2:
              ldarg.0
              ldloc V0
              ldc.i8 1
              sub.ovf
              call fib$typed
              ldarg.0
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
            IL_0000: ldloca.s V_0
            IL_0002: conv.u
            IL_0003: ldarg.0
            IL_0004: bge.un.s IL_0010
            IL_0006: ldloca.s V_0
            IL_0008: conv.u
            IL_0009: call System.UIntPtr FluentAI.Runtime.Compiled.CompiledOps::NextStackLimit(System.UIntPtr)
            IL_000e: starg.s stackLimit
            IL_0010: ldarg.1
            IL_0011: ldc.i4.2
            IL_0012: conv.i8
            IL_0013: bge.s IL_0017
            IL_0015: ldarg.1
            IL_0016: ret
            IL_0017: ldarg.0
            IL_0018: ldarg.1
            IL_0019: ldc.i4.1
            IL_001a: conv.i8
            IL_001b: sub.ovf
            IL_001c: call System.Int64 Golden.<m>::fib$typed(System.UIntPtr,System.Int64)
            IL_0021: ldarg.0
            IL_0022: ldarg.1
            IL_0023: ldc.i4.2
            IL_0024: conv.i8
            IL_0025: sub.ovf
            IL_0026: call System.Int64 Golden.<m>::fib$typed(System.UIntPtr,System.Int64)
            IL_002b: add.ovf
            IL_002c: ret
            """,
            string.Join("\n", method.Body.Instructions.Select(i => i.ToString())));
        Assert.AreEqual("n", method.Parameters[1].Name);
    }
}
