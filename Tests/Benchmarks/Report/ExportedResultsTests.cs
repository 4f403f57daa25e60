using FluentAI.Benchmarks.Report;

namespace FluentAI.Tests.Benchmarks.Report;

[TestClass]
public sealed class ExportedResultsTests
{
    /// <summary>The shape of BenchmarkDotNet's JSON export, trimmed to what the report reads.</summary>
    private const string Export = """
        {
          "Title": "FluentAI.Benchmarks.CrossLanguage.TakProgramBenchmarks-20250101-000000",
          "HostEnvironmentInfo": { "ProcessorName": "Test CPU", "LogicalCoreCount": 2 },
          "Benchmarks": [
            { "Namespace": "FluentAI.Benchmarks.CrossLanguage", "Type": "TakProgramBenchmarks", "Method": "CSharp", "Statistics": { "Mean": 338824.5, "Median": 1 } },
            { "Namespace": "FluentAI.Benchmarks.CrossLanguage", "Type": "TakProgramBenchmarks", "Method": "Vm", "Statistics": null },
            { "Namespace": "FluentAI.Benchmarks", "Type": "ParserBenchmarks", "Method": "SimpleExpr", "Statistics": { "Mean": 60 } },
            { "Namespace": "FluentAI.Benchmarks.Startup", "Type": "StartupBenchmarks", "Method": "CSharpHello", "Statistics": { "Mean": 50000000 } },
            { "Namespace": "FluentAI.Benchmarks.Startup", "Type": "FirstEvalBenchmarks", "Method": "Tiered", "Statistics": { "Mean": 20000 } }
          ]
        }
        """;

    [TestMethod]
    public void ProgramBenchmarksAreReadWithTheirMeansAndFailuresAsNull()
    {
        ReportData data = ExportedResults.Parse(Export);

        CollectionAssert.AreEqual(
            new[] { new Measurement("Tak", "CSharp", 338824.5), new Measurement("Tak", "Vm", null) },
            data.Programs.ToArray());
    }

    [TestMethod]
    public void StartupAndFirstEvalResultsGoToTheirOwnParts()
    {
        ReportData data = ExportedResults.Parse(Export);

        CollectionAssert.AreEqual(new[] { new Measurement("StartupBenchmarks", "CSharpHello", 50e6) }, data.Startup.ToArray());
        CollectionAssert.AreEqual(new[] { new Measurement("FirstEvalBenchmarks", "Tiered", 20e3) }, data.FirstEval.ToArray());
        Assert.IsEmpty(data.ColdFirstEval);
    }

    [TestMethod]
    public void ADirectoryOfExportsIsReadWithItsProcessorName()
    {
        string directory = Directory.CreateTempSubdirectory("fluentc-report-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "Tak-report-full.json"), Export);
            File.WriteAllText(Path.Combine(directory, "Tak-report.csv"), "not read");
            File.WriteAllText(Path.Combine(directory, ColdTimingsFile.FileName), ColdTimingsFile.ToJson([new ColdTiming("Vm", [12.5, 11])]));

            ReportData data = ExportedResults.ReadDirectory(directory);

            Assert.HasCount(2, data.Programs);
            Assert.HasCount(1, data.ColdFirstEval);
            Assert.AreEqual("Vm", data.ColdFirstEval[0].Engine);
            CollectionAssert.AreEqual(new[] { 12.5, 11 }, data.ColdFirstEval[0].Milliseconds.ToArray());
            Assert.AreEqual("Test CPU", ExportedResults.ProcessorNameIn(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
