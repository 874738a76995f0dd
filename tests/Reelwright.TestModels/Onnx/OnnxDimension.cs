namespace Reelwright.TestModels.Onnx;

/// <summary>
/// One dimension of a graph input or output: a fixed size (<c>dim_value</c>) or a named, dynamic one
/// (<c>dim_param</c>, such as "batch"). Converts implicitly, so shapes read as <c>("batch", 77)</c>.
/// </summary>
public readonly record struct OnnxDimension
{
    private OnnxDimension(long? size, string? name) => (Size, Name) = (size, name);

    /// <summary>The fixed size, or null for a named dimension.</summary>
    public long? Size { get; }

    /// <summary>The dynamic dimension's name, or null for a fixed size.</summary>
    public string? Name { get; }

    public static OnnxDimension Fixed(long size) =>
        size >= 0 ? new(size, null) : throw new ArgumentOutOfRangeException(nameof(size), size, "A fixed dimension cannot be negative.");

    public static OnnxDimension Named(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A dynamic dimension needs a name.", nameof(name)) : new(null, name);

    public static implicit operator OnnxDimension(long size) => Fixed(size);

    public static implicit operator OnnxDimension(string name) => Named(name);

    public override string ToString() => Name ?? Size!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
