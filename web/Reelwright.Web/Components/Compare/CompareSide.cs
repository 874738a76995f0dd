namespace Reelwright.Web.Components.Compare;

/// <summary>Which of the two compared clips: A is shown on the left (and on top in the wipe), B on the right.</summary>
public enum CompareSide
{
    A,
    B,
}
