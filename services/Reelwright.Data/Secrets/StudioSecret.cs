namespace Reelwright.Data.Secrets;

/// <summary>
/// A key every API instance must share (the one that signs media URLs), made at random on first use and kept in the
/// database so instances agree without configuration.
/// </summary>
public sealed class StudioSecret
{
    public required string Name { get; init; }
    public required byte[] Value { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
