using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FluentAI.Compiler.Emit.Cecil;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// Built assemblies read back with System.Reflection.Metadata: what they reference, their public
/// surface as C# sees it, and the portable PDB (sequence points for every function, local names,
/// embedded source).
/// </summary>
[TestClass]
public sealed class AssemblyMetadataTests
{
    public const string MathUtils = """
        (module math-utils (export fib positive? add3 greet make-adder scale Circle)
          ; The n-th Fibonacci number.
          (define (fib n)
            (if (< n 2)
                n
                (+ (fib (- n 1)) (fib (- n 2)))))
          (define (positive? n) (> n 0))
          (define (add3 a b c) (+ a (+ b c)))
          (define (greet name) (: (string-append "hello " name) String))
          (define (make-adder k) (let ((step k)) (lambda (x) (+ x step))))
          (define scale (: 2.5 Float))
          (data Shape (Circle r))
          (spec:contract greet :requires [(string? name)]))
        """;

    private static readonly Lazy<CecilBuildResult> Library = new(() =>
        CecilTestBuilds.Build(new CecilBuildOptions { AssemblyName = "MathLib", Namespace = "Samples.Maths" }, ("math-utils.ai", MathUtils)));

    [TestMethod]
    public void ReferencesOnlySystemRuntimeAndTheFluentAIRuntime()
    {
        using var pe = new PEReader(new MemoryStream(Library.Value.Image));
        MetadataReader reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h)).ToDictionary(r => reader.GetString(r.Name));

        CollectionAssert.AreEquivalent(new[] { "System.Runtime", "FluentAI.Runtime" }, references.Keys.ToArray());
        AssemblyReference systemRuntime = references["System.Runtime"];
        Assert.AreEqual(new Version(10, 0, 0, 0), systemRuntime.Version);
        Assert.AreEqual("b03f5f7f11d50a3a", Convert.ToHexStringLower(reader.GetBlobBytes(systemRuntime.PublicKeyOrToken)));
    }

    [TestMethod]
    public void CarriesTheTargetFrameworkAttribute()
    {
        using var pe = new PEReader(new MemoryStream(Library.Value.Image));
        MetadataReader reader = pe.GetMetadataReader();

        string? framework = null;
        foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (AttributeTypeName(reader, attribute) == "TargetFrameworkAttribute")
            {
                framework = (string?)attribute.DecodeValue(new StringOnlyAttributeTypes()).FixedArguments[0].Value;
            }
        }

        Assert.AreEqual(".NETCoreApp,Version=v10.0", framework);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void DebugBuildsTurnTheJitOptimizerOff(bool debug)
    {
        CecilBuildResult build = CecilTestBuilds.Build(new CecilBuildOptions { AssemblyName = "D", Debug = debug }, ("d.ai", "(+ 1 2)"));
        using var pe = new PEReader(new MemoryStream(build.Image));
        MetadataReader reader = pe.GetMetadataReader();

        CustomAttribute debuggable = reader.GetAssemblyDefinition().GetCustomAttributes().Select(reader.GetCustomAttribute)
            .Single(a => AttributeTypeName(reader, a) == "DebuggableAttribute");
        var arguments = debuggable.DecodeValue(new StringOnlyAttributeTypes()).FixedArguments;

        Assert.AreEqual(debug, arguments[0].Value, "JIT tracking");
        Assert.AreEqual(debug, arguments[1].Value, "optimizer disabled");
    }

    [TestMethod]
    public void ModulesArePublicStaticClassesWithTypedSignatures()
    {
        using var pe = new PEReader(new MemoryStream(Library.Value.Image));
        MetadataReader reader = pe.GetMetadataReader();

        TypeDefinition[] publicTypes = [.. reader.TypeDefinitions.Select(reader.GetTypeDefinition).Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)];
        Assert.HasCount(1, publicTypes);
        TypeDefinition mathUtils = publicTypes[0];
        Assert.AreEqual("Samples.Maths.MathUtils", reader.GetString(mathUtils.Namespace) + "." + reader.GetString(mathUtils.Name));
        Assert.IsTrue(mathUtils.Attributes.HasFlag(TypeAttributes.Abstract | TypeAttributes.Sealed), "a static class");

        string[] methods = [.. mathUtils.GetMethods().Select(reader.GetMethodDefinition)
            .Where(m => (m.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public && !m.Attributes.HasFlag(MethodAttributes.SpecialName))
            .Select(m => Describe(reader, m))];
        CollectionAssert.AreEquivalent(
            new[]
            {
                "long Fib(long n)",
                "bool IsPositive(long n)",
                "long Add3(long a, long b, long c)",
                "object Greet(object name)",
                "object MakeAdder(object k)",
            },
            methods);

        string[] properties = [.. mathUtils.GetProperties().Select(reader.GetPropertyDefinition)
            .Select(p => p.DecodeSignature(SignatureText.Instance, null).ReturnType + " " + reader.GetString(p.Name))];
        CollectionAssert.AreEquivalent(new[] { "object Scale", "object Circle" }, properties);
    }

    [TestMethod]
    public void EveryFunctionHasSequencePointsInItsSourceFile()
    {
        using var pe = new PEReader(new MemoryStream(Library.Value.Image));
        MetadataReader reader = pe.GetMetadataReader();
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Library.Value.Pdb));
        MetadataReader pdb = pdbProvider.GetMetadataReader();

        var firstLines = new Dictionary<string, int>();
        foreach (MethodDefinitionHandle handle in reader.MethodDefinitions)
        {
            MethodDefinition method = reader.GetMethodDefinition(handle);
            string name = reader.GetString(method.Name);
            if (name.StartsWith('.') || name.StartsWith('<') || name.StartsWith("get_", StringComparison.Ordinal))
            {
                continue; // constructors, <run>, property getters: not FluentAI functions
            }

            SequencePoint[] points = [.. pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle()).GetSequencePoints().Where(p => !p.IsHidden)];
            Assert.IsNotEmpty(points, $"{name} has no sequence points");
            Assert.EndsWith("math-utils.ai", pdb.GetString(pdb.GetDocument(points[0].Document).Name), name);
            firstLines.TryAdd(name, points[0].StartLine);
        }

        Assert.AreEqual(3, firstLines["fib"], "the closure code of fib starts at its define");
        Assert.IsTrue(firstLines["fib$typed"] is 3 or 4, $"fib's typed code starts in its define (line {firstLines["fib$typed"]})");
        Assert.AreEqual(3, firstLines["Fib"], "the public wrapper maps to the define too");
        Assert.AreEqual(10, firstLines["lambda"], "make-adder's lambda");
    }

    [TestMethod]
    public void ParametersAndLocalsCarryTheirFluentAINames()
    {
        using var pe = new PEReader(new MemoryStream(Library.Value.Image));
        MetadataReader reader = pe.GetMetadataReader();
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Library.Value.Pdb));
        MetadataReader pdb = pdbProvider.GetMetadataReader();

        string[] Parameters(string method) => [.. reader.MethodDefinitions.Select(reader.GetMethodDefinition)
            .Where(m => reader.GetString(m.Name) == method)
            .SelectMany(m => m.GetParameters().Select(reader.GetParameter).Select(p => reader.GetString(p.Name)))];
        string[] locals = [.. pdb.LocalVariables.Select(h => pdb.GetString(pdb.GetLocalVariable(h).Name)).Distinct()];

        CollectionAssert.AreEqual(new[] { "n", "stackLimit" }, Parameters("fib$typed"));
        CollectionAssert.AreEqual(new[] { "closure", "a", "b", "c" }, Parameters("add3"));
        CollectionAssert.AreEqual(new[] { "closure", "x" }, Parameters("lambda"), "a lambda's argument takes its variable's name");
        CollectionAssert.Contains(locals, "step", "a let binding is a named local");
    }

    [TestMethod]
    public void PdbEmbedsTheSourceAndTheImageNamesThePdb()
    {
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Library.Value.Pdb));
        MetadataReader pdb = pdbProvider.GetMetadataReader();
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        DocumentHandle document = pdb.Documents.Single();

        bool embedded = pdb.GetCustomDebugInformation(document)
            .Select(pdb.GetCustomDebugInformation)
            .Any(info => pdb.GetGuid(info.Kind) == embeddedSource);
        Assert.IsTrue(embedded, "the .ai text is embedded in the PDB");

        using var pe = new PEReader(new MemoryStream(Library.Value.Image));
        DebugDirectoryEntry codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        Assert.AreEqual("MathLib.pdb", Path.GetFileName(pe.ReadCodeViewDebugDirectoryData(codeView).Path));
    }

    [TestMethod]
    public void XmlDocumentationComesFromCommentsContractsAndAscriptions()
    {
        var doc = System.Xml.Linq.XDocument.Parse(Library.Value.Documentation);
        var members = doc.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);

        Assert.AreEqual("The n-th Fibonacci number.", (string)members["M:Samples.Maths.MathUtils.Fib(System.Int64)"].Element("summary")!);
        Assert.AreEqual("n", (string)members["M:Samples.Maths.MathUtils.Fib(System.Int64)"].Element("param")!.Attribute("name")!);
        System.Xml.Linq.XElement greet = members["M:Samples.Maths.MathUtils.Greet(System.Object)"];
        Assert.Contains("Requires (string? name).", greet.Element("remarks")!.Value);
        Assert.Contains("String", greet.Element("returns")!.Value);
        Assert.Contains("Float", members["P:Samples.Maths.MathUtils.Scale"].Element("value")!.Value);
        Assert.IsTrue(members.ContainsKey("T:Samples.Maths.MathUtils"));
        Assert.IsTrue(members.ContainsKey("M:Samples.Maths.MathUtils.Add3(System.Int64,System.Int64,System.Int64)"));
    }

    private static string Describe(MetadataReader reader, MethodDefinition method)
    {
        MethodSignature<string> signature = method.DecodeSignature(SignatureText.Instance, null);
        string[] names = [.. method.GetParameters().Select(reader.GetParameter).OrderBy(p => p.SequenceNumber).Select(p => reader.GetString(p.Name))];
        IEnumerable<string> parameters = signature.ParameterTypes.Select((type, i) => type + " " + names[i]);
        return $"{signature.ReturnType} {reader.GetString(method.Name)}({string.Join(", ", parameters)})";
    }

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind == HandleKind.MemberReference
            ? reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
            : reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
        return type.Kind == HandleKind.TypeReference
            ? reader.GetString(reader.GetTypeReference((TypeReferenceHandle)type).Name)
            : reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)type).Name);
    }

    /// <summary>Enough of a custom attribute type provider to decode string and bool arguments.</summary>
    private sealed class StringOnlyAttributeTypes : ICustomAttributeTypeProvider<Type>
    {
        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.String => typeof(string),
            PrimitiveTypeCode.Boolean => typeof(bool),
            PrimitiveTypeCode.Int32 => typeof(int),
            _ => throw new NotSupportedException(typeCode.ToString()),
        };

        public Type GetSystemType() => typeof(Type);

        public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();

        public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => throw new NotSupportedException();

        public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => throw new NotSupportedException();

        public Type GetTypeFromSerializedName(string name) => throw new NotSupportedException();

        public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => throw new NotSupportedException();

        public bool IsSystemType(Type type) => type == typeof(Type);
    }
}
