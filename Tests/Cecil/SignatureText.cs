using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace FluentAI.Tests.Cecil;

/// <summary>Decodes metadata signatures to C#-like text (<c>long</c>, <c>object[]</c>, <c>Func&lt;object, object&gt;</c>).</summary>
internal sealed class SignatureText : ISignatureTypeProvider<string, object?>
{
    public static readonly SignatureText Instance = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Int64 => "long",
        PrimitiveTypeCode.Int32 => "int",
        PrimitiveTypeCode.Boolean => "bool",
        PrimitiveTypeCode.Double => "double",
        PrimitiveTypeCode.String => "string",
        PrimitiveTypeCode.Object => "object",
        PrimitiveTypeCode.Void => "void",
        PrimitiveTypeCode.IntPtr => "nint",
        _ => typeCode.ToString(),
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        reader.GetString(reader.GetTypeDefinition(handle).Name);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        reader.GetString(reader.GetTypeReference(handle).Name);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        genericType[..genericType.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", typeArguments) + ">";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetArrayType(string elementType, ArrayShape shape) => throw new NotSupportedException();

    public string GetFunctionPointerType(MethodSignature<string> signature) => throw new NotSupportedException();

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
}
