using FluentAI.Compiler.Emit;

namespace FluentAI.Tests.Emit;

/// <summary>A generated method as the decorators see it: a name and a signature.</summary>
internal sealed class FakeMethod(string name, Type returnType, params Type[] parameterTypes) : EmittedMethod(name, returnType, parameterTypes);
