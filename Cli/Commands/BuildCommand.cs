using System.CommandLine;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Emit.Cecil;
using FluentAI.Compiler.Text;

namespace FluentAI.Cli.Commands;

/// <summary>
/// <c>fluentc build FILE... -o DIR [--exe] [--namespace NS] [--name NAME] [--debug]</c>: compiles FluentAI files to one
/// .NET assembly with Emit.Cecil: <c>DIR/Name.dll</c>, its portable PDB and XML documentation, a copy of
/// FluentAI.Runtime.dll and, for a program, a runtimeconfig so that <c>dotnet DIR/Name.dll</c> runs it.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The FluentAI source files (.ai) to compile: modules become public classes; a program (no module form) becomes the entry point.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The directory for the assembly (Name.dll, Name.pdb, Name.xml, FluentAI.Runtime.dll, Name.runtimeconfig.json).",
            Required = true,
            HelpName = "dir",
        };
        var exe = new Option<bool>("--exe")
        {
            Description = "Make the first file the entry point (run as 'fluentc run' runs it) even when it is a module.",
        };
        var ns = new Option<string?>("--namespace")
        {
            Description = "The namespace of the generated classes (default: the assembly name in PascalCase).",
            HelpName = "ns",
        };
        var debug = new Option<bool>("--debug")
        {
            Description = "Build for the debugger: the JIT does not optimize the assembly, so every local is visible and stepping follows the source.",
        };
        var name = new Option<string?>("--name")
        {
            Description = "The assembly name (default: the first file's name without .ai).",
            HelpName = "name",
        };
        var command = new Command("build", "Compile FluentAI files to a .NET assembly that C# projects can reference (and 'dotnet' can run, for a program).")
        {
            files,
            output,
            exe,
            ns,
            name,
            debug,
        };
        command.SetAction(parseResult => Execute(
            context,
            parseResult.GetRequiredValue(files),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(exe),
            parseResult.GetValue(ns),
            parseResult.GetValue(name),
            parseResult.GetValue(debug)));
        return command;
    }

    public static int Execute(CliContext context, string[] paths, string outputDirectory, bool executable, string? @namespace, string? assemblyName, bool debug)
    {
        assemblyName ??= Path.GetFileNameWithoutExtension(paths[0]);
        if (assemblyName.Length == 0 || assemblyName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || assemblyName.Trim() != assemblyName)
        {
            context.WriteError($"fluentc: '{assemblyName}' cannot be an assembly name (use --name)");
            return ExitCodes.UsageError;
        }

        if (@namespace is not null && !ClrNames.IsNamespace(@namespace))
        {
            context.WriteError($"fluentc: '{@namespace}' is not a namespace (dotted identifiers, such as MyCompany.Maths)");
            return ExitCodes.UsageError;
        }

        var sources = new List<SourceText>();
        int status = ExitCodes.Success;
        foreach (string path in paths)
        {
            LoadResult load = SourceLoader.Load(path);
            if (load.Succeeded)
            {
                sources.Add(load.Source!);
            }
            else
            {
                status = EngineErrors.Report(context, load.Error!, ExitCodes.IoError);
            }
        }

        if (status != ExitCodes.Success)
        {
            return status;
        }

        var options = new CecilBuildOptions { AssemblyName = assemblyName, Namespace = @namespace, Executable = executable, Debug = debug };
        CecilBuildResult build = CecilCompiler.Build(sources, options);
        foreach (Diagnostic diagnostic in build.Diagnostics)
        {
            context.WriteError(diagnostic.ToString());
        }

        if (!build.Succeeded)
        {
            return ExitCodes.CompileError;
        }

        try
        {
            IReadOnlyList<string> written = BuildOutput.Write(build, outputDirectory);
            context.Out.WriteLine($"{assemblyName} -> {written[0]}");
            context.Out.Flush();
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var diagnostic = new Diagnostic(
                DiagnosticCode.CannotWriteOutput,
                DiagnosticCodes.SeverityOf(DiagnosticCode.CannotWriteOutput),
                new SourceText(string.Empty, outputDirectory),
                new TextSpan(0, 0),
                $"Cannot write output: {ex.Message}");
            return EngineErrors.Report(context, diagnostic, ExitCodes.IoError);
        }
    }
}
