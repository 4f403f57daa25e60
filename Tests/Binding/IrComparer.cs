using System.Collections;
using System.Numerics;
using System.Reflection;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Binding;

/// <summary>
/// Asserts that two IR trees are the same node for node: every property of every record, spans
/// included; functions and locals by their shape (one-to-one between the trees); global cells by name.
/// </summary>
internal sealed class IrComparer
{
    private readonly Dictionary<object, object> _pairs = new(ReferenceEqualityComparer.Instance);

    public static void AssertSame(IReadOnlyList<TopLevelForm> expected, IReadOnlyList<TopLevelForm> actual, string what)
    {
        var comparer = new IrComparer();
        Assert.AreEqual(expected.Count, actual.Count, $"{what}: form count");
        for (int i = 0; i < expected.Count; i++)
        {
            comparer.Same(expected[i], actual[i], $"{what}: form {i}");
        }
    }

    private void Same(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.AreEqual(expected is null, actual is null, $"{path}: null");
            return;
        }

        Type type = expected.GetType();
        Assert.AreEqual(type, actual.GetType(), $"{path}: type");
        switch (expected)
        {
            case string or long or double or bool or BigInteger or TextSpan or Enum or int:
                Assert.AreEqual(expected, actual, path);
                return;
            case SourceText:
                Assert.AreSame(expected, actual, path);
                return;
            case GlobalCell cell:
                var other = (GlobalCell)actual;
                Assert.AreEqual(cell.Name, other.Name, path);
                Assert.AreEqual(cell.IsDefined, other.IsDefined, $"{path}: defined");
                return;
            case FunctionInfo or LocalVariable:
                if (_pairs.TryGetValue(expected, out object? paired))
                {
                    Assert.AreSame(paired, actual, $"{path}: identity");
                    return;
                }

                _pairs[expected] = actual;
                break;
            case IEnumerable sequence:
                List<object?> left = [.. sequence.Cast<object?>()];
                List<object?> right = [.. ((IEnumerable)actual).Cast<object?>()];
                Assert.AreEqual(left.Count, right.Count, $"{path}: length");
                for (int i = 0; i < left.Count; i++)
                {
                    Same(left[i], right[i], $"{path}[{i}]");
                }

                return;
        }

        Assert.IsTrue(type.Namespace == typeof(BoundExpr).Namespace, $"{path}: unexpected {type.Name}");
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Same(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            }
        }
    }
}
