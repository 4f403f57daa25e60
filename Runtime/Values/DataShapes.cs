namespace FluentAI.Runtime.Values;

/// <summary>
/// The shape classes of data values, for compilers that build and match values by naming their class:
/// <c>Data0</c> (no fields), <c>Data1</c> to <c>Data3</c> (object fields <c>F0</c>..<c>F2</c>),
/// <c>Data{n}L{i}</c> (n fields, field i an unboxed <c>long</c> named <c>L</c>) and <c>DataN</c> (more
/// than three fields, in an array), each generic over the key type of a constructor (<see cref="DataKeyTypes"/>).
/// </summary>
public static class DataShapes
{
    /// <summary>
    /// The class of the values of the constructor named <paramref name="name"/> with <paramref name="arity"/>
    /// fields, built with field <paramref name="unboxedAt"/> an unboxed integer (-1: none).
    /// </summary>
    public static Type For(string name, int arity, int unboxedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arity);
        ArgumentOutOfRangeException.ThrowIfLessThan(unboxedAt, -1);
        if (unboxedAt >= 0 && (arity > DataValue.InlineFields || unboxedAt >= arity))
        {
            throw new ArgumentOutOfRangeException(nameof(unboxedAt), $"a value of {arity} fields has no unboxed field {unboxedAt}");
        }

        Type shape = (arity, unboxedAt) switch
        {
            (0, _) => typeof(Data0<>),
            (1, -1) => typeof(Data1<>),
            (2, -1) => typeof(Data2<>),
            (3, -1) => typeof(Data3<>),
            (1, 0) => typeof(Data1L0<>),
            (2, 0) => typeof(Data2L0<>),
            (2, 1) => typeof(Data2L1<>),
            (3, 0) => typeof(Data3L0<>),
            (3, 1) => typeof(Data3L1<>),
            (3, 2) => typeof(Data3L2<>),
            _ => typeof(DataN<>),
        };
        return shape.MakeGenericType(DataKey.For(name, arity).KeyType);
    }

    /// <summary>
    /// Every class a value of the constructor named <paramref name="name"/> with <paramref name="arity"/>
    /// fields can have (keys are one per name and arity in a process, so no value of that constructor has
    /// another): the one shape of a value without fields or of more than three, else the all-object shape
    /// and one per field held unboxed.
    /// </summary>
    public static IReadOnlyList<Type> All(string name, int arity)
    {
        if (arity == 0 || arity > DataValue.InlineFields)
        {
            return [For(name, arity, -1)];
        }

        var shapes = new Type[arity + 1];
        for (int i = 0; i < shapes.Length; i++)
        {
            shapes[i] = For(name, arity, i - 1);
        }

        return shapes;
    }

    /// <summary>The name of the field that holds field <paramref name="index"/> in a shape built with field <paramref name="unboxedAt"/> unboxed.</summary>
    public static string FieldName(int index, int unboxedAt) => index == unboxedAt ? "L" : "F" + index;
}
