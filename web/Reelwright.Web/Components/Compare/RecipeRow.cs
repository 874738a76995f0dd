namespace Reelwright.Web.Components.Compare;

/// <summary>One setting of two recipes side by side, as the reader sees it ("—" for none).</summary>
/// <param name="Field">The API's name for the setting, for test hooks (data-field).</param>
public sealed record RecipeRow(string Field, string Label, string A, string B)
{
    public bool Differs => !string.Equals(A, B, StringComparison.Ordinal);

    public string On(CompareSide side) => side == CompareSide.A ? A : B;
}
