namespace Reelwright.Data.Generations;

/// <summary>Who may see a generation, its clip and its media, besides its author.</summary>
public enum Visibility
{
    /// <summary>Its author only.</summary>
    Private,

    /// <summary>Every member of its project's team.</summary>
    Team,

    /// <summary>Anyone, signed in or not.</summary>
    Public,
}
