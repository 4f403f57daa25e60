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
            { "Namespace": "FluentAI.Benchmarks", "Type": "ParserBenchmarks", "Method": "SimpleExpr", "Statistics": { "Mean": 60 } }
          ]
        }
        """;

    [TestMethod]
    public void ProgramBenchmarksAreReadWithTheirMeansAndFailuresAsNull()
    {
        IReadOnlyList<Measurement> measurements = ExportedResults.Parse(Export);

        CollectionAssert.AreEqual(
            new[] { new Measurement("Tak", "CSharp", 338824.5), new Measurement("Tak", "Vm", null) },
            measurements.ToArray());
    }

    [TestMethod]
    public void ADirectoryOfExportsIsReadWithItsProcessorName()
    {
        string directory = Directory.CreateTempSubdirectory("fluentc-report-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "Tak-report-full.json"), Export);
            File.WriteAllText(Path.Combine(directory, "Tak-report.csv"), "not read");

            Assert.HasCount(2, ExportedResults.ReadDirectory(directory));
            Assert.AreEqual("Test CPU", ExportedResults.ProcessorNameIn(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
