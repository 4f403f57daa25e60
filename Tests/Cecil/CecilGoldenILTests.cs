using FluentAI.Compiler.Emit.Cecil;
using Mono.Cecil;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// The IL of a small typed function, pinned as text: what the emitter hands the Cecil sink (a
/// <c>LoggingILWriter</c> listing), and what the sink writes into the assembly (short forms chosen,
/// the stack limit carried as the last parameter and checked before each non-tail call).
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
            .method long fib$typed(long, nuint)
              .local V0 long
              .local V1 long
              .local V2 byte
              .local V3 long
              ldarg 0
              stloc V0
            L0:
              ldloc V0
              ldc.i8 2
              bge L1
              ldloc V0
              ret
            L1:
              ldloc V0
              ldc.i8 1
              sub
              stloc V1
              ldloc V1
              ldc.i8 2
              bge L2
              ldloc V1
              br L3
            L2:
              ldloca V2
              conv.u
              ldarg 1
              bge.un L4
              ldstr "m.ai(1,57)"
              ldstr "at fib (m.ai:1:57)"
              call StackGuard::Overflow
            L4:
              ldloc V1
              ldc.i8 1
              sub
              ldarg 1
              call fib$typed
              ldloca V2
              conv.u
              ldarg 1
              bge.un L5
              ldstr "m.ai(1,71)"
              ldstr "at fib (m.ai:1:71)"
              call StackGuard::Overflow
            L5:
              ldloc V1
              ldc.i8 2
              sub
              ldarg 1
              call fib$typed
              add.ovf
            L3:
              ldloc V0
              ldc.i8 2
              sub
              stloc V3
              ldloc V3
              ldc.i8 2
              bge L6
              ldloc V3
              br L7
            L6:
              ldloca V2
              conv.u
              ldarg 1
              bge.un L8
              ldstr "m.ai(1,57)"
              ldstr "at fib (m.ai:1:57)"
              call StackGuard::Overflow
            L8:
              ldloc V3
              ldc.i8 1
              sub
              ldarg 1
              call fib$typed
              ldloca V2
              conv.u
              ldarg 1
              bge.un L9
              ldstr "m.ai(1,71)"
              ldstr "at fib (m.ai:1:71)"
              call StackGuard::Overflow
            L9:
              ldloc V3
              ldc.i8 2
              sub
              ldarg 1
              call fib$typed
              add.ovf
            L7:
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
            IL_0001: ldc.i4.2
            IL_0002: conv.i8
            IL_0003: bge.s IL_0007
            IL_0005: ldarg.0
            IL_0006: ret
            IL_0007: ldarg.0
            IL_0008: ldc.i4.1
            IL_0009: conv.i8
            IL_000a: sub
            IL_000b: stloc.0
            IL_000c: ldloc.0
            IL_000d: ldc.i4.2
            IL_000e: conv.i8
            IL_000f: bge.s IL_0014
            IL_0011: ldloc.0
            IL_0012: br.s IL_0053
            IL_0014: ldloca.s V_1
            IL_0016: conv.u
            IL_0017: ldarg.1
            IL_0018: bge.un.s IL_0029
            IL_001a: ldstr "m.ai(1,57)"
            IL_001f: ldstr "at fib (m.ai:1:57)"
            IL_0024: call System.Void FluentAI.Runtime.StackGuard::Overflow(System.String,System.String)
            IL_0029: ldloc.0
            IL_002a: ldc.i4.1
            IL_002b: conv.i8
            IL_002c: sub
            IL_002d: ldarg.1
            IL_002e: call System.Int64 Golden.<m>::fib$typed(System.Int64,System.UIntPtr)
            IL_0033: ldloca.s V_1
            IL_0035: conv.u
            IL_0036: ldarg.1
            IL_0037: bge.un.s IL_0048
            IL_0039: ldstr "m.ai(1,71)"
            IL_003e: ldstr "at fib (m.ai:1:71)"
            IL_0043: call System.Void FluentAI.Runtime.StackGuard::Overflow(System.String,System.String)
            IL_0048: ldloc.0
            IL_0049: ldc.i4.2
            IL_004a: conv.i8
            IL_004b: sub
            IL_004c: ldarg.1
            IL_004d: call System.Int64 Golden.<m>::fib$typed(System.Int64,System.UIntPtr)
            IL_0052: add.ovf
            IL_0053: ldarg.0
            IL_0054: ldc.i4.2
            IL_0055: conv.i8
            IL_0056: sub
            IL_0057: stloc.2
            IL_0058: ldloc.2
            IL_0059: ldc.i4.2
            IL_005a: conv.i8
            IL_005b: bge.s IL_0060
            IL_005d: ldloc.2
            IL_005e: br.s IL_009f
            IL_0060: ldloca.s V_1
            IL_0062: conv.u
            IL_0063: ldarg.1
            IL_0064: bge.un.s IL_0075
            IL_0066: ldstr "m.ai(1,57)"
            IL_006b: ldstr "at fib (m.ai:1:57)"
            IL_0070: call System.Void FluentAI.Runtime.StackGuard::Overflow(System.String,System.String)
            IL_0075: ldloc.2
            IL_0076: ldc.i4.1
            IL_0077: conv.i8
            IL_0078: sub
            IL_0079: ldarg.1
            IL_007a: call System.Int64 Golden.<m>::fib$typed(System.Int64,System.UIntPtr)
            IL_007f: ldloca.s V_1
            IL_0081: conv.u
            IL_0082: ldarg.1
            IL_0083: bge.un.s IL_0094
            IL_0085: ldstr "m.ai(1,71)"
            IL_008a: ldstr "at fib (m.ai:1:71)"
            IL_008f: call System.Void FluentAI.Runtime.StackGuard::Overflow(System.String,System.String)
            IL_0094: ldloc.2
            IL_0095: ldc.i4.2
            IL_0096: conv.i8
            IL_0097: sub
            IL_0098: ldarg.1
            IL_0099: call System.Int64 Golden.<m>::fib$typed(System.Int64,System.UIntPtr)
            IL_009e: add.ovf
            IL_009f: add.ovf
            IL_00a0: ret
            """,
            string.Join("\n", method.Body.Instructions.Select(i => i.ToString())));
        Assert.AreEqual("n", method.Parameters[0].Name);
        Assert.AreEqual("stackLimit", method.Parameters[1].Name);
    }
}
