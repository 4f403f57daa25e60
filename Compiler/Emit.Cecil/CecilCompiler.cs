using FluentAI.Compiler.Binding;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;
using Mono.Cecil;
using Binder = FluentAI.Compiler.Binding.Binder;
using TypeAttributes = Mono.Cecil.TypeAttributes;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// Compiles FluentAI files to one .NET assembly (<c>fluentc build</c>). Every module of the build (the
/// module files given, and every file they or the program import) becomes a public static class; a
/// program (a file without a module form, or the first file with <see cref="CecilBuildOptions.Executable"/>)
/// becomes the entry point, running as <c>fluentc run</c> runs it. Each unit's code comes from the one
/// IR -> IL emitter (<see cref="UnitEmitter"/>) through the Cecil sink (<see cref="CecilUnit"/>).
/// </summary>
public static class CecilCompiler
{
    public static CecilBuildResult Build(IReadOnlyList<SourceText> sources, CecilBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        if (!ClrNames.IsNamespace(options.EffectiveNamespace))
        {
            throw new ArgumentException($"'{options.EffectiveNamespace}' is not a namespace", nameof(options));
        }

        var diagnostics = new DiagnosticBag();
        List<SyntaxTree> trees = [.. sources.Select(SyntaxTree.Parse)];
        foreach (SyntaxTree tree in trees)
        {
            diagnostics.AddRange(tree.Diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return CecilBuildResult.Failed(options.AssemblyName, diagnostics.Items);
        }

        var loader = new ModuleLoader();
        SyntaxTree? entry = FindEntry(trees, options.Executable, diagnostics);
        foreach (SyntaxTree tree in trees.Where(IsModuleFile))
        {
            loader.LoadModule(tree, diagnostics);
        }

        BoundProgram? program = null;
        if (entry is not null)
        {
            program = Binder.BindProgram(entry, new GlobalTable(), loader);
            diagnostics.AddRange(program.Diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return CecilBuildResult.Failed(options.AssemblyName, diagnostics.Items);
        }

        List<ModuleNames> names = PublicNames.Assign(loader.Loaded, diagnostics);
        if (diagnostics.HasErrors)
        {
            return CecilBuildResult.Failed(options.AssemblyName, diagnostics.Items);
        }

        return Emit(options, loader.Loaded, names, program is null ? null : (program, entry!.Source), diagnostics.Items);
    }

    private static bool IsModuleFile(SyntaxTree tree) => tree.Root.Forms is [ModuleSyntax];

    /// <summary>The program to run: the first file with <paramref name="executable"/>, else the one file that is not a module (two are FL0904).</summary>
    private static SyntaxTree? FindEntry(List<SyntaxTree> trees, bool executable, DiagnosticBag diagnostics)
    {
        SyntaxTree? entry = executable && trees.Count > 0 ? trees[0] : null;
        foreach (SyntaxTree tree in trees.Where(t => !IsModuleFile(t) && t != entry))
        {
            if (entry is null)
            {
                entry = tree;
                continue;
            }

            diagnostics.Report(
                DiagnosticCode.MoreThanOneProgram,
                tree.Source,
                new TextSpan(0, 0),
                $"{Path.GetFileName(entry.Source.Path)} and {Path.GetFileName(tree.Source.Path)} are both programs (no module form); an assembly has one entry point");
        }

        return entry;
    }

    private static CecilBuildResult Emit(
        CecilBuildOptions options,
        IReadOnlyList<ModuleInfo> modules,
        List<ModuleNames> names,
        (BoundProgram Bound, SourceText Source)? program,
        IReadOnlyList<Diagnostic> warnings)
    {
        var assembly = new CecilAssembly(options.AssemblyName, options.EffectiveNamespace, executable: program is not null, options.KeepListings, options.Debug);
        var docs = new XmlDocumentation(options.AssemblyName);
        var documents = new Dictionary<SourceText, SourceDocument>(ReferenceEqualityComparer.Instance);
        SourceDocument Document(SourceText source)
        {
            if (!documents.TryGetValue(source, out SourceDocument? document))
            {
                document = new SourceDocument(source);
                documents[source] = document;
            }

            return document;
        }

        // The public classes come first: an import names its module's class.
        var classes = new Dictionary<ModuleInfo, (TypeDefinition Type, Type Mirror, ModuleNames Names)>(ReferenceEqualityComparer.Instance);
        foreach (ModuleNames moduleNames in names)
        {
            TypeDefinition type = assembly.DefineClass(moduleNames.ClassName, TypeAttributes.Public, beforeFieldInit: false);
            classes[moduleNames.Module] = (type, assembly.Importer.Mirror(type), moduleNames);
        }

        Type ClassOf(ModuleInfo module) => classes[module].Mirror;

        // Modules come before their importers, so an importer's calls can go straight to the code of the functions it imports.
        var units = new List<(CecilUnit Unit, EmittedUnit Emitted, ModuleInfo? Module)>();
        var emittedFunctions = new List<EmittedFunction>();
        void EmitUnit(CecilUnit unit, IReadOnlyList<TopLevelForm> forms, ModuleInfo? module)
        {
            EmittedUnit emitted = UnitEmitter.Emit(unit, forms, [.. emittedFunctions], []);
            foreach (EmittedFunction function in emitted.Functions)
            {
                assembly.ClosureOwners[function.Closure] = unit;
                emittedFunctions.Add(function);
            }

            units.Add((unit, emitted, module));
        }

        foreach (ModuleInfo module in modules)
        {
            EmitUnit(new CecilUnit(assembly, "<" + module.Name + ">", Document(module.Tree!.Source), ClassOf), module.Forms, module);
        }

        if (program is var (bound, source))
        {
            EmitUnit(new CecilUnit(assembly, "<program>", Document(source), ClassOf), bound.Forms, null);
        }

        var functions = new Dictionary<GlobalCell, BuiltFunction>(ReferenceEqualityComparer.Instance);
        foreach ((CecilUnit unit, EmittedUnit emitted, _) in units)
        {
            foreach (EmittedFunction function in emitted.Functions)
            {
                functions[function.Function.Cell] = new BuiltFunction(unit, emitted, function);
                NameParameters(function);
            }
        }

        foreach ((CecilUnit unit, EmittedUnit emitted, ModuleInfo? module) in units)
        {
            if (module is null)
            {
                CecilEmittedMethod run = EntryPoint.EmitRun(unit, emitted, print: true);
                assembly.Module.EntryPoint = EntryPoint.EmitMain(unit, run).Definition;
            }
            else
            {
                (TypeDefinition type, _, ModuleNames moduleNames) = classes[module];
                CecilEmittedMethod run = EntryPoint.EmitRun(unit, emitted, print: false);
                new ModuleClass(assembly, type, moduleNames, docs).Emit(run, functions);
            }
        }

        foreach ((CecilUnit unit, _, _) in units)
        {
            unit.EmitConstructor();
        }

        (byte[] image, byte[] pdb) = assembly.Write();
        return CecilBuildResult.Built(options.AssemblyName, warnings, image, pdb, docs.ToString(), program is not null, [.. assembly.Listings]);
    }

    /// <summary>The FluentAI parameter names on a known function's methods (stack traces, debuggers).</summary>
    private static void NameParameters(EmittedFunction function)
    {
        Ir.FunctionInfo info = function.Function.Function;
        var code = (CecilEmittedMethod)function.Code;
        if (!function.Closure.Shape.TakesArray)
        {
            for (int i = 0; i < info.ParameterCount; i++)
            {
                code.Definition.Parameters[i + 1].Name = info.Locals[i].Name;
            }
        }

        if (function.TypedCode is CecilEmittedMethod typed)
        {
            typed.Definition.Parameters[info.ParameterCount].Name = "stackLimit";
            for (int i = 0; i < info.ParameterCount; i++)
            {
                typed.Definition.Parameters[i].Name = info.Locals[i].Name;
            }
        }
    }
}
